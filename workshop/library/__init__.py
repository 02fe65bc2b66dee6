"""Exercise templates and plans on disk: find, load, validate."""
