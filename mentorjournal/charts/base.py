"""What every chart shares: a themed Figure, empty states, dates, hover markers.

Builders make a `matplotlib.figure.Figure` directly (never pyplot), so the same figure
can sit in a Qt canvas or be written as vector PDF/SVG by the report.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from matplotlib import dates as mdates
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine

from mentorjournal.charts.theme import ChartTheme

FIGSIZE = (8.0, 2.8)


@dataclass(frozen=True)
class ChartMarker:
    """Something on a chart a pointer can rest on: a point, or a span when `x_end` is set."""

    axes_index: int
    x: float
    y: float
    label: str
    session_id: str | None = None
    x_end: float | None = None


_MARKERS: weakref.WeakKeyDictionary[Figure, list[ChartMarker]] = weakref.WeakKeyDictionary()


def markers_of(figure: Figure) -> list[ChartMarker]:
    """The hover markers a builder registered on `figure` (empty for other figures)."""
    return _MARKERS.get(figure, [])


def add_marker(figure: Figure, marker: ChartMarker) -> None:
    _MARKERS.setdefault(figure, []).append(marker)


def day_num(day: date) -> float:
    """A date (at noon) as matplotlib's float day number.

    Plain arithmetic on the ordinal: `date2num` costs about 25 µs a call, and a ten-year
    chart converts thousands of dates per redraw (profiling showed 7 % of a redraw).
    """
    return float(day.toordinal() - _epoch_ordinal()) + 0.5


def _epoch_ordinal() -> int:
    """matplotlib's date epoch (a setting, 1970-01-01 by default) as an ordinal."""
    epoch = mdates.get_epoch()
    cached = _EPOCH.get(epoch)
    if cached is None:
        offset = round(float(mdates.date2num(datetime.combine(date(1970, 1, 1), time(0)))))
        cached = _EPOCH[epoch] = date(1970, 1, 1).toordinal() - offset
    return cached


_EPOCH: dict[str, int] = {}


class SizeCachedConstrainedLayout(ConstrainedLayoutEngine):
    """Constrained layout that runs again only when the figure's size or dpi changed.

    Laying out costs about half of a draw, and a chart is redrawn at the same size on
    every expose; its artists do not change after it is built.
    """

    def __init__(self) -> None:
        super().__init__()
        self._laid_out_for: tuple[float, float, float] | None = None

    def execute(self, fig: Any) -> Any:
        width, height = fig.get_size_inches()
        size = (float(width), float(height), float(fig.dpi))
        if size == self._laid_out_for:
            return None
        self._laid_out_for = size
        return super().execute(fig)


def reuse_layout(figure: Figure, previous: Figure) -> bool:
    """Give `figure` the axes positions `previous` was laid out with, skipping layout.

    A redraw of the same chart at the same size (another date range) gets the same
    margins give or take a tick label, and constrained layout costs 80 ms a chart on a
    ten-year journal. Only when both figures have the same axes and size; a resize
    lays the figure out again as usual.
    """
    engine, old_engine = figure.get_layout_engine(), previous.get_layout_engine()
    if not (isinstance(engine, SizeCachedConstrainedLayout)
            and isinstance(old_engine, SizeCachedConstrainedLayout)):
        return False
    size = (*map(float, figure.get_size_inches()), float(figure.dpi))
    if old_engine._laid_out_for != size or len(figure.axes) != len(previous.axes):
        return False
    if [type(a) for a in figure.axes] != [type(a) for a in previous.axes]:
        return False
    for ax, old in zip(figure.axes, previous.axes, strict=True):
        # The stored boxes, not get_position(): that would apply the aspect on the old
        # axes and mark a kept (already rendered) figure stale.
        ax._set_position(old._originalPosition.frozen(), which="original")  # type: ignore[attr-defined]
        ax._set_position(old._position.frozen(), which="active")  # type: ignore[attr-defined]
    engine._laid_out_for = size
    return True


def new_figure(theme: ChartTheme, title: str) -> tuple[Figure, Axes]:
    figure = Figure(figsize=FIGSIZE, dpi=100, facecolor=theme.background,
                    layout=SizeCachedConstrainedLayout())
    ax = figure.add_subplot()
    style_axes(ax, theme)
    set_title(ax, theme, title)
    return figure, ax


def set_title(ax: Axes, theme: ChartTheme, title: str, colour: str | None = None) -> None:
    """The chart's title, top left; the padding leaves room for the Export button."""
    # An explicit y keeps matplotlib from placing the title anew on every draw, which
    # measures every tick label of the axes (about 10 ms a chart); nothing sits above
    # these axes, so the automatic place would be the same.
    ax.set_title(title, loc="left", color=colour or theme.text, fontsize=10,
                 fontweight="bold", pad=12, y=1.0)


def style_axes(ax: Axes, theme: ChartTheme) -> None:
    ax.set_facecolor(theme.background)
    for side, spine in ax.spines.items():
        spine.set_visible(side in ("left", "bottom"))
        spine.set_color(theme.grid)
    ax.tick_params(colors=theme.muted, labelsize=8)
    ax.yaxis.label.set_color(theme.muted)
    ax.xaxis.label.set_color(theme.muted)
    ax.grid(True, axis="y", color=theme.grid, linewidth=0.6)
    ax.set_axisbelow(True)


def date_axis(ax: Axes, start: date, end: date) -> None:
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_xlim(day_num(start) - 0.5, day_num(end) + 0.5)


def legend(ax: Axes, theme: ChartTheme, extra: Sequence[Artist] = (), **kwargs: Any) -> None:
    """A frameless legend; `extra` adds handles that are not plotted (e.g. hatch keys)."""
    handles, _labels = ax.get_legend_handles_labels()
    handles = [*handles, *extra]
    if not handles:
        return
    ax.legend(handles=handles, fontsize=7.5, frameon=False, labelcolor=theme.text, **kwargs)


def empty_chart(theme: ChartTheme, title: str, message: str) -> Figure:
    """An empty state: the title, and in plain words what would appear here."""
    figure, ax = new_figure(theme, title)
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", wrap=True, fontsize=9,
            color=theme.muted, transform=ax.transAxes)
    figure.set_label("empty")
    return figure


def is_empty_chart(figure: Figure) -> bool:
    return figure.get_label() == "empty"


def empty_message(figure: Figure) -> str:
    texts = [t.get_text() for ax in figure.axes for t in ax.texts]
    return texts[0] if texts else ""
