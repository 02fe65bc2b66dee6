"""What the room sees on the projector: exercise, step, prompt, timer and the group's input.

No controls and nothing private: facilitator notes never reach this window.
Dark background, light text, and every size computed from the window height
(times the zoom), so the same window reads well on a 720p beamer and a 4K
screen. It follows the same controller signals as the console; the group's
input is shown by the view for the step's kind (`inputs.audience.area.RoomArea`):
cards without the hidden ones, dot-vote results, ratings with their average and
spread, the chosen statement large, answers, actions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QHideEvent, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from workshop.core.templates import Step
from workshop.core.timer import StepTimer
from workshop.ui.room.area import RoomArea
from workshop.ui.room.break_panel import BreakPanel
from workshop.ui.room.join_panel import JoinPanel
from workshop.ui.room.recall import RecallPanel
from workshop.ui.shell.controller import SessionController
from workshop.ui.widgets.step_header import HeaderSizes, StepHeader, current_phase
from workshop.ui.widgets.theme import AUDIENCE, Theme, audience_style_sheet
from workshop.ui.widgets.timer_widget import TimerWidget

# Sizes as fractions of the window height; chosen so a 1080p projection
# gives ~70 px step titles and ~40 px cards, readable at ten metres.
EYEBROW = 0.034
TITLE = 0.066
PROMPT = 0.046
CARD = 0.036
TIMER_HEIGHT = 0.19
TIMER_WIDTH = 0.50
COMPACT = 0.65  # the header's size while the board needs the wall
COMPACT_TIMER = 0.1  # the timer's height then: as tall as the small header's two lines
TALK_TITLE = 0.085  # a step with nothing but its prompt: the words large, in the middle of the wall
TALK_PROMPT = 0.065
RECALL_HEIGHT = 0.27  # at most, for an earlier step's result: the step's own content keeps the rest
JOIN_WIDTH = 0.42  # the join panel's column: a QR code a phone reads from the back of the room


def room_screen(console: QScreen | None, screens: Sequence[QScreen] | None = None) -> QScreen | None:
    """The screen the audience window belongs on: any screen but the console's, if there is one.

    `screens` are the screens attached now (by default all Qt knows); a
    console screen that is not among them (being unplugged) counts as gone.
    """
    screens = list(QGuiApplication.screens() if screens is None else screens)
    if not screens:
        return None
    if not any(screen is console for screen in screens):
        console = screens[0]
    others = [screen for screen in screens if screen is not console]
    return others[0] if others else console


class AudienceWindow(QWidget):
    """The projected view; `hidden` tells the console when the room view goes away."""

    hidden = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        # A top-level window of its own (no parent widget), so it can live on another screen.
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("audience")
        self.setWindowTitle(self.tr("Workshop – audience"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(audience_style_sheet(AUDIENCE))
        self._controller: SessionController | None = None
        self._zoom = 1.0
        self._theme = AUDIENCE
        self.on_own_screen = False  # full screen on a screen of its own (a projector)
        self.compact = False  # the step's header made small to leave the wall to the cards

        self.header = StepHeader(links=False, parent=self)
        self.timer_widget = TimerWidget(self._current_timer, AUDIENCE, console=False,
                                        step=self._current_step, parent=self)
        self.inputs = RoomArea(self)
        self.inputs.crowded.connect(self._set_compact)
        self.recall = RecallPanel(AUDIENCE, room=True, parent=self)  # an earlier step's result

        self.talk_only = False  # a step with nothing but its prompt: the header centred, large
        self.on_break = False
        self.break_panel = BreakPanel(self._current_timer, self._wall_now, AUDIENCE, self)
        self.break_panel.hide()
        top = QHBoxLayout()
        self._top = top
        top.addWidget(self.header, 1)
        top.addWidget(self.timer_widget, 0, Qt.AlignmentFlag.AlignTop)
        self._layout = QVBoxLayout(self)
        # The wall is the size of its screen: what it holds is fitted into it (the views shrink
        # their text), never the window made taller than the screen, which cut its bottom off.
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._layout.addLayout(top)
        self._layout.addWidget(self.recall)
        self._layout.addWidget(self.inputs, 1)
        self._layout.addWidget(self.break_panel, 1)
        self._welcome = QLabel(self)
        self._welcome.setObjectName("welcome")
        self._welcome.setTextFormat(Qt.TextFormat.PlainText)
        self._welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._welcome.setWordWrap(True)
        self._layout.addWidget(self._welcome, 1)
        # Beside the rest, in a column of its own at the right, while phones may join.
        self.join_panel = JoinPanel(self)
        self.join_panel.hide()
        self.joining = False
        self.resize(1280, 720)
        self._apply_sizes()
        self.set_controller(None)

    # -- following the session ------------------------------------------------------

    def set_controller(self, controller: SessionController | None) -> None:
        if self._controller is not None:
            self._controller.stopChanged.disconnect(self._show_stop)
            self._controller.timerChanged.disconnect(self.timer_widget.refresh)
            self._controller.timerChanged.disconnect(self.break_panel.refresh)
            self._controller.timerChanged.disconnect(self._show_phase)
        self._controller = controller
        if controller is not None:
            controller.stopChanged.connect(self._show_stop)
            controller.timerChanged.connect(self.timer_widget.refresh)
            controller.timerChanged.connect(self.break_panel.refresh)
            controller.timerChanged.connect(self._show_phase)
        self.inputs.set_door(controller)  # the views follow the controller's changes themselves
        self.recall.set_door(controller)
        self._show_stop()

    def _current_timer(self) -> StepTimer | None:
        return self._controller.timer if self._controller else None

    def _current_step(self) -> Step | None:
        return self._controller.current_stop.step if self._controller else None

    def _show_phase(self) -> None:
        self.header.show_phase(current_phase(self._current_step(), self._current_timer()))

    def _wall_now(self) -> datetime | None:
        return self._controller.wall_now() if self._controller else None

    def _show_stop(self, _index: int = 0) -> None:
        controller = self._controller
        has_session = controller is not None
        for widget in (self.header, self.timer_widget):
            widget.setVisible(has_session)
        self._welcome.setVisible(not has_session)
        if controller is None:
            self._welcome.setText(self.tr("Workshop"))
            self.inputs.show_stop(None)
            self.inputs.setVisible(False)
            self._set_mode(on_break=False, talk_only=False)
            return
        stop = controller.current_stop
        self.header.show_stop(stop)
        self._show_phase()
        self.recall.show_stop(stop)
        self.inputs.show_stop(stop)
        self.inputs.setVisible(self.inputs.shows_input)
        on_break = stop.item.is_break
        if on_break:
            self.break_panel.show_break(stop.item.title)
        self._set_mode(on_break=on_break,
                       talk_only=not (on_break or self.inputs.shows_input or self.recall.isVisibleTo(self)))
        self.timer_widget.refresh()

    def _set_mode(self, *, on_break: bool, talk_only: bool) -> None:
        """A break: the countdown in the middle, no header. A step of talk: the prompt in the middle."""
        self.on_break, self.talk_only = on_break, talk_only
        has_session = self._controller is not None
        self.break_panel.setVisible(on_break)
        self.header.setVisible(has_session and not on_break)
        self.timer_widget.setVisible(has_session and not on_break)
        self.header.set_centred(talk_only)
        # A step of talk: the header under the timer, across the whole wall and taking all of
        # it, so the words are centred on the wall, not on what the timer leaves beside it.
        if talk_only and self._top.indexOf(self.header) >= 0:
            self._top.removeWidget(self.header)
            self._layout.insertWidget(1, self.header, 1)
            self._top.insertStretch(0, 1)
        elif not talk_only and self._top.indexOf(self.header) < 0:
            self._layout.removeWidget(self.header)
            self._top.takeAt(0)  # the stretch that kept the timer at the right
            self._top.insertWidget(0, self.header, 1)
        self._apply_sizes()

    # -- what the room reads ------------------------------------------------------------------

    def visible_text(self) -> str:
        """Every piece of text on the window, as a person would read it (for checks)."""
        if self.on_break:
            parts = [self.break_panel.text()]
        else:
            # (The exercise's name is left off while the header is small for a full board.)
            parts = [self.header.eyebrow.text() if not self.compact else "", self.header.title.text(),
                     self.header.place.text(), self.header.phase.text(), self.header.prompt.text(),
                     self.timer_widget.text, self.recall.visible_text(), self.inputs.visible_text()]
        if self._welcome.isVisible():
            parts.append(self._welcome.text())
        if self.joining:
            parts.extend(self.join_panel.lines())
        return "\n".join(part for part in parts if part)

    def show_join(self, url: str, address: str, code: str, phones: int) -> None:
        """Invite the room to join from their phones (the column at the right of the wall)."""
        self.join_panel.show_join(url, address, code, phones)
        if self.joining:
            return  # a phone more changes the panel's words only; a new layout of the cards stalls the window
        self.joining = True
        self.join_panel.show()
        self._apply_sizes()

    def hide_join(self) -> None:
        if not self.joining:
            return  # nothing to move back (and a new layout of a full board stalls the window)
        self.joining = False
        self.join_panel.hide()
        self._apply_sizes()

    def set_zoom(self, factor: float) -> None:
        self._zoom = factor
        self._apply_sizes()

    @property
    def theme(self) -> Theme:
        return self._theme

    def set_theme(self, theme: Theme) -> None:
        """The room's colours: background, text, cards and timer."""
        self._theme = theme
        self.setStyleSheet(audience_style_sheet(theme))
        self.timer_widget.set_theme(theme)
        self.break_panel.set_theme(theme)
        self.inputs.set_theme(theme)
        self.recall.set_theme(theme)
        self.join_panel.set_theme(theme)
        self._apply_sizes()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def _set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self._apply_sizes()

    def _apply_sizes(self) -> None:
        height = max(200, self.height())
        scale = height * self._zoom
        # A full board: the exercise's name goes (the step's title and prompt stay), and a
        # smaller header that does not grow with the zoom, so "larger text" makes the cards
        # larger rather than the prompt.
        self.header.eyebrow.setVisible(not self.compact and bool(self.header.eyebrow.text()))
        if self.compact:
            self.header.set_sizes(HeaderSizes(round(height * EYEBROW * COMPACT),
                                              round(height * TITLE * COMPACT),
                                              round(height * PROMPT * COMPACT)))
        elif self.talk_only:
            self._fit_talk(height, scale)
        else:
            self.header.set_sizes(HeaderSizes(round(scale * EYEBROW), round(scale * TITLE),
                                              round(scale * PROMPT)))
        self.inputs.set_base_px(max(14, round(scale * CARD)))
        self.recall.set_sizes(max(14, round(scale * CARD)), round(height * RECALL_HEIGHT))
        # A full board takes room from the timer as from the header (it stays the largest text).
        timer = COMPACT if self.compact else 1.0
        self.timer_widget.setFixedSize(max(200, round(height * TIMER_WIDTH * timer)),
                                       max(70, round(height * (COMPACT_TIMER if self.compact
                                                               else TIMER_HEIGHT))))
        self.break_panel.set_height(round(scale), self.width() - 2 * round(height * 0.04))
        margin = round(height * (0.02 if self.compact else 0.04))
        spacing = round(height * (0.012 if self.compact else 0.025))
        join_width = round(height * JOIN_WIDTH) if self.joining else 0
        self._layout.setContentsMargins(margin, margin, margin + (join_width + spacing if join_width else 0),
                                        margin)
        self._layout.setSpacing(spacing)
        if join_width:
            self.join_panel.set_text_px(round(height * CARD))
            self.join_panel.resize(join_width, self.join_panel.height())
            wanted = self.join_panel.wanted_height()
            self.join_panel.setGeometry(self.width() - margin - join_width,
                                        margin + max(0, (self.height() - 2 * margin - wanted) // 2),
                                        join_width, wanted)
        font = QFont(self._welcome.font())
        font.setPixelSize(max(20, round(scale * TITLE * 1.3)))
        font.setWeight(QFont.Weight.Bold)
        self._welcome.setFont(font)

    def _fit_talk(self, height: int, scale: float) -> None:
        """The header of a step of talk as large as fits under the timer (a long prompt a little smaller)."""
        margin, spacing = round(height * 0.04), round(height * 0.025)
        room = height - 2 * margin - max(80, round(height * TIMER_HEIGHT)) - spacing
        width = self.width() - 2 * margin - (round(height * JOIN_WIDTH) + spacing if self.joining else 0)
        for factor in (1.0, 0.9, 0.8, 0.7, 0.6):
            self.header.set_sizes(HeaderSizes(round(scale * EYEBROW * 1.3 * factor),
                                              round(scale * TALK_TITLE * factor),
                                              round(scale * TALK_PROMPT * factor)))
            if self.header.heightForWidth(width) <= room:
                return

    # -- showing and hiding ------------------------------------------------------------------------

    def present(self, console: QScreen | None, screens: Sequence[QScreen] | None = None) -> None:
        """Full screen on the room's screen: the second one if there is one, else on top of the console.

        Called again when screens come and go, it moves the window to where
        it now belongs.
        """
        attached = list(QGuiApplication.screens() if screens is None else screens)
        screen = room_screen(console, attached)
        on_own_screen = screen is not None and len(attached) > 1
        # On a projector of its own the room's window never takes the keyboard: what the
        # facilitator types goes to the console. Alone on one screen it covers the console,
        # so it takes the keys (the run actions are on it too). Set before the window is
        # placed: a change of flags makes its native window anew.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, on_own_screen)
        if bool(self.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus) != on_own_screen:
            self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, on_own_screen)
        if self.isFullScreen() and screen is not None and self.screen() is not screen:
            # A full-screen window keeps its screen; leave full screen to move it.
            self.setWindowState(Qt.WindowState.WindowNoState)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.on_own_screen = on_own_screen
        if on_own_screen:
            self.setCursor(Qt.CursorShape.BlankCursor)
        else:
            self.unsetCursor()
        self.showFullScreen()
        self.raise_()
        if not on_own_screen:
            self.activateWindow()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():  # a minimise by the window manager is not "gone"
            self.hidden.emit()
