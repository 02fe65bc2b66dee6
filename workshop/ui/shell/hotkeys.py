"""Every keyboard shortcut of the app, by name, in one table, and the helper that builds actions.

`TABLE` is the single source: the actions take their keys and tooltips from
it, the shortcut sheet (F1) lists it, and docs/keyboard.md is generated from
it (``python -m workshop.ui.shell.hotkeys > docs/keyboard.md``; a test checks the
file is current).

Presenter clickers send Page Up / Page Down (and some F5), so the run actions
a facilitator needs while standing have a key a clicker can send. Shortcuts
that a text entry would swallow (Ctrl+Left/Right move by word while typing)
always have a second key that works from anywhere, including the card entry.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

Keys = Sequence[str | QKeySequence.StandardKey]
Standard = QKeySequence.StandardKey

# -- running a step ---------------------------------------------------------
START_PAUSE: Keys = ("Space", "F5")  # Space only outside text fields; F5 always
ADD_MINUTE: Keys = ("Ctrl+Up",)
REMOVE_MINUTE: Keys = ("Ctrl+Down",)
RESET_TIMER: Keys = ("Ctrl+Shift+R",)
NEXT_STEP: Keys = ("PgDown", "Ctrl+Right")
PREVIOUS_STEP: Keys = ("PgUp", "Ctrl+Left")
NEW_CARD: Keys = ("Ctrl+N",)  # puts the cursor in the card entry
AUTO_ADVANCE: Keys = ("Shift+F5",)  # beside F5 (start/pause); F-keys work while typing
MUTE: Keys = ("Ctrl+M",)
MUTE_MAC: Keys = ("Ctrl+Shift+M",)  # Cmd+M minimises the window on macOS
# Alt+1 ... Alt+9 choose the column a new card goes to.
COLUMN_KEYS: tuple[str, ...] = tuple(f"Alt+{n}" for n in range(1, 10))

# -- editing ----------------------------------------------------------------
# The platform's own keys (Ctrl+Z; Ctrl+Y and Ctrl+Shift+Z; on macOS Cmd+Z, Shift+Cmd+Z).
UNDO: Keys = (Standard.Undo,)
REDO: Keys = (Standard.Redo,)

# -- the card board (only while the board, not the entry line, has the keyboard) --
BOARD_EDIT: Keys = ("F2",)
# Not plain Del: the planner has it, and no key means two things in this table.
BOARD_DELETE: Keys = ("Backspace", "Ctrl+Del")
BOARD_HIDE: Keys = ("Ctrl+H",)  # hide the selected cards from the room, or reveal them
BOARD_HIDE_MAC: Keys = ("Ctrl+U",)  # Cmd+H hides the whole app on macOS
BOARD_REVEAL_ALL: Keys = ("Ctrl+Shift+H",)
BOARD_GROUP: Keys = ("Ctrl+G",)
BOARD_UNGROUP: Keys = ("Ctrl+Shift+G",)
# 0 plain, then 1 ... 6 for the card colours in their order (yellow, pink, green, blue, orange, purple).
COLOUR_KEYS: tuple[str, ...] = tuple(str(n) for n in range(7))
# Ctrl+Enter keeps a statement or saves a form, in the field being typed in.
SAVE_FORM: Keys = ("Ctrl+Return", "Ctrl+Enter")

# -- the room ---------------------------------------------------------------
TOGGLE_AUDIENCE: Keys = ("F11", "Ctrl+Shift+A")
TOGGLE_AUDIENCE_MAC: Keys = ("Ctrl+Shift+A",)  # F11 shows the desktop on macOS
ZOOM_IN: Keys = (Standard.ZoomIn, "Ctrl+=")  # Ctrl+= : the same key without Shift
ZOOM_OUT: Keys = (Standard.ZoomOut,)
ZOOM_RESET: Keys = ("Ctrl+0",)
NEXT_THEME: Keys = ("Ctrl+Shift+T",)
ROOM_JOINS: Keys = ("Ctrl+J",)
REVEAL_RESULTS: Keys = ("F6",)  # an F-key works while the cursor is in a field, and beside F5

# -- sessions and pages ---------------------------------------------------------
NEW_SESSION: Keys = ("Ctrl+Shift+N",)
OPEN_SESSION: Keys = (Standard.Open,)
PLANNER: Keys = ("Ctrl+Shift+P",)
SHOW_LIBRARY: Keys = ("Ctrl+L",)
EXPORT_PDF: Keys = ("Ctrl+E",)
CLOSE_SESSION: Keys = (Standard.Close,)
# Not StandardKey.Quit: Windows gives it no key, and Ctrl+Q is what people press there too.
QUIT: Keys = ("Ctrl+Q",)
SHORTCUTS: Keys = (Standard.HelpContents,)  # F1; Cmd+? on macOS

# -- the planner (only while it is on screen) -------------------------------------
PLANNER_ADD_EXERCISE: Keys = ("Ctrl+Return",)
PLANNER_ADD_BREAK: Keys = ("Ctrl+B",)
PLANNER_REMOVE: Keys = ("Delete",)
PLANNER_MOVE_UP: Keys = ("Alt+Up",)
PLANNER_MOVE_DOWN: Keys = ("Alt+Down",)
PLANNER_SAVE: Keys = ("Ctrl+S",)

# Keys the card entry passes on to the window instead of using them itself,
# so a clicker works while the cursor waits in the entry.
ENTRY_PASSES_THROUGH: Keys = ("PgUp", "PgDown")

# Groups, in the order the sheet and the docs list them.
RUN = QT_TRANSLATE_NOOP("hotkeys", "Running a step")
EDIT = QT_TRANSLATE_NOOP("hotkeys", "Editing")
ROOM = QT_TRANSLATE_NOOP("hotkeys", "The room")
SESSIONS = QT_TRANSLATE_NOOP("hotkeys", "Sessions")
PLANNING = QT_TRANSLATE_NOOP("hotkeys", "Planner")
BOARD = QT_TRANSLATE_NOOP("hotkeys", "Cards on the board")
HELP = QT_TRANSLATE_NOOP("hotkeys", "Help")
GROUPS = (RUN, EDIT, BOARD, ROOM, PLANNING, SESSIONS, HELP)


@dataclass(frozen=True)
class Hotkey:
    """One shortcut: the action it triggers (``action_<name>``), its keys, what it does."""

    name: str
    keys: Keys
    group: str
    what: str  # English; shown through QCoreApplication.translate("hotkeys", what)
    mac: Keys | None = None  # macOS's keys where the others are taken by the system there

    def keys_for(self, platform: str = sys.platform) -> Keys:
        """The keys on `platform` (a `sys.platform` value: "darwin", "win32", "linux")."""
        return self.mac if platform == "darwin" and self.mac is not None else self.keys


TABLE: tuple[Hotkey, ...] = (
    Hotkey(
        "start_pause", START_PAUSE, RUN, QT_TRANSLATE_NOOP("hotkeys", "Start, pause or resume the step timer")
    ),
    Hotkey("add_minute", ADD_MINUTE, RUN, QT_TRANSLATE_NOOP("hotkeys", "Give the step one more minute")),
    Hotkey("remove_minute", REMOVE_MINUTE, RUN, QT_TRANSLATE_NOOP("hotkeys", "Take one minute off the step")),
    Hotkey(
        "reset_timer",
        RESET_TIMER,
        RUN,
        QT_TRANSLATE_NOOP("hotkeys", "Put the step timer back to its planned time"),
    ),
    Hotkey("next_step", NEXT_STEP, RUN, QT_TRANSLATE_NOOP("hotkeys", "Go to the next step")),
    Hotkey("previous_step", PREVIOUS_STEP, RUN, QT_TRANSLATE_NOOP("hotkeys", "Go back to the previous step")),
    Hotkey("new_card", NEW_CARD, RUN, QT_TRANSLATE_NOOP("hotkeys", "Put the cursor in the card entry")),
    Hotkey(
        "auto_advance",
        AUTO_ADVANCE,
        RUN,
        QT_TRANSLATE_NOOP("hotkeys", "Auto-advance on or off: at zero, start the next step"),
    ),
    Hotkey(
        "mute", MUTE, RUN, QT_TRANSLATE_NOOP("hotkeys", "Silence the sound played when time is up"), MUTE_MAC
    ),
    Hotkey("undo", UNDO, EDIT, QT_TRANSLATE_NOOP("hotkeys", "Undo the last change")),
    Hotkey("redo", REDO, EDIT, QT_TRANSLATE_NOOP("hotkeys", "Redo the change undone")),
    Hotkey(
        "board_edit",
        BOARD_EDIT,
        BOARD,
        QT_TRANSLATE_NOOP("hotkeys", "Edit the selected card, or name the cluster"),
    ),
    Hotkey(
        "board_delete",
        BOARD_DELETE,
        BOARD,
        QT_TRANSLATE_NOOP("hotkeys", "Delete the selected cards or clusters"),
    ),
    Hotkey(
        "board_hide",
        BOARD_HIDE,
        BOARD,
        QT_TRANSLATE_NOOP("hotkeys", "Hide the selected cards from the room, or reveal them"),
        BOARD_HIDE_MAC,
    ),
    Hotkey(
        "board_reveal_all",
        BOARD_REVEAL_ALL,
        BOARD,
        QT_TRANSLATE_NOOP("hotkeys", "Show every hidden card of the step to the room"),
    ),
    Hotkey(
        "board_group",
        BOARD_GROUP,
        BOARD,
        QT_TRANSLATE_NOOP("hotkeys", "Put the selected cards in a new cluster"),
    ),
    Hotkey(
        "board_ungroup",
        BOARD_UNGROUP,
        BOARD,
        QT_TRANSLATE_NOOP("hotkeys", "Take the selected cards out of their cluster"),
    ),
    Hotkey(
        "toggle_audience",
        TOGGLE_AUDIENCE,
        ROOM,
        QT_TRANSLATE_NOOP("hotkeys", "Show or hide what the room sees"),
        TOGGLE_AUDIENCE_MAC,
    ),
    Hotkey("zoom_in", ZOOM_IN, ROOM, QT_TRANSLATE_NOOP("hotkeys", "Larger text")),
    Hotkey("zoom_out", ZOOM_OUT, ROOM, QT_TRANSLATE_NOOP("hotkeys", "Smaller text")),
    Hotkey("zoom_reset", ZOOM_RESET, ROOM, QT_TRANSLATE_NOOP("hotkeys", "Text at its normal size")),
    Hotkey(
        "next_theme",
        NEXT_THEME,
        ROOM,
        QT_TRANSLATE_NOOP("hotkeys", "Switch to the next theme (light, dark, high contrast)"),
    ),
    Hotkey(
        "room_joins",
        ROOM_JOINS,
        ROOM,
        QT_TRANSLATE_NOOP("hotkeys", "Let the room join from their phones, or stop it"),
    ),
    Hotkey(
        "reveal_results",
        REVEAL_RESULTS,
        ROOM,
        QT_TRANSLATE_NOOP(
            "hotkeys", "Show a held-back step's votes, scores or answers on the wall, or hold them back again"
        ),
    ),
    Hotkey(
        "planner_add_exercise",
        PLANNER_ADD_EXERCISE,
        PLANNING,
        QT_TRANSLATE_NOOP("hotkeys", "Add the chosen exercise to the agenda"),
    ),
    Hotkey(
        "planner_add_break",
        PLANNER_ADD_BREAK,
        PLANNING,
        QT_TRANSLATE_NOOP("hotkeys", "Insert a break after the chosen line"),
    ),
    Hotkey(
        "planner_remove",
        PLANNER_REMOVE,
        PLANNING,
        QT_TRANSLATE_NOOP("hotkeys", "Remove the chosen exercise or break"),
    ),
    Hotkey(
        "planner_move_up",
        PLANNER_MOVE_UP,
        PLANNING,
        QT_TRANSLATE_NOOP("hotkeys", "Move the chosen exercise or break up"),
    ),
    Hotkey(
        "planner_move_down",
        PLANNER_MOVE_DOWN,
        PLANNING,
        QT_TRANSLATE_NOOP("hotkeys", "Move the chosen exercise or break down"),
    ),
    Hotkey(
        "planner_save", PLANNER_SAVE, PLANNING, QT_TRANSLATE_NOOP("hotkeys", "Save the agenda as a plan file")
    ),
    Hotkey(
        "new_session", NEW_SESSION, SESSIONS, QT_TRANSLATE_NOOP("hotkeys", "Start a new session from a plan")
    ),
    Hotkey("open_session", OPEN_SESSION, SESSIONS, QT_TRANSLATE_NOOP("hotkeys", "Open a session file")),
    Hotkey("planner", PLANNER, SESSIONS, QT_TRANSLATE_NOOP("hotkeys", "Plan an agenda")),
    Hotkey(
        "show_library",
        SHOW_LIBRARY,
        SESSIONS,
        QT_TRANSLATE_NOOP("hotkeys", "Show the library: exercises and plans, and editing your own"),
    ),
    Hotkey(
        "export_pdf",
        EXPORT_PDF,
        SESSIONS,
        QT_TRANSLATE_NOOP("hotkeys", "Write the session summary: a PDF, or Markdown, CSV or JSON"),
    ),
    Hotkey(
        "close_session",
        CLOSE_SESSION,
        SESSIONS,
        QT_TRANSLATE_NOOP("hotkeys", "Close the session (it is saved)"),
    ),
    Hotkey("quit", QUIT, SESSIONS, QT_TRANSLATE_NOOP("hotkeys", "Quit Workshop")),
    Hotkey("shortcuts", SHORTCUTS, HELP, QT_TRANSLATE_NOOP("hotkeys", "Show this list of shortcuts")),
)
BY_NAME: dict[str, Hotkey] = {hotkey.name: hotkey for hotkey in TABLE}


def translated(text: str) -> str:
    return QCoreApplication.translate("hotkeys", text)


# What Qt binds the standard keys used above to, per platform, in Qt's portable
# spelling (where "Ctrl" is Cmd on macOS): for docs/keyboard.md and the reserved-key
# check, which must not depend on the platform they run on.
STANDARD_KEYS: dict[QKeySequence.StandardKey, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Standard.Undo: (("Ctrl+Z",), ("Ctrl+Z",)),
    Standard.Redo: (("Ctrl+Y", "Ctrl+Shift+Z"), ("Ctrl+Shift+Z",)),
    Standard.Open: (("Ctrl+O",), ("Ctrl+O",)),
    Standard.Close: (("Ctrl+W", "Ctrl+F4"), ("Ctrl+W",)),
    Standard.ZoomIn: (("Ctrl++",), ("Ctrl++",)),
    Standard.ZoomOut: (("Ctrl+-",), ("Ctrl+-",)),
    Standard.HelpContents: (("F1",), ("Ctrl+?",)),
}

# Keys macOS keeps for itself (Apple's "Mac keyboard shortcuts"), in Qt's spelling:
# "Ctrl" is Cmd, "Meta" is Control, "Alt" is Option.
MAC_RESERVED: frozenset[str] = frozenset({
    "Ctrl+H",  # hide the app
    "Ctrl+Alt+H",  # hide the other apps
    "Ctrl+M",  # minimise
    "Ctrl+Alt+M",  # minimise all
    "Ctrl+Space",  # Spotlight
    "Ctrl+Alt+Space",  # Finder search
    "Meta+Space",  # next input source
    "Meta+Ctrl+Space",  # emoji and symbols
    "Ctrl+Tab",  # switch apps
    "Ctrl+`",  # switch windows of the app
    "Ctrl+Alt+D",  # show or hide the Dock
    "Meta+Ctrl+Q",  # lock the screen
    "Ctrl+Alt+Esc",  # force quit
    "Ctrl+Shift+3", "Ctrl+Shift+4", "Ctrl+Shift+5",  # screenshots
    "Ctrl+Shift+/",  # the Help menu's search
    "Meta+Up", "Meta+Down", "Meta+Left", "Meta+Right",  # Mission Control, App Exposé, Spaces
    "F11",  # show the desktop
    "F12",  # Dashboard / Notification Centre on older systems
    "Meta+F2", "Meta+F3",  # keyboard access to the menu bar and the Dock
    "Meta+Ctrl+F",  # full screen (the app's own, kept for the window)
})


def portable_keys(keys: Keys, platform: str) -> list[str]:
    """`keys` in Qt's portable spelling as `platform` binds them, whatever platform this runs on."""
    mac = platform == "darwin"
    names: list[str] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            names += STANDARD_KEYS[key][mac]
        else:
            names.append(QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText))
    return names


