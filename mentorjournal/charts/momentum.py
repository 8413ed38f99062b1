"""The momentum timeline: the score, with what moved it marked along the way."""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from mentorjournal.charts.base import (
    ChartMarker,
    add_marker,
    date_axis,
    day_num,
    empty_chart,
    legend,
    new_figure,
)
from mentorjournal.charts.theme import ChartTheme
from mentorjournal.core.progress import ProgressView

TITLE = "Momentum"
EMPTY = ("Your momentum score (0–100) will rise here as you hold check-ins, finish "
         "actions, conclude experiments and reach milestones, and ease off when nothing "
         "happens. Check-ins, milestones, experiments and charter revisions are marked.")
LANE = (1.0, 7.0)  # y band of the experiment spans, below the score


def momentum_chart(view: ProgressView, theme: ChartTheme) -> Figure:
    if not view.events and not view.experiments and max(
            (v for _d, v in view.momentum), default=0) < 0.5:
        return empty_chart(theme, TITLE, EMPTY)
    figure, ax = new_figure(theme, TITLE)
    score = {d: v for d, v in view.momentum}
    xs = [day_num(d) for d, _v in view.momentum]
    ys = [v for _d, v in view.momentum]
    ax.fill_between(xs, ys, color=theme.accent, alpha=0.12, linewidth=0)
    ax.plot(xs, ys, color=theme.accent, linewidth=1.8, label="Momentum")
    extra = _experiment_spans(figure, ax, view, theme)
    sessions = [e for e in view.events if e.kind == "session"]
    if sessions:
        sx = [day_num(e.day) for e in sessions]
        sy = [score.get(e.day, 0.0) for e in sessions]
        ax.scatter(sx, sy, s=22, marker="o", color=theme.session, edgecolors=theme.background,
                   linewidths=0.8, zorder=4, label="Check-in")  # the GUI tooltip says it opens
        by_id = {s.id: s for s in view.snapshot.sessions}
        for e, x, y in zip(sessions, sx, sy, strict=True):
            agenda = by_id[e.session_id].label if e.session_id in by_id else ""
            topics = ", ".join(by_id[e.session_id].topics) if e.session_id in by_id else ""
            text = f"Check-in on {e.day:%d %b %Y}" + (f"\nTopics: {topics}" if topics else "")
            if agenda:
                text += f"\n{agenda.splitlines()[0][:80]}"
            add_marker(figure, ChartMarker(0, x, y, text, e.session_id))
    milestones = [e for e in view.events if e.kind == "milestone"]
    if milestones:
        mx_ = [day_num(e.day) for e in milestones]
        ax.scatter(mx_, [96] * len(mx_), s=70, marker="*", color=theme.milestone, zorder=4,
                   label="Milestone reached")
        for e, x in zip(milestones, mx_, strict=True):
            add_marker(figure, ChartMarker(0, x, 96, f"{e.label} ({e.day:%d %b %Y})"))
    revisions = [e for e in view.events if e.kind == "charter"]
    for i, e in enumerate(revisions):
        x = day_num(e.day)
        ax.axvline(x, color=theme.charter, linestyle="--", linewidth=1, zorder=1,
                   label="Charter revised or reviewed" if i == 0 else None)
        ax.scatter([x], [100], s=30, marker="D", color=theme.charter, zorder=4, clip_on=False)
        add_marker(figure, ChartMarker(0, x, 100, f"{e.label} ({e.day:%d %b %Y})"))
    ax.set_ylim(0, 104)
    ax.set_ylabel("score")
    date_axis(ax, view.start, view.end)
    legend(ax, theme, extra, loc="upper left", ncols=4, bbox_to_anchor=(0, -0.1))
    return figure


def _experiment_spans(figure: Figure, ax: Axes, view: ProgressView,
                      theme: ChartTheme) -> list[Patch]:
    """Draw experiment spans in a band under the score; returns their legend entries."""
    shown: set[str] = set()
    # One collection per outcome, not one per experiment: ten years hold hundreds.
    spans: dict[str, list[tuple[float, float]]] = {}
    for exp in view.experiments:
        assert exp.starts_on is not None
        end = exp.concluded_on or exp.ends_on or view.today
        key = exp.outcome if exp.status == "concluded" and exp.outcome else "running"
        if key not in theme.outcomes:
            key = "inconclusive"
        style = theme.outcomes[key]
        x0, x1 = day_num(max(exp.starts_on, view.start)), day_num(min(end, view.end))
        spans.setdefault(key, []).append((x0, max(x1 - x0, 1.0)))
        shown.add(key)
        add_marker(figure, ChartMarker(
            0, x0, sum(LANE) / 2,
            f"Experiment: {exp.title}\n{exp.starts_on:%d %b %Y} – {end:%d %b %Y}, "
            f"{style.label.lower()}", None, x0 + max(x1 - x0, 1.0)))
    for key, ranges in spans.items():
        style = theme.outcomes[key]
        edges = theme.cue_edges(style.hatch)
        ax.broken_barh(ranges, LANE, facecolors=style.colour, hatch=theme.hatch(style.hatch),
                       alpha=0.85, zorder=2, **edges)  # type: ignore[arg-type]
        # The outcome's marker at each span's end: a cue that is neither colour nor hatch.
        ax.scatter([x0 + width for x0, width in ranges], [sum(LANE) / 2] * len(ranges),
                   marker=style.marker, s=18, color=style.colour, edgecolors=theme.text,
                   linewidths=0.4, zorder=3)
    return [Patch(facecolor=theme.outcomes[k].colour, hatch=theme.hatch(theme.outcomes[k].hatch),
                  **theme.cue_edges(theme.outcomes[k].hatch),  # type: ignore[arg-type]
                  label=f"Experiment: {theme.outcomes[k].label.lower()}")
            for k in ("confirmed", "refuted", "inconclusive", "running") if k in shown]
