"""The group's input as the room sees it on the projector, one view per input kind.

`views.room_view_for(kind, door)` builds one; `area.RoomArea` shows the current step's.
"""