def mac_symbols() -> tuple[tuple[Qt.KeyboardModifier, str], ...]:
    # Made when asked, not at import: PySide's `Qt` namespace costs a cold start
    # milliseconds, and the window is painted before anything needs it (test_start_up).
    from PySide6.QtCore import Qt

    return (
        (Qt.KeyboardModifier.MetaModifier, "⌃"),
        (Qt.KeyboardModifier.AltModifier, "⌥"),
        (Qt.KeyboardModifier.ShiftModifier, "⇧"),
        (Qt.KeyboardModifier.ControlModifier, "⌘"),  # Qt's Ctrl is Cmd on macOS
    )


def mac_text(portable: str) -> str:
    """One portable key as macOS users read it: "Ctrl+Shift+Z" -> "⇧⌘Z"."""
    combination = QKeySequence(portable, QKeySequence.SequenceFormat.PortableText)[0]
    modifiers = combination.keyboardModifiers()
    key = QKeySequence(combination.key()).toString(QKeySequence.SequenceFormat.PortableText)
    return "".join(symbol for modifier, symbol in mac_symbols() if modifiers & modifier) + key


def key_sequences(keys: Keys) -> list[QKeySequence]:
    """The QKeySequences for a shortcut constant; a standard key brings all the platform's bindings."""
    sequences: list[QKeySequence] = []
    for key in keys:
        standard = isinstance(key, QKeySequence.StandardKey)
        found = QKeySequence.keyBindings(key) if standard else [QKeySequence(key)]
        sequences += [sequence for sequence in found if sequence not in sequences]
    return sequences


