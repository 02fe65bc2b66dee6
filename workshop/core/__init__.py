"""The domain of a workshop in pure Python: no Qt, no SQLite, no Jinja, no I/O.

Everything here is tested in milliseconds without a display.
"""
