"""The charts of the Progress tab in matplotlib's Qt canvas, with hover, click and export.

Importing this module imports matplotlib with its QtAgg backend, so only the Progress
tab imports it, the first time it is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import matplotlib

matplotlib.use("QtAgg")

from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QAction, QCursor, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QMenu,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.charts.base import ChartMarker, is_empty_chart, markers_of, reuse_layout
from mentorjournal.charts.progress_charts import CHARTS
from mentorjournal.charts.theme import ChartTheme, theme_named
from mentorjournal.core.progress import ProgressView

log = logging.getLogger(__name__)
Builder = Callable[[ProgressView, ChartTheme], Figure]
EXPORT_FORMATS = {"png": "PNG image", "svg": "SVG drawing", "pdf": "PDF document"}
HEIGHTS = {"momentum": 320, "topics": 320, "experiments": 280}
HIT_PIXELS = 8.0
KEPT_CANVASES = 3  # per chart: flipping between recent ranges shows a drawn canvas


class ChartCard(QFrame):
    """One chart: its canvas, a hover tooltip for markers, and an export menu."""

    session_clicked = Signal(str)
    exported = Signal(str)
    drawn = Signal()

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pending: tuple[Builder, ProgressView, ChartTheme] | None = None
        # Recent drawings, newest last: (view, theme, figure, canvas). Progress views are
        # cached by data version, so an unchanged journal gives back the same view
        # object and its canvas, already rendered, can simply be shown again.
        self._kept: list[tuple[ProgressView, ChartTheme, Figure, FigureCanvasQTAgg]] = []
        self.key = key
        self.title = title
        self.setObjectName(f"{key}Chart")
        self.figure: Figure | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self.setFixedHeight(HEIGHTS.get(key, 250))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_export_button()

    def _place_export_button(self) -> None:
        hint = self.export_button.sizeHint()
        self.export_button.setGeometry(self.width() - hint.width() - 6, 4, hint.width(),
                                       hint.height())
        self.export_button.raise_()

    def show_chart(self, builder: Builder, view: ProgressView, theme: ChartTheme) -> None:
        """Build the chart once it can be seen: charts scrolled out of sight cost nothing
        until the user scrolls to them (a paint of the card or its canvas says so)."""
        kept = next((k for k in self._kept if k[0] is view and k[1] is theme), None)
        if kept is not None:
            self._pending = None
            self._show_canvas(kept)
            return
        self._pending = (builder, view, theme)
        seen = self.canvas if self.canvas is not None else self  # the canvas covers the card
        if self.isVisible() and not seen.visibleRegion().isEmpty():
            QTimer.singleShot(0, self.ensure_drawn)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._pending is not None:
            QTimer.singleShot(0, self.ensure_drawn)  # not while painting

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._pending is not None:
            QTimer.singleShot(0, self.ensure_drawn)
        return False

    def ensure_drawn(self) -> None:
        if self._pending is None:
            return
        builder, view, theme = self._pending
        self._pending = None
        canvas = self.set_figure(builder(view, theme))
        self._kept.append((view, theme, canvas.figure, canvas))
        while len(self._kept) > KEPT_CANVASES:
            _view, _theme, _figure, old = self._kept.pop(0)
            if old is not self.canvas:
                self._release(old)
        self.drawn.emit()

    def _show_canvas(self, kept: tuple[ProgressView, ChartTheme, Figure,
                                       FigureCanvasQTAgg]) -> None:
        self._kept.remove(kept)
        self._kept.append(kept)
        if self.canvas is kept[3]:
            return
        if self.canvas is not None:
            self.canvas.hide()
        self.figure, self.canvas = kept[2], kept[3]
        self.canvas.show()
        self._place_export_button()
        self.drawn.emit()

    def _release(self, canvas: FigureCanvasQTAgg) -> None:
        self._layout.removeWidget(canvas)
        canvas.setParent(None)
        canvas.deleteLater()

    def set_figure(self, figure: Figure) -> FigureCanvasQTAgg:
        """Show `figure` in a fresh canvas; the old one is hidden (or released if it is
        not one of the kept drawings)."""
        previous = self.figure
        if self.canvas is not None:
            if any(k[3] is self.canvas for k in self._kept):
                self.canvas.hide()
            else:
                self._release(self.canvas)
        self.figure = figure
        # Start at the card's size so the first draw is the only one.
        figure.set_size_inches(max(self.width(), 200) / figure.dpi,
                               max(self.height(), 100) / figure.dpi)
        if previous is not None and not is_empty_chart(previous) \
                and not is_empty_chart(figure):
            reuse_layout(figure, previous)
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setAccessibleName(self.title)
        self.canvas.setMouseTracking(True)
        self.canvas.installEventFilter(self)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("button_press_event", self._on_press)
        self._layout.addWidget(self.canvas, 1)
        self._place_export_button()
        return self.canvas

    # ----- hover and click -----------------------------------------------------------
    def marker_at(self, x: float, y: float) -> ChartMarker | None:
        """The marker under display pixel (x, y), measured from the figure's bottom left."""
        if self.figure is None:
            return None
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
        assert self.figure is not None and self.canvas is not None
        px, py = self.figure.axes[marker.axes_index].transData.transform((marker.x, marker.y))
        ratio = self.canvas.devicePixelRatioF() or 1.0
        return QPoint(round(px / ratio), round(self.canvas.height() - py / ratio))

    def _on_motion(self, event: MouseEvent) -> None:
        marker = self.marker_at(event.x, event.y) if event.x is not None else None
        if marker is None:
            QToolTip.hideText()
            return
        hint = "\n(click to open this check-in)" if marker.session_id else ""
        QToolTip.showText(QCursor.pos(), marker.label + hint, self.canvas)

    def _on_press(self, event: MouseEvent) -> None:
        if event.button != 1 or event.x is None:
            return
        marker = self.marker_at(event.x, event.y)
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
        if self.figure is None:
            return
        try:
            self.figure.savefig(path, format=suffix, facecolor=self.figure.get_facecolor())
        except OSError as exc:
            self.exported.emit(f"Could not save the chart to {path}: {exc.strerror}.")
            return
        self.exported.emit(f"Saved the {self.title.lower()} chart to {path}.")


class ChartsPanel(QWidget):
    """Every Progress chart, one card each, stacked in display order."""

    session_clicked = Signal(str)
    exported = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.setSpacing(14)
        self.cards: dict[str, ChartCard] = {}
        for key, title, _builder in CHARTS:
            card = ChartCard(key, title)
            card.session_clicked.connect(self.session_clicked)
            card.exported.connect(self.exported)
            layout.addWidget(card)
            self.cards[key] = card
        layout.addStretch(1)

    def show_view(self, view: ProgressView, theme_name: str) -> None:
        theme = theme_named(theme_name)
        for key, _title, builder in CHARTS:
            self.cards[key].show_chart(builder, view, theme)

    def draw_all(self) -> None:
        """Build every chart now, seen or not (for export of all, and for tests)."""
        for card in self.cards.values():
            card.ensure_drawn()
