"""Every keyboard shortcut of the app, by name, and the one helper that builds actions.

Presenter clickers send Page Up / Page Down (and some F5), so the run actions
a facilitator needs while standing have a key a clicker can send. Shortcuts
that a text entry would swallow (Ctrl+Left/Right move by word while typing)
always have a second key that works from anywhere, including the card entry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

Keys = Sequence[str | QKeySequence.StandardKey]

# -- running a step ---------------------------------------------------------
START_PAUSE: Keys = ("Space", "F5")  # Space only outside text fields; F5 always
ADD_MINUTE: Keys = ("Ctrl+Up",)
REMOVE_MINUTE: Keys = ("Ctrl+Down",)
RESET_TIMER: Keys = ("Ctrl+Shift+R",)
NEXT_STEP: Keys = ("PgDown", "Ctrl+Right")
PREVIOUS_STEP: Keys = ("PgUp", "Ctrl+Left")
NEW_CARD: Keys = ("Ctrl+N",)  # puts the cursor in the card entry
# Alt+1 ... Alt+9 choose the column a new card goes to.
COLUMN_KEYS: tuple[str, ...] = tuple(f"Alt+{n}" for n in range(1, 10))

# -- the room ---------------------------------------------------------------
TOGGLE_AUDIENCE: Keys = ("F11", "Ctrl+Shift+A")
ZOOM_IN: Keys = ("Ctrl++", "Ctrl+=")
ZOOM_OUT: Keys = ("Ctrl+-",)
ZOOM_RESET: Keys = ("Ctrl+0",)

# -- sessions -----------------------------------------------------------------
NEW_SESSION: Keys = ("Ctrl+Shift+N",)
OPEN_SESSION: Keys = ("Ctrl+O",)
EXPORT_PDF: Keys = ("Ctrl+E",)
CLOSE_SESSION: Keys = ("Ctrl+W",)
QUIT: Keys = ("Ctrl+Q",)

# Keys the card entry passes on to the window instead of using them itself,
# so a clicker works while the cursor waits in the entry.
ENTRY_PASSES_THROUGH: frozenset[int] = frozenset({Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})


def key_sequences(keys: Keys) -> list[QKeySequence]:
    """The QKeySequences for a shortcut constant."""
    return [QKeySequence(key) for key in keys]


def shortcut_text(keys: Keys) -> str:
    """The keys as a person reads them in a tooltip: "Space or F5"."""
    names = [sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in key_sequences(keys)]
    return " or ".join(name for name in names if name)


def make_action(parent: QObject, name: str, text: str, keys: Keys = (),
                tip: str = "", slot: Callable[[], object] | None = None) -> QAction:
    """One action with its shortcuts, a tooltip naming them, and names tests can find.

    `name` becomes the objectName (``action_next_step``); `text` is the
    already-translated menu text, `tip` an optional already-translated
    sentence shown before the keys in the tooltip.
    """
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
