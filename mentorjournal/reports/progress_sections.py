"""The report's progress charts (vector) and closing summary of the metrics.

The charts are the Progress tab's own builders (`mentorjournal.charts`), always in the
light theme, saved as SVG with real text (`svg.fonttype: none`) and painted into the PDF
by QtSvg, so lines stay vectors and the labels stay selectable and searchable.
Private check-ins are left out of the charts unless the report includes private entries.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from mentorjournal.core import clock
from mentorjournal.core.progress import ProgressView, build_view
from mentorjournal.core.progress_data import JournalSnapshot, read_snapshot
from mentorjournal.reports.html_bits import esc, table
from mentorjournal.reports.sections import Drawing, Section, SectionContext, register

if TYPE_CHECKING:
    from matplotlib.figure import Figure

CHART_WIDTH_MM = 170.0


def _snapshot(ctx: SectionContext) -> JournalSnapshot:
    snap = read_snapshot(ctx.conn, ctx.mentorship["id"])
    if ctx.options.include_private:
        return snap
    private = {row[0] for row in ctx.conn.execute(
        "SELECT id FROM sessions WHERE private = 1 AND mentorship_id = ?",
        (ctx.mentorship["id"],))}
    return dataclasses.replace(snap, sessions=tuple(s for s in snap.sessions
                                                    if s.id not in private))


def _view(ctx: SectionContext) -> ProgressView:
    snap = _snapshot(ctx)
    today = clock.today()
    end = ctx.options.end or today
    first = snap.first_day() or end
    start = ctx.options.start or min(first, end)
    return build_view(snap, start, end, min(today, end))


def _svg(figure: Figure) -> bytes:
    import matplotlib

    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        figure.savefig(buffer, format="svg")
    return buffer.getvalue()


def _drawing(figure: Figure) -> Drawing:
    svg = _svg(figure)
    width_in, height_in = figure.get_size_inches()
    height_mm = CHART_WIDTH_MM * height_in / width_in

    def paint(painter: Any, rect: Any) -> None:
        from PySide6.QtCore import QByteArray
        from PySide6.QtSvg import QSvgRenderer

        QSvgRenderer(QByteArray(svg)).render(painter, rect)

    return Drawing(CHART_WIDTH_MM, height_mm, paint)


def _builders() -> list[Callable[[ProgressView, Any], Figure]]:
    from mentorjournal.charts.momentum import momentum_chart
    from mentorjournal.charts.progress_charts import (
        actions_chart,
        cadence_chart,
        experiments_chart,
        network_chart,
        reciprocity_chart,
        topics_chart,
    )

    return [momentum_chart, cadence_chart, actions_chart, experiments_chart, topics_chart,
            reciprocity_chart, network_chart]


def progress_charts(ctx: SectionContext) -> str:
    from mentorjournal.charts.theme import theme_named

    view = _view(ctx)
    theme = theme_named("print")  # white paper, and dashed outlines instead of hatches
    return "".join(ctx.place(_drawing(build(view, theme))) for build in _builders())


def _percent(part: float, whole: float) -> str:
    return f"{round(100 * part / whole)}%" if whole else "—"


def _people(view: ProgressView) -> str:
    met = len(view.network.points)
    if not met:
        return "none yet"
    thanked = _percent(view.network.thanked_promptly, view.network.thank_eligible)
    return f"{met}, {thanked} thanked within a week"


def metrics_summary(ctx: SectionContext) -> str:
    view = _view(ctx)
    held = sum(m.held for m in view.cadence)
    expected = sum(m.expected for m in view.cadence)
    due = sum(m.due for m in view.follow_through)
    on_time = sum(m.done_on_time for m in view.follow_through)
    outcomes: dict[str, int] = {}
    for month in view.learning:
        for outcome, count in month.by_outcome.items():
            outcomes[outcome] = outcomes.get(outcome, 0) + count
    given = sum(q.given for q in view.reciprocity)
    received = sum(q.received for q in view.reciprocity)
    momentum_now = round(view.momentum[-1][1]) if view.momentum else 0
    rows = [
        ("Momentum at the end of the range", f"{momentum_now} of 100"),
        ("Check-ins held vs the charter's cadence",
         f"{held} held, {expected:.0f} expected ({_percent(held, expected)})"),
        ("Actions done by their due date", f"{on_time} of {due} ({_percent(on_time, due)})"),
        ("Experiments concluded with a learning",
         ", ".join(f"{n} {k}" for k, n in sorted(outcomes.items()) if n) or "none"),
        ("Reciprocity: things given / received", f"{given} / {received}"),
        ("People met through the mentorship", _people(view)),
    ]
    period = f"{view.start:%d %b %Y} – {view.end:%d %b %Y}"
    return (f"<p>{esc(period)}. {esc(view.summary)}</p>"
            + table(["Measure", "Value"], ((esc(a), esc(b)) for a, b in rows)))


register(Section("charts", "Progress charts", progress_charts))
register(Section("metrics", "Summary of the metrics", metrics_summary))
