"""Colours and type for the console (laptop) and the audience view (projector).

Kept as data in one place so issue 3's light / dark / high-contrast themes
are more instances of `Theme`, and a test can measure every text colour
against its background (`contrast_ratio`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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

    def timer_colour(self, level: TimerLevel) -> str:
        return {
            TimerLevel.NORMAL: self.timer_normal,
            TimerLevel.LOW: self.timer_low,
            TimerLevel.VERY_LOW: self.timer_very_low,
            TimerLevel.OVERTIME: self.overtime_text,
        }[level]

    def timer_fill(self, level: TimerLevel) -> str:
        """The timer's background: the window's own, or a solid block in overtime."""
        return self.overtime_fill if level is TimerLevel.OVERTIME else self.background


CONSOLE = Theme(
    name="console",
    background="#f4f5f7",
    surface="#ffffff",
    text="#16191d",
    muted="#4a525c",
    accent="#1d4ed8",
    border="#c9ced6",
    card_fill="#fff3b8",
    card_text="#16191d",
    card_border="#d9c56a",
    timer_normal="#16191d",
    timer_low="#6b4100",
    timer_very_low="#a3160f",
    overtime_text="#ffffff",
    overtime_fill="#a3160f",
    error="#a3160f",
)

AUDIENCE = Theme(
    name="audience",
    background="#0d1117",
    surface="#161b22",
    text="#f3f5f7",
    muted="#b8c0cc",
    accent="#7cb3ff",
    border="#30363d",
    card_fill="#ffe680",
    card_text="#0d1117",
    card_border="#ffe680",
    timer_normal="#f3f5f7",
    timer_low="#ffc53d",
    timer_very_low="#ff8f6b",
    overtime_text="#ffffff",
    overtime_fill="#a3160f",
    error="#ff8f6b",
)


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


def console_style_sheet(theme: Theme = CONSOLE) -> str:
    """The console's style sheet: a calm surface, clear headings, large controls."""
    return f"""
QMainWindow, QDialog {{ background: {theme.background}; }}
QWidget#page {{ background: {theme.background}; }}
QLabel {{ color: {theme.text}; }}
QLabel[role="eyebrow"] {{ color: {theme.muted}; font-weight: 600; }}
QLabel[role="heading"] {{ color: {theme.text}; font-weight: 700; }}
QLabel[role="muted"] {{ color: {theme.muted}; }}
QLabel[role="hint"] {{ color: {theme.muted}; }}
QLabel[role="hint"][problem="true"] {{ color: {theme.error}; font-weight: 600; }}
QFrame[role="panel"] {{ background: {theme.surface}; border: 1px solid {theme.border};
                        border-radius: 8px; }}
QToolButton[role="run"], QPushButton[role="big"] {{
    background: {theme.surface}; color: {theme.text}; border: 1px solid {theme.border};
    border-radius: 6px; padding: 8px 16px; font-weight: 600; }}
QToolButton[role="run"]:hover, QPushButton[role="big"]:hover {{ border-color: {theme.accent}; }}
QToolButton[role="run"]:disabled {{ color: #8a929c; }}
QToolButton[role="primary"], QPushButton[role="primary"] {{
    background: {theme.accent}; color: #ffffff; border: 1px solid {theme.accent};
    border-radius: 6px; padding: 8px 16px; font-weight: 700; }}
QToolButton[role="primary"]:disabled {{ background: #8a929c; border-color: #8a929c; }}
QFrame#messageBar[level="error"] {{ background: #fdecea; border-bottom: 2px solid {theme.error}; }}
QFrame#messageBar[level="info"] {{ background: #e8f0fe; border-bottom: 2px solid {theme.accent}; }}
QFrame#messageBar QLabel {{ color: {theme.text}; }}
QPlainTextEdit#cardEntry {{ background: {theme.surface}; color: {theme.text};
    border: 2px solid {theme.accent}; border-radius: 6px; padding: 4px 6px; }}
QPlainTextEdit#cardEntry:disabled {{ border-color: {theme.border}; }}
QTreeWidget, QListWidget, QTextBrowser {{ background: {theme.surface}; color: {theme.text};
    border: 1px solid {theme.border}; border-radius: 6px; }}
QListView#cardView {{ background: transparent; border: none; }}
QTreeWidget::item:selected, QListWidget::item:selected {{ background: #dbe6fd; color: {theme.text}; }}
"""


def audience_style_sheet(theme: Theme = AUDIENCE) -> str:
    """The projector's style sheet: dark, light text, nothing to click."""
    return f"""
QWidget#audience {{ background: {theme.background}; }}
QWidget#audience QLabel {{ color: {theme.text}; background: transparent; }}
QWidget#audience QLabel[role="eyebrow"] {{ color: {theme.muted}; }}
QWidget#audience QLabel[role="columnHeader"] {{ color: {theme.muted}; font-weight: 700; }}
QWidget#audience QListView {{ background: transparent; border: none; }}
"""
