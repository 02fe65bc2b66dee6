"""Colours for the console (laptop) and the audience view (projector), as data.

Three themes, each a pair (console, room): light, dark and high contrast.
Every colour used for text is listed in `TEXT_PAIRS` with the colour it is
read on, so a test measures them all against the 7:1 of WCAG AAA
(`contrast_ratio`). `CONSOLE` and `AUDIENCE` are the default pair's windows,
kept for the widgets that draw with a fixed theme.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP


class TimerLevel(StrEnum):
    """How much time is left, as a colour cue."""

    NORMAL = "normal"
    LOW = "low"  # under 20 % left
    VERY_LOW = "very-low"  # under 5 % left
    OVERTIME = "overtime"  # past zero, counting up


LOW_FRACTION = 0.20
VERY_LOW_FRACTION = 0.05


@dataclass(frozen=True)
class Theme:
    """The colours of one window (hex strings, "#rrggbb")."""

    name: str
    background: str
    surface: str
    text: str
    muted: str
    accent: str
    border: str
    card_fill: str
    card_text: str
    card_border: str
    timer_normal: str
    timer_low: str
    timer_very_low: str
    overtime_text: str
    overtime_fill: str
    error: str
    on_accent: str = "#ffffff"  # text on an accent-filled button
    selection: str = "#dbe6fd"  # behind selected rows (text stays `text`)
    info_fill: str = "#e8f0fe"  # behind an information message
    error_fill: str = "#fdecea"  # behind an error message
    good: str = "#0b5d1e"  # "ahead of time", "fits"
    disabled: str = "#8a929c"  # not text to read: greyed-out controls
    pulse: str = "#1a43b8"  # the ring around the timer when time is up
    # Behind the timer when time runs low ("" for the window's own background). The light
    # themes need them: an amber dark enough to read on white is hard to tell from black.
    timer_low_background: str = ""
    timer_very_low_background: str = ""

    @property
    def low_fill(self) -> str:
        return self.timer_low_background or self.background

    @property
    def very_low_fill(self) -> str:
        return self.timer_very_low_background or self.background

    @property
    def dark(self) -> bool:
        return relative_luminance(self.background) < 0.2

    def timer_colour(self, level: TimerLevel) -> str:
        return {
            TimerLevel.NORMAL: self.timer_normal,
            TimerLevel.LOW: self.timer_low,
            TimerLevel.VERY_LOW: self.timer_very_low,
            TimerLevel.OVERTIME: self.overtime_text,
        }[level]

    def timer_fill(self, level: TimerLevel) -> str:
        """The timer's background: the window's own, a tint when time runs low, a block in overtime."""
        return {
            TimerLevel.NORMAL: self.background,
            TimerLevel.LOW: self.low_fill,
            TimerLevel.VERY_LOW: self.very_low_fill,
            TimerLevel.OVERTIME: self.overtime_fill,
        }[level]


# Text colour -> the background it is read on, for the contrast test.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "background"), ("muted", "background"), ("text", "surface"), ("muted", "surface"),
    ("timer_normal", "background"), ("timer_low", "low_fill"), ("timer_very_low", "very_low_fill"),
    ("overtime_text", "overtime_fill"), ("card_text", "card_fill"), ("error", "background"),
    ("error", "surface"), ("on_accent", "accent"), ("text", "selection"), ("text", "info_fill"),
    ("text", "error_fill"), ("good", "background"), ("good", "surface"), ("accent", "background"),
)

LIGHT_CONSOLE = Theme(
    name="light-console", background="#f4f5f7", surface="#ffffff", text="#16191d", muted="#4a525c",
    accent="#1a43b8", border="#c9ced6", card_fill="#fff3b8", card_text="#16191d", card_border="#d9c56a",
    timer_normal="#16191d", timer_low="#6b4100", timer_very_low="#8c120b",
    overtime_text="#ffffff", overtime_fill="#a3160f", error="#a3160f",
    timer_low_background="#ffe7a3", timer_very_low_background="#ffe0db",
)
LIGHT_ROOM = Theme(
    name="light-room", background="#ffffff", surface="#f4f5f7", text="#111418", muted="#3d444d",
    accent="#1a43b8", border="#c9ced6", card_fill="#fff3b8", card_text="#111418", card_border="#a08a2a",
    timer_normal="#111418", timer_low="#6b4100", timer_very_low="#8c120b",
    overtime_text="#ffffff", overtime_fill="#a3160f", error="#a3160f",
    timer_low_background="#ffe7a3", timer_very_low_background="#ffe0db",
)
DARK_CONSOLE = Theme(
    name="dark-console", background="#15181d", surface="#1f242b", text="#eef1f4", muted="#b4bcc8",
    accent="#8ab4ff", border="#3a414b", card_fill="#ffe680", card_text="#111418", card_border="#ffe680",
    timer_normal="#eef1f4", timer_low="#ffc53d", timer_very_low="#ff8f70",
    overtime_text="#ffffff", overtime_fill="#a3160f", error="#ff9e80",
    on_accent="#0d1117", selection="#2b3d5c", info_fill="#1c2b45", error_fill="#3d1d1a",
    good="#7ee2a0", disabled="#6b7380", pulse="#8ab4ff",
)
DARK_ROOM = Theme(
    name="dark-room", background="#0d1117", surface="#161b22", text="#f3f5f7", muted="#b8c0cc",
    accent="#7cb3ff", border="#30363d", card_fill="#ffe680", card_text="#0d1117", card_border="#ffe680",
    timer_normal="#f3f5f7", timer_low="#ffc53d", timer_very_low="#ff8f70",
    overtime_text="#ffffff", overtime_fill="#a3160f", error="#ff9e80",
    on_accent="#0d1117", selection="#2b3d5c", info_fill="#1c2b45", error_fill="#3d1d1a",
    good="#7ee2a0", disabled="#6b7380", pulse="#7cb3ff",
)
HIGH_CONTRAST = Theme(
    name="high-contrast", background="#000000", surface="#000000", text="#ffffff", muted="#e6e6e6",
    accent="#ffff00", border="#ffffff", card_fill="#ffff00", card_text="#000000", card_border="#ffffff",
    timer_normal="#ffffff", timer_low="#ffff00", timer_very_low="#ff9e80",
    overtime_text="#000000", overtime_fill="#ff9e80", error="#ff9e80",
    on_accent="#000000", selection="#1a1aff", info_fill="#00005c", error_fill="#5c0000",
    good="#00ff66", disabled="#9a9a9a", pulse="#00ffff",
)


@dataclass(frozen=True)
class ThemeSet:
    """A theme of the whole app: the console's colours and the room's."""

    key: str
    label: str  # English; shown through QCoreApplication.translate("theme", label)
    console: Theme
    audience: Theme


THEMES: dict[str, ThemeSet] = {
    "light": ThemeSet("light", QT_TRANSLATE_NOOP("theme", "Light"), LIGHT_CONSOLE, LIGHT_ROOM),
    "dark": ThemeSet("dark", QT_TRANSLATE_NOOP("theme", "Dark"), DARK_CONSOLE, DARK_ROOM),
    "high-contrast": ThemeSet("high-contrast", QT_TRANSLATE_NOOP("theme", "High contrast"),
                              HIGH_CONTRAST, HIGH_CONTRAST),
}
# A light console at arm's length and a dark room: what the app looked like first.
DEFAULT_THEME = "light"

CONSOLE = LIGHT_CONSOLE
AUDIENCE = DARK_ROOM


def theme_set(key: str) -> ThemeSet:
    """The theme named `key`, or the default one for a name we do not know (an old settings file)."""
    return THEMES.get(key, THEMES[DEFAULT_THEME])


def next_theme(key: str) -> str:
    """The theme after `key`, in menu order, wrapping round."""
    keys = list(THEMES)
    return keys[(keys.index(key) + 1) % len(keys)] if key in keys else keys[0]


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of "#rrggbb"."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio, from 1 (none) to 21 (black on white)."""
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def console_style_sheet(theme: Theme = CONSOLE, images: dict[str, str] | None = None) -> str:
    """The console's style sheet: a calm surface, clear headings, large controls.

    It styles the ordinary inputs too (fields, lists, menus, scroll bars), so
    a dark or high-contrast theme is the same everywhere, dialogs included.
    `images` are the files for the spin and combo box arrows and the check
    box tick (`style_assets.style_images`); without them Qt's own are kept.
    """
    t = theme
    return _inputs_sheet(t, images) + f"""
QMainWindow, QDialog {{ background: {t.background}; color: {t.text}; }}
QWidget#page, QWidget#plannerPage {{ background: {t.background}; }}
QLabel {{ color: {t.text}; }}
QLabel[role="eyebrow"] {{ color: {t.muted}; font-weight: 600; }}
QLabel[role="heading"] {{ color: {t.text}; font-weight: 700; }}
QLabel[role="phase"] {{ color: {t.accent}; font-weight: 700; }}
QLabel[role="phase"][cue="true"] {{ color: {t.on_accent}; background: {t.accent}; padding: 2px 8px;
    border-radius: 4px; }}
QLabel[role="muted"] {{ color: {t.muted}; }}
QLabel[role="hint"] {{ color: {t.muted}; }}
QLabel[role="hint"][problem="true"] {{ color: {t.error}; font-weight: 600; }}
QLabel[level="good"] {{ color: {t.good}; font-weight: 700; }}
QLabel[level="warning"] {{ color: {t.error}; font-weight: 700; }}
QLabel[level="neutral"] {{ color: {t.text}; font-weight: 700; }}
QFrame[role="panel"] {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 8px; }}
QFrame[role="panel"] QLabel {{ background: transparent; }}
QToolButton[role="run"], QPushButton[role="big"], QPushButton {{
    background: {t.surface}; color: {t.text}; border: 1px solid {t.border};
    border-radius: 6px; padding: 6px 14px; font-weight: 600; }}
QToolButton[role="run"]:hover, QPushButton:hover {{ border-color: {t.accent}; }}
QToolButton[role="run"]:checked {{ background: {t.selection}; border: 2px solid {t.accent}; }}
QToolButton[role="run"]:disabled, QPushButton:disabled {{ color: {t.disabled}; }}
QToolButton[role="primary"], QPushButton[role="primary"] {{
    background: {t.accent}; color: {t.on_accent}; border: 1px solid {t.accent};
    border-radius: 6px; padding: 8px 16px; font-weight: 700; }}
QToolButton[role="primary"]:disabled, QPushButton[role="primary"]:disabled {{
    background: {t.disabled}; border-color: {t.disabled}; color: {t.background}; }}
QFrame#messageBar[level="error"] {{ background: {t.error_fill}; border-bottom: 2px solid {t.error}; }}
QFrame#messageBar[level="info"] {{ background: {t.info_fill}; border-bottom: 2px solid {t.accent}; }}
QFrame#messageBar QLabel {{ color: {t.text}; background: transparent; }}
QLabel#saveLabel[problem="true"] {{ color: {t.error}; font-weight: 700; }}
QLabel#readOnlyBanner {{ background: {t.info_fill}; color: {t.text}; border-left: 4px solid {t.accent};
    padding: 6px 10px; font-weight: 600; }}
QPlainTextEdit#cardEntry {{ background: {t.surface}; color: {t.text};
    border: 2px solid {t.accent}; border-radius: 6px; padding: 4px 6px; }}
QPlainTextEdit#cardEntry:disabled {{ border-color: {t.border}; }}
QTreeWidget, QTreeView, QListWidget, QTextBrowser, QTableView {{ background: {t.surface}; color: {t.text};
    border: 1px solid {t.border}; border-radius: 6px; }}
QTreeWidget:focus, QTreeView:focus, QListWidget:focus, QTableView:focus {{ border: 2px solid {t.accent}; }}
QTableView {{ gridline-color: {t.border}; alternate-background-color: {t.background}; }}
QTableView::item:selected {{ background: {t.selection}; color: {t.text}; }}
QTableView QTableCornerButton::section {{ background: {t.background}; border: none; }}
QListView#cardView {{ background: transparent; border: none; }}
QTreeWidget::item:selected, QTreeView::item:selected, QListWidget::item:selected {{
    background: {t.selection}; color: {t.text}; }}
QHeaderView {{ background: {t.background}; }}
QHeaderView::section {{ background: {t.background}; color: {t.muted}; border: none;
    border-bottom: 1px solid {t.border}; padding: 4px; font-weight: 600; }}
QCheckBox, QRadioButton {{ color: {t.text}; spacing: 8px; }}
QMenuBar {{ background: {t.background}; color: {t.text}; }}
QMenuBar::item:selected {{ background: {t.selection}; }}
QMenu {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; }}
QMenu::item:selected {{ background: {t.selection}; }}
QMenu::item:disabled {{ color: {t.disabled}; }}
QStatusBar {{ background: {t.background}; color: {t.muted}; }}
QStatusBar QLabel {{ color: {t.muted}; }}
QSplitter::handle {{ background: {t.border}; }}
QToolTip {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; }}
"""


