"""Which Progress charts there are, in display order, without importing matplotlib.

The Progress tab lays out one card per chart on the GUI thread, which must not load
matplotlib; the builders themselves (`progress_charts.CHARTS`) are looked up by key on
the chart worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CHART_TITLES: tuple[tuple[str, str], ...] = (
    ("momentum", "Momentum"),
    ("cadence", "Cadence"),
    ("actions", "Actions"),
    ("experiments", "Experiments"),
    ("topics", "Topics"),
    ("reciprocity", "Reciprocity"),
    ("network", "Network"),
)


def builder_for(key: str) -> Callable[[Any, Any], Any]:
    """The figure builder of chart `key` (imports matplotlib; call it off the GUI thread)."""
    from mentorjournal.charts.progress_charts import CHARTS

    return next(build for chart, _title, build in CHARTS if chart == key)