def shortcut_text(keys: Keys, *, portable: bool = False) -> str:
    """The keys as a person reads them in a tooltip: "Space or F5"."""
    form = QKeySequence.SequenceFormat.PortableText if portable else QKeySequence.SequenceFormat.NativeText
    # Qt's "PgDown" is written as on the key and as the words above the sheet say it.
    # A standard key shows its first (main) binding only.
    names = [
        QKeySequence(key).toString(form).replace("PgDown", "Page Down").replace("PgUp", "Page Up")
        for key in keys
    ]
    joiner = " or " if portable else QCoreApplication.translate("hotkeys", " or ")
    return joiner.join(name for name in names if name)


def make_action(
    parent: QObject,
    name: str,
    text: str,
    keys: Keys | None = None,
    tip: str = "",
    slot: Callable[[], object] | None = None,
) -> QAction:
    """One action with its shortcuts, a tooltip naming them, and names tests can find.

    `name` becomes the objectName (``action_next_step``); `text` is the
    already-translated menu text. Keys and tooltip come from `TABLE` when
    the action is listed there and none are given.
    """
    listed = BY_NAME.get(name)
    if keys is None:
        keys = listed.keys_for() if listed else ()
    if not tip and listed is not None:
        tip = translated(listed.what)
    action = QAction(text, parent)
    action.setObjectName(f"action_{name}")
    if keys:
        action.setShortcuts(key_sequences(keys))
    plain = text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")
    label = tip or plain.rstrip(".…")
    tip_with_keys = QCoreApplication.translate("hotkeys", "{what} ({keys})")
    action.setToolTip(tip_with_keys.format(what=label, keys=shortcut_text(keys)) if keys else label)
    action.setStatusTip(label)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def docs_keys(hotkey: Hotkey, platform: str) -> str:
    names = portable_keys(hotkey.keys_for(platform), platform)
    names = [name.replace("PgDown", "Page Down").replace("PgUp", "Page Up") for name in names]
    if platform == "darwin":
        names = [mac_text(name) for name in names]
    # A literal "|" would end the table cell.
    return " or ".join(names).replace("|", "\\|")


