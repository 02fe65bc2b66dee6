"""The home page: recent sessions, a new session, the way into the library."""