def _inputs_sheet(t: Theme, images: dict[str, str] | None) -> str:
    """Fields, spin and combo boxes, check boxes, scroll bars: bordered in the theme's colours.

    Check and radio indicators are drawn here rather than by the platform style: the style
    paints them from the palette, which the themes do not set, so in the dark and
    high-contrast themes "off" came out as a solid white square that read as "on".
    """
    sheet = f"""
QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit {{
    background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; border-radius: 4px;
    padding: 3px 6px; selection-background-color: {t.selection}; selection-color: {t.text}; }}
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus {{ border: 2px solid {t.accent}; }}
QComboBox QAbstractItemView {{ background: {t.surface}; color: {t.text};
    selection-background-color: {t.selection}; selection-color: {t.text}; }}
QScrollBar:vertical {{ background: transparent; width: 12px; margin: 0; }}
QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 0; }}
QScrollBar::handle:vertical {{ background: {t.disabled}; min-height: 28px; border-radius: 5px; margin: 1px; }}
QScrollBar::handle:horizontal {{ background: {t.disabled}; min-width: 28px; border-radius: 5px;
    margin: 1px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 14px; height: 14px;
    border: 2px solid {t.text}; background: {t.surface}; }}
QCheckBox::indicator {{ border-radius: 3px; }}
QRadioButton::indicator {{ border-radius: 9px; }}
QCheckBox::indicator:checked {{ background: {t.accent}; border-color: {t.accent}; }}
QRadioButton::indicator:checked {{ background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5,
    fx: 0.5, fy: 0.5, stop: 0 {t.accent}, stop: 0.5 {t.accent}, stop: 0.62 {t.surface},
    stop: 1 {t.surface}); }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {t.disabled}; }}
"""
    if not images:
        return sheet
    up, down, check = images.get("up", ""), images.get("down", ""), images.get("check", "")
    return sheet + f"""
QCheckBox::indicator:checked {{ image: url({check}); }}
QAbstractSpinBox {{ padding-right: 22px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: border; width: 20px;
    border-left: 1px solid {t.border}; background: {t.background}; }}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 4px; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; border-bottom-right-radius: 4px; }}
QAbstractSpinBox::up-arrow {{ image: url({up}); width: 10px; height: 6px; }}
QAbstractSpinBox::down-arrow, QComboBox::down-arrow {{ image: url({down}); width: 10px; height: 6px; }}
QComboBox {{ padding-right: 24px; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 22px;
    border-left: 1px solid {t.border}; }}
"""


def audience_style_sheet(theme: Theme = AUDIENCE) -> str:
    """The projector's style sheet: the room's colours, nothing to click."""
    return f"""
QWidget#audience {{ background: {theme.background}; }}
QWidget#audience QLabel {{ color: {theme.text}; background: transparent; }}
QWidget#audience QLabel[role="eyebrow"] {{ color: {theme.muted}; }}
QWidget#audience QLabel[role="phase"] {{ color: {theme.accent}; font-weight: 700; }}
QWidget#audience QLabel[role="phase"][cue="true"] {{ color: {theme.on_accent}; background: {theme.accent};
    padding: 4px 12px; border-radius: 6px; }}
QWidget#audience QLabel[role="columnHeader"] {{ color: {theme.muted}; font-weight: 700; }}
QWidget#audience QListView {{ background: transparent; border: none; }}
"""
