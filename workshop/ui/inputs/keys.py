"""The keys of the input panels, by name (the window-wide ones live in `ui.hotkeys`).

These act on the panel that has the keyboard: the card board's keys only
while the board (not the entry line) has focus, so typing a "3" or pressing
Delete in the entry never touches a card.
"""

from __future__ import annotations

from workshop.ui.hotkeys import Keys

# -- the card board (while it has focus) ---------------------------------------------
DELETE_CARDS: Keys = ("Del",)
HIDE_CARDS: Keys = ("Ctrl+H",)  # hide from the room, or reveal
REVEAL_ALL: Keys = ("Ctrl+Shift+H",)
GROUP_CARDS: Keys = ("Ctrl+G",)  # the selected cards into a new cluster
UNGROUP_CARDS: Keys = ("Ctrl+Shift+G",)
# 0 plain, then 1 ... 6 for the card colours in their order.
COLOUR_KEYS: tuple[str, ...] = tuple(str(n) for n in range(7))
BOARD_FOCUS: Keys = ("Ctrl+B",)  # from the entry to the board and back

# -- the vote list ------------------------------------------------------------------------
ADD_DOT: Keys = ("+", "Space")
REMOVE_DOT: Keys = ("-",)

# -- forms (statement, actions) -----------------------------------------------------------
SAVE_FORM: Keys = ("Ctrl+Return", "Ctrl+Enter")
