"""The group's input as the room sees it on the projector, one view per input kind.

`views.ROOM_VIEWS[kind]` is the view of a kind; `area.RoomArea` shows the current step's.
"""
