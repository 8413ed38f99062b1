"""The charts of the Progress tab: images drawn by the chart worker, with hover, click
and export.

This module does not import matplotlib: the worker (`render.py`) builds and rasterises
every figure, and a card paints the image. The figure comes along with the image, so a
hover or a click is matched to a marker with the figure's own transforms.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCursor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QMenu,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.charts.catalog import CHART_TITLES, builder_for
from mentorjournal.charts.theme import ChartTheme, theme_named
from mentorjournal.core.progress import ProgressView
from mentorjournal.ui.progress.render import AHEAD, NOW, ChartWorker, Drawing, render

if TYPE_CHECKING:
    from mentorjournal.charts.base import ChartMarker

log = logging.getLogger(__name__)
EXPORT_FORMATS = {"png": "PNG image", "svg": "SVG drawing", "pdf": "PDF document"}
HEIGHTS = {"momentum": 320, "topics": 320, "experiments": 280}
HIT_PIXELS = 8.0
_Token = tuple[int, int, tuple[int, int, float]]  # view, theme, size of a drawing
KEPT_DRAWINGS = 3  # per chart: the three ranges drawn, at hand (about 3 MB each)
RESIZE_DELAY_MS = 80


class ChartCanvas(QWidget):
    """Paints a chart's image; reports the pointer in the figure's pixels."""

    moved = Signal(float, float)
    pressed = Signal(float, float)
    painted = Signal()  # an image reached the screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.painted_image: QImage | None = None  # the image the last paint showed
        self.placeholder = ""  # said while the first drawing is on its way
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_image(self, image: QImage | None) -> None:
        self.image = image
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.image is None:
            painter.fillRect(self.rect(), self.palette().window())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
        else:
            ratio = self.image.devicePixelRatio() or 1.0
            natural = QRect(0, 0, round(self.image.width() / ratio),
                            round(self.image.height() / ratio))
            if natural.size() == self.size():
                painter.drawImage(0, 0, self.image)
            else:  # resized since it was drawn: stretch until the redraw arrives
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(self.rect(), self.image)
        painter.end()
        self.painted_image = self.image
        if self.image is not None:
            self.painted.emit()

    def _figure_xy(self, event: QMouseEvent) -> tuple[float, float]:
        ratio = self.devicePixelRatioF() or 1.0
        pos = event.position()
        return pos.x() * ratio, (self.height() - pos.y()) * ratio

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.moved.emit(*self._figure_xy(event))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.pressed.emit(*self._figure_xy(event))


class ChartCard(QFrame):
    """One chart: its image, a hover tooltip for markers, and an export menu."""

    session_clicked = Signal(str)
    exported = Signal(str)
    drawn = Signal()

    def __init__(self, key: str, title: str, worker: ChartWorker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.title = title
        self._worker = worker
        self._wanted: tuple[ProgressView, ChartTheme] | None = None
        self._pending = False  # the wanted drawing is not shown and not yet asked for
        self._asked: dict[_Token, Future[Drawing]] = {}  # drawings on their way
        # Recent drawings, newest last. Progress views are cached by data version, so an
        # unchanged journal gives back the same view object, and its drawing is shown
        # again without drawing anything.
        self._kept: list[Drawing] = []
        self.drawing: Drawing | None = None
        self.remembered = False  # showing the image remembered from the last run
        self.on_drawn: Callable[[ChartCard, Drawing], None] | None = None
        self.setObjectName(f"{key}Chart")
        self.setFixedHeight(HEIGHTS.get(key, 250))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.canvas = ChartCanvas(self)
        self.canvas.setAccessibleName(title)
        self.canvas.placeholder = self.tr("Drawing the %s chart…") % title.lower()
        self.canvas.setAccessibleDescription(self.tr("Chart; rest the pointer on a marker "
                                                     "to read it, click a check-in to open it"))
        self.canvas.installEventFilter(self)
        self.canvas.moved.connect(self._on_motion)
        self.canvas.pressed.connect(self._on_press)
        layout.addWidget(self.canvas, 1)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self._size_changed)
        # The export button floats over the chart's top right corner (its title is on
        # the left), so no row of the tab is spent on it.
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the %s chart") % title.lower())
        self.export_button.setToolTip(self.tr("Save this chart as PNG, SVG or PDF"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for suffix, label in EXPORT_FORMATS.items():
            action = QAction(self.tr("As %s…") % label, menu)
            action.triggered.connect(lambda _=False, s=suffix: self.ask_and_export(s))
            menu.addAction(action)
        self.export_button.setMenu(menu)

    # ----- size ------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_export_button()
        if self.drawing is not None and self.drawing.size != self._size():
            self._resize_timer.start()

    def _size_changed(self) -> None:
        if self._wanted is not None and (self.drawing is None
                                         or self.drawing.size != self._size()):
            self._pending = True
            self._ask_if_seen()

    def _size(self) -> tuple[int, int, float]:
        return (max(self.canvas.width(), 200), max(self.canvas.height(), 100),
                float(self.canvas.devicePixelRatioF() or 1.0))

    def _place_export_button(self) -> None:
        hint = self.export_button.sizeHint()
        self.export_button.setGeometry(self.width() - hint.width() - 6, 4, hint.width(),
                                       hint.height())
        self.export_button.raise_()

    # ----- what to show ------------------------------------------------------------------
    def show_remembered(self, image: QImage) -> None:
        """Show last run's image until the live drawing arrives."""
        if self.drawing is None:
            self.remembered = True
            self.canvas.set_image(image)

    def show_chart(self, view: ProgressView, theme: ChartTheme) -> None:
        """Show this chart for `view`: at once when it was drawn before, otherwise as soon
        as the card can be seen (charts scrolled out of sight cost nothing until the
        user scrolls to them)."""
        self._wanted = (view, theme)
        kept = self._find(view, theme, self._size())
        if kept is not None:
            self._pending = False
            self._show(kept)
            return
        self._pending = True
        self._ask_if_seen()

    def trim(self, keep: int) -> None:
        """Forget all but the `keep` most recent drawings (the one shown stays)."""
        while len(self._kept) > keep:
            oldest = next((d for d in self._kept if d is not self.drawing), None)
            if oldest is None:
                break
            self._kept.remove(oldest)

    def draw_ahead(self, view: ProgressView, theme: ChartTheme) -> None:
        """Draw `view` in the background, to show at once if the user picks it."""
        if self.drawing is None or self._find(view, theme, self._size()) is not None:
            return
        self._ask(view, theme, AHEAD)

    def in_sight(self) -> bool:
        seen = self.canvas
        return self.isVisible() and not seen.visibleRegion().isEmpty()

    def is_drawn(self) -> bool:
        """The wanted chart (or the remembered image of it) is on screen."""
        image = self.canvas.image
        return image is not None and self.canvas.painted_image is image and (
            self.remembered or not self._pending)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._pending:
            QTimer.singleShot(0, self._ask_if_seen)  # scrolled into sight: draw it now
        elif event.type() == QEvent.Type.DevicePixelRatioChange and self.drawing is not None:
            self._resize_timer.start()  # moved to a screen of another density: redraw sharp
        return False

    def _ask_if_seen(self) -> None:
        if self._pending and self._wanted is not None and self.in_sight():
            self._ask(*self._wanted, NOW)

    @property
    def figure(self) -> Any | None:
        """The matplotlib figure of the drawing shown (None before the first)."""
        return None if self.drawing is None else self.drawing.figure

    def _ask(self, view: ProgressView, theme: ChartTheme, priority: int) -> Future[Drawing]:
        """The drawing of `view` at the card's size, asked for once (a second ask gets
        the same future)."""
        size = self._size()
        token = (id(view), id(theme), size)
        if token in self._asked:
            return self._asked[token]
        previous, key = self.figure, self.key
        self._asked[token] = future = self._worker.submit(
            lambda: render(builder_for(key), view, theme, size, previous), priority,
            on_done=lambda drawing: self._arrived(drawing, token),
            on_error=lambda error: self._failed(error, token, priority))
        return future

    def _failed(self, error: BaseException, token: _Token, priority: int) -> None:
        """Say so in the card, in one sentence (the traceback is in the log). A drawing
        dropped because the tab was hidden is simply asked for again when it is seen."""
        self._asked.pop(token, None)
        if isinstance(error, CancelledError):
            return
        if priority == NOW and self.drawing is None:
            self.canvas.placeholder = self.tr("The %s chart could not be drawn (%s).") % (
                self.title.lower(), str(error) or type(error).__name__)
            self.canvas.update()

    def _arrived(self, drawing: Drawing, token: _Token) -> None:
        self._asked.pop(token, None)
        if drawing in self._kept:
            return  # delivered already by ensure_drawn
        self._kept.append(drawing)
        while len(self._kept) > KEPT_DRAWINGS:
            self._kept.pop(0)
        wanted = self._wanted
        if wanted is not None and drawing.view is wanted[0] and drawing.theme is wanted[1] \
                and drawing.size == self._size():
            self._pending = False
            self._show(drawing)

    def _find(self, view: ProgressView, theme: ChartTheme,
              size: tuple[int, int, float]) -> Drawing | None:
        return next((d for d in reversed(self._kept) if d.view is view and d.theme is theme
                     and d.size == size), None)

    def _show(self, drawing: Drawing) -> None:
        if drawing in self._kept:  # most recently used last
            self._kept.remove(drawing)
            self._kept.append(drawing)
        self.remembered = False
        self.drawing = drawing
        self.canvas.set_image(drawing.image)
        self._place_export_button()
        if self.on_drawn is not None:
            self.on_drawn(self, drawing)
        self.drawn.emit()

    def ensure_drawn(self) -> None:
        """Draw the wanted chart now and wait for it, seen or not (tests, export all)."""
        if not self._pending or self._wanted is None:
            return
        view, theme = self._wanted
        token = (id(view), id(theme), self._size())
        self._arrived(self._worker.wait(self._ask(view, theme, NOW)), token)

    # ----- hover and click -----------------------------------------------------------
    def marker_at(self, x: float, y: float) -> ChartMarker | None:
        """The marker under display pixel (x, y), measured from the figure's bottom left."""
        if self.figure is None or self.remembered:
            return None
        from mentorjournal.charts.base import markers_of  # loaded by the worker by now

        best, best_distance = None, HIT_PIXELS
        for marker in markers_of(self.figure):
            ax = self.figure.axes[marker.axes_index]
            px, py = ax.transData.transform((marker.x, marker.y))
            if marker.x_end is not None:
                px_end = ax.transData.transform((marker.x_end, marker.y))[0]
                dx = 0.0 if px - 2 <= x <= px_end + 2 else HIT_PIXELS + 1
                distance = max(dx, abs(y - py))
            else:
                distance = ((x - px) ** 2 + (y - py) ** 2) ** 0.5
            # Prefer a session marker over anything it overlaps.
            if distance <= best_distance or (
                    distance <= HIT_PIXELS and marker.session_id and best is not None
                    and not best.session_id):
                best, best_distance = marker, distance
        return best

    def marker_position(self, marker: ChartMarker) -> QPoint:
        """Where `marker` sits in the canvas's widget coordinates (for tests and tooltips)."""
        assert self.figure is not None
        px, py = self.figure.axes[marker.axes_index].transData.transform((marker.x, marker.y))
        ratio = self.canvas.devicePixelRatioF() or 1.0
        return QPoint(round(px / ratio), round(self.canvas.height() - py / ratio))

    def _on_motion(self, x: float, y: float) -> None:
        marker = self.marker_at(x, y)
        if marker is None:
            QToolTip.hideText()
            return
        hint = "\n(click to open this check-in)" if marker.session_id else ""
        QToolTip.showText(QCursor.pos(), marker.label + hint, self.canvas)

    def _on_press(self, x: float, y: float) -> None:
        marker = self.marker_at(x, y)
        if marker is not None and marker.session_id:
            self.session_clicked.emit(marker.session_id)

    # ----- export --------------------------------------------------------------------
    def ask_and_export(self, suffix: str) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), f"{self.key}.{suffix}",
            f"{EXPORT_FORMATS[suffix]} (*.{suffix})")
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """Write the chart as PNG, SVG or PDF, chosen by the file's suffix."""
        suffix = path.suffix.lower().lstrip(".")
        if suffix not in EXPORT_FORMATS:
            path = path.with_suffix(".png")
            suffix = "png"
        figure = self.figure
        if figure is None:
            return
        job = self._worker.submit(  # on the worker: matplotlib stays on one thread
            lambda: figure.savefig(path, format=suffix, facecolor=figure.get_facecolor()))
        try:
            self._worker.wait(job)
        except OSError as exc:
            self.exported.emit(f"Could not save the chart to {path}: {exc.strerror}.")
            return
        self.exported.emit(f"Saved the {self.title.lower()} chart to {path}.")


