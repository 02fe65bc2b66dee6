"""The console's input panels, one per input kind of a step, over one `SessionDoor`.

`panels.PANELS[kind]` is the panel for a step and `area.InputArea`
shows the current step's; the projector's views are in `ui.room`, the card board in `ui.board`.
Every panel changes the session only through the door (`door.execute(command)`)
and redraws when the door reports a change. Nothing is imported here, so
importing `inputs.door` (the controller does) does not load every panel.
"""
