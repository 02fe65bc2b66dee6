"""A session file at a glance for the recent list (title, date, step, last change, closed cleanly
or not), read without opening the session: the store's `glance`, for the window."""

from workshop.store.glance import Glance, glance

__all__ = ["Glance", "glance"]