class ChartsPanel(QWidget):
    """Every Progress chart, one card each, stacked in display order."""

    session_clicked = Signal(str)
    exported = Signal(str)

    def __init__(self, worker: ChartWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.setSpacing(14)
        self.cards: dict[str, ChartCard] = {}
        for key, title in CHART_TITLES:
            card = ChartCard(key, title, worker)
            card.session_clicked.connect(self.session_clicked)
            card.exported.connect(self.exported)
            layout.addWidget(card)
            self.cards[key] = card
        layout.addStretch(1)

    def show_view(self, view: ProgressView, theme_name: str) -> None:
        theme = theme_named(theme_name)
        self.trim_out_of_sight()  # drawings kept for flipping back matter where one looks
        for card in self.cards.values():
            card.show_chart(view, theme)

    def draw_ahead(self, view: ProgressView, theme_name: str) -> None:
        """Draw `view` in the background for the cards in sight."""
        theme = theme_named(theme_name)
        for card in self.cards.values():
            if card.in_sight():
                card.draw_ahead(view, theme)

    def cards_in_sight(self) -> list[ChartCard]:
        return [card for card in self.cards.values() if card.in_sight()]

    def trim_out_of_sight(self) -> None:
        """Charts scrolled away keep only the drawing they show."""
        for card in self.cards.values():
            if not card.in_sight():
                card.trim(1)

    def draw_all(self) -> None:
        """Build every chart now, seen or not (for export of all, and for tests)."""
        for card in self.cards.values():
            card.ensure_drawn()