def markdown() -> str:
    """docs/keyboard.md: every shortcut, by group, in English."""
    lines = [
        "# Keyboard shortcuts",
        "",
        "Generated from `workshop/ui/shell/hotkeys.py` by",
        "`python -m workshop.ui.shell.hotkeys > docs/keyboard.md`;",
        "a test fails when this file and the table differ. In the app, F1 shows the same list.",
        "",
        "Presenter clickers send Page Up / Page Down: they move to the previous / next step,",
        "even while the cursor is in the card entry. Space starts and pauses the timer except",
        "while typing (it types a space there); F5 does the same from anywhere.",
        "Alt+1 ... Alt+9 choose the column a new card goes to. Planner keys work while the",
        "planner is on screen; the run keys also work while the audience window is in front.",
        "The card board's keys work while the board has the keyboard (click a card, or Tab to",
        "it); there 0 makes the selected cards plain and 1 ... 6 colour them",
        "yellow, pink, green, blue, orange, purple. Ctrl+Enter keeps a statement or saves a form.",
        "",
        "In the rating grid a digit scores the cell and moves down; after the last item it goes to",
        "the next person with no scores yet, never into scores already typed. Escape or Shift+Tab",
        "goes back to the name box for the next person; Tab leaves the grid; Delete clears a cell.",
        "While each person rates, the group's column is read-only.",
        "",
        "Ctrl+Z in a text field first undoes that field's own typing; once the field has nothing",
        "left to undo, it undoes the session's last change (a card just added, a candidate kept).",
        "Ctrl+Shift+Z and Ctrl+Y redo the same way. Ctrl++ and Ctrl+- scale what the room reads",
        "(the wall, and the step and cards on the console); the facilitator's notes keep their size.",
        "",
        "Shift+F5 switches auto-advance on or off; the console's button says which",
        '("Auto-advance: on") and the Run menu ticks it. Once the timer is past zero the',
        'Next step button turns the overtime red beside "Page Down: next step".',
        "F6 shows the votes, scores or answers of a step that holds them back for the cue",
        "(`reveal: on-cue` in its template) on the wall, and holds them back again; the console",
        "always shows them.",
        "",
    ]
    for group in GROUPS:
        rows = [hotkey for hotkey in TABLE if hotkey.group == group]
        lines += [f"## {group}", "", "| Windows and Linux | macOS | What it does |", "| --- | --- | --- |"]
        lines += [
            f"| {docs_keys(h, 'linux')} | {docs_keys(h, 'darwin')} | {h.what} |" for h in rows
        ]
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown(), end="")
