"""The room's phones: a small web server inside the app, on the room's own network, with no Qt.

`views` says what a phone may see, `submissions` turns what a phone sends into
the session's own commands, `guard` keeps strangers out, and `server` serves
the page and the API on a thread of its own, handing every change to the
session's owner (see docs/phones.md).
"""
