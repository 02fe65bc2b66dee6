"""The window around everything: the app's start, the main window that routes between the pages,
actions and keys, messages, preferences, screens, and the bridge to the session layer.
"""
