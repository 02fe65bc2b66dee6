"""The desktop app: console and audience windows over one session controller.

Only this package imports PySide6. Widgets never write to the session file
themselves: every change goes through `SessionController`, which commits it
first and then tells the windows.
"""
