"""The Progress tab's other charts: cadence, actions, experiments, topics, people.

Each builder is `function(view, theme) -> Figure`, Qt-free, and returns an empty-state
figure that says what would appear when the range holds nothing to draw.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from matplotlib import colormaps
from matplotlib.artist import Artist
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from mentorjournal.charts.base import (
    ChartMarker,
    add_marker,
    date_axis,
    day_num,
    empty_chart,
    legend,
    new_figure,
    set_title,
)
from mentorjournal.charts.catalog import CHART_TITLES
from mentorjournal.charts.momentum import momentum_chart
from mentorjournal.charts.theme import ChartTheme
from mentorjournal.core.metrics_people import THANKS_WITHIN_DAYS
from mentorjournal.core.progress import ProgressView

MAX_TOPICS = 12
MIN_LANES = 4
MAX_NAMED_LANES = 14  # more experiments than this share lanes, named on hover only


def cadence_chart(view: ProgressView, theme: ChartTheme) -> Figure:
    title = "Days between check-ins vs the agreed cadence"
    if not view.gaps:
        return empty_chart(theme, title, "Once you have two check-ins in this range, the "
                           "days between them will appear here as bars, beside the cadence "
                           "your charter asks for.")
    figure, ax = new_figure(theme, title)
    late = [g for g in view.gaps if g.planned_days and g.gap_days > 1.25 * g.planned_days]
    fine = [g for g in view.gaps if g not in late]
    width = max(1.5, (view.end - view.start).days / 120)
    for gaps, colour, hatch, label in ((fine, theme.accent, "", "Days since previous"),
                                       (late, theme.warning, "////", "Longer than planned")):
        if gaps:
            # One collection of rectangles instead of ax.bar's patch per bar: ten years
            # of check-ins are 500 bars, and 500 patches cost 0.3 s to add and draw.
            half = width / 2
            boxes = [[(x - half, 0.0), (x - half, h), (x + half, h), (x + half, 0.0)]
                     for x, h in ((day_num(g.held_on), g.gap_days) for g in gaps)]
            edges = theme.cue_edges(hatch)
            ax.add_collection(PolyCollection(
                boxes, facecolors=colour, edgecolors=edges["edgecolor"],
                hatch=theme.hatch(hatch), linewidths=edges.get("linewidth", 0.8),
                linestyles=edges.get("linestyle", "solid"), label=label), autolim=True)
    for g in view.gaps:
        plan = f", planned every {g.planned_days}" if g.planned_days else ""
        add_marker(figure, ChartMarker(0, day_num(g.held_on), g.gap_days,
                                       f"{g.gap_days} days before the check-in on "
                                       f"{g.held_on:%d %b %Y}{plan}", g.session_id))
    planned = [(day_num(g.held_on), g.planned_days) for g in view.gaps if g.planned_days]
    if planned:  # a dash on each bar: the cadence in force before that check-in
        ax.scatter([p[0] for p in planned], [p[1] for p in planned], marker="_",
                   s=max(30.0, 4 * width) ** 1.2, linewidths=2, color=theme.text, zorder=3,
                   label="Planned cadence")
    ax.autoscale_view()
    ax.set_ylim(bottom=0)  # bars stand on zero, as ax.bar's would
    ax.set_ylabel("days")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    date_axis(ax, view.start, view.end)
    legend(ax, theme, loc="upper left", ncols=3, bbox_to_anchor=(0, -0.12))
    return figure


def actions_chart(view: ProgressView, theme: ChartTheme) -> Figure:
    title = "Actions opened vs done"
    if not view.burnup or (view.burnup[-1][1] == 0 and view.burnup[-1][2] == 0):
        return empty_chart(theme, title, "Actions agreed in check-ins will be counted "
                           "here: one line for those opened, one for those done, so the "
                           "gap between them shows what is still waiting.")
    figure, ax = new_figure(theme, title)
    xs = [day_num(d) for d, _o, _d in view.burnup]
    opened = [o for _d, o, _x in view.burnup]
    done = [x for _d, _o, x in view.burnup]
    ax.step(xs, opened, where="post", color=theme.accent, linewidth=1.8, label="Opened")
    ax.step(xs, done, where="post", color=theme.second, linewidth=1.8, linestyle="-.",
            label="Done")
    ax.fill_between(xs, done, opened, step="post", color=theme.accent, alpha=0.1,
                    linewidth=0, label="Still open")
    due = sum(m.due for m in view.follow_through)
    on_time = sum(m.done_on_time for m in view.follow_through)
    if due:
        ax.text(0.99, 0.04, f"Done by the due date: {on_time} of {due} "
                f"({100 * on_time / due:.0f}%)", transform=ax.transAxes, ha="right",
                fontsize=8, color=theme.text)
    ax.set_ylabel("actions")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    date_axis(ax, view.start, view.end)
    legend(ax, theme, loc="upper left")
    return figure


def experiments_chart(view: ProgressView, theme: ChartTheme) -> Figure:
    title = "Experiments"
    if not view.experiments:
        return empty_chart(theme, title, "Each experiment will appear here as a lane from "
                           "its start to its end, marked by what it showed: confirmed, "
                           "refuted or inconclusive.")
    figure, ax = new_figure(theme, title)
    learned = sum(m.total for m in view.learning)
    many = len(view.experiments) > MAX_NAMED_LANES
    # The same title on screen and in the report: hovering a bar names it in the app.
    set_title(ax, theme, f"Experiments · {learned} concluded with a learning in this range")
    spans = []  # (lane, x0, x1, outcome key, experiment)
    lane_ends: list[float] = []
    ordered = sorted(view.experiments, key=lambda e: e.starts_on or view.start) if many \
        else list(reversed(view.experiments))
    for index, exp in enumerate(ordered):
        assert exp.starts_on is not None
        end = exp.concluded_on or exp.ends_on or view.today
        key = exp.outcome if exp.status == "concluded" and exp.outcome else "running"
        x0, x1 = day_num(max(exp.starts_on, view.start)), day_num(min(end, view.end))
        x1 = x0 + max(x1 - x0, 1.0)
        if many:  # pack: the first lane free again by this start (a day's gap)
            lane = next((i for i, last in enumerate(lane_ends) if last + 1 < x0),
                        len(lane_ends))
            if lane == len(lane_ends):
                lane_ends.append(x1)
            lane_ends[lane] = x1
        else:
            lane = index
        spans.append((lane, x0, x1, key, exp, end))
    shown: set[str] = set()
    for key in ("confirmed", "refuted", "inconclusive", "running"):
        mine = [s for s in spans if s[3] == key]
        if not mine:
            continue
        shown.add(key)
        style = theme.outcomes[key]
        # Packed lanes of hundreds of bars a few pixels wide: a hatch could not be seen
        # and costs Agg about a second; the end markers' shapes tell the outcomes apart.
        hatch = "" if many else style.hatch
        edges = theme.cue_edges(hatch)
        # One collection per outcome: ten years hold hundreds of experiments, and an
        # artist per bar cost seconds and megabytes.
        ax.add_collection(PolyCollection(
            [[(x0, lane - 0.35), (x0, lane + 0.35), (x1, lane + 0.35), (x1, lane - 0.35)]
             for lane, x0, x1, *_rest in mine],
            facecolors=style.colour, edgecolors=edges["edgecolor"],
            hatch=theme.hatch(hatch), linewidths=edges.get("linewidth", 0.8),
            linestyles=edges.get("linestyle", "solid")), autolim=True)
        ax.scatter([x1 for _lane, _x0, x1, *_rest in mine], [s[0] for s in mine],
                   marker=style.marker, s=36, color=style.colour, edgecolors=theme.text,
                   linewidths=0.5, zorder=3, clip_on=False)
    for lane, x0, x1, key, exp, end in spans:
        add_marker(figure, ChartMarker(0, x0, lane, f"{exp.title}\n{exp.starts_on:%d %b %Y} – "
                                       f"{end:%d %b %Y}, {theme.outcomes[key].label.lower()}",
                                       None, x1))
    lanes = len(lane_ends) if many else len(spans)
    if many:
        ax.set_yticks([])
        ax.set_ylabel("running at once")
    else:
        labels = [e.title if len(e.title) <= 28 else e.title[:27] + "…" for e in ordered]
        ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(-0.7, max(lanes, MIN_LANES) - 0.3)  # one experiment is no fat slab
    ax.grid(False, axis="y")
    date_axis(ax, view.start, view.end)
    keys = [k for k in ("confirmed", "refuted", "inconclusive", "running") if k in shown]
    handles: list[Artist] = [
        Line2D([], [], linestyle="none", marker=theme.outcomes[k].marker, markersize=7,
               color=theme.outcomes[k].colour, markeredgecolor=theme.text,
               markeredgewidth=0.5, label=theme.outcomes[k].label) for k in keys] if many \
        else [Patch(facecolor=theme.outcomes[k].colour,
                    hatch=theme.hatch(theme.outcomes[k].hatch),
                    **theme.cue_edges(theme.outcomes[k].hatch),  # type: ignore[arg-type]
                    label=theme.outcomes[k].label) for k in keys]
    legend(ax, theme, handles, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return figure


def topics_chart(view: ProgressView, theme: ChartTheme) -> Figure:
    rotation = view.topics
    title = "Topics by month"
    if not rotation.topics:
        return empty_chart(theme, title, "Tag your check-ins with topics and this grid "
                           "will show which ones you discussed each month, and warn when "
                           "the same few keep coming back.")
    figure, ax = new_figure(theme, title)
    if view.stagnation.stagnant:
        set_title(ax, theme, f"{title} · the last {view.stagnation.streak} check-ins kept "
                  f"to {', '.join(view.stagnation.topics)}", theme.warning)
    topics = rotation.topics[:MAX_TOPICS]
    counts = rotation.counts[:MAX_TOPICS]
    cmap = colormaps[theme.heatmap].with_extremes(bad=theme.background)
    # pcolormesh, not imshow: it stays vector in SVG and PDF (the report embeds no image);
    # months without a topic stay blank.
    image = ax.pcolormesh(np.arange(len(rotation.months) + 1) - 0.5,
                          np.arange(len(topics) + 1) - 0.5, np.ma.masked_equal(counts, 0),
                          cmap=cmap, vmin=0, edgecolors="none")
    ax.set_ylim(len(topics) - 0.5, -0.5)  # first topic on top, as in a table
    ax.set_yticks(range(len(topics)), topics)
    step = max(1, len(rotation.months) // 12)
    ticks = list(range(0, len(rotation.months), step))
    ax.set_xticks(ticks, [rotation.months[j].strftime("%b\n%Y" if rotation.months[j].month
                                                      == 1 or j == 0 else "%b")
                          for j in ticks])
    ax.grid(False)
    for i, topic in enumerate(topics):
        for j, month in enumerate(rotation.months):
            if counts[i][j]:
                add_marker(figure, ChartMarker(0, j, i, f"{topic}: {counts[i][j]} "
                                               f"check-in(s) in {month:%B %Y}"))
    bar = figure.colorbar(image, ax=ax, fraction=0.03, pad=0.01)
    if bar.solids is not None:
        bar.solids.set_rasterized(False)  # keep the scale a vector too
    bar.ax.tick_params(colors=theme.muted, labelsize=7)
    bar.ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    bar.set_label("check-ins", color=theme.muted, fontsize=7)
    bar.outline.set_edgecolor(theme.grid)
    return figure


def reciprocity_chart(view: ProgressView, theme: ChartTheme) -> Figure:
    title = "Reciprocity: contributions given and received"
    quarters = view.reciprocity
    if not any(q.given or q.received for q in quarters):
        return empty_chart(theme, title, "What you give your counterpart (perspectives, "
                           "trends, feedback) and what you receive will be compared here, "
                           "quarter by quarter.")
    figure, ax = new_figure(theme, title)
    xs = list(range(len(quarters)))
    ax.bar([x - 0.2 for x in xs], [q.given for q in quarters], width=0.4, color=theme.accent,
           edgecolor=theme.background, label="Given")
    ax.bar([x + 0.2 for x in xs], [q.received for q in quarters], width=0.4,
           color=theme.second, hatch=theme.hatch("\\\\\\"), label="Received",
           **theme.cue_edges("\\\\\\"))  # type: ignore[arg-type]
    for x, q in zip(xs, quarters, strict=True):
        add_marker(figure, ChartMarker(0, x, max(q.given, q.received),
                                       f"{q.label}: gave {q.given}, received {q.received} "
                                       f"(balance {q.balance:+d})", None, None))
    ax.set_xticks(xs, [q.label for q in quarters])
    ax.set_ylabel("contributions")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    legend(ax, theme, loc="upper left", ncols=2, bbox_to_anchor=(0, -0.12))
    return figure


def network_chart(view: ProgressView, theme: ChartTheme) -> Figure:
    title = "Network: people met through the mentorship"
    growth = view.network
    if not growth.points:
        return empty_chart(theme, title, "Introductions will be counted here as your "
                           "network grows, with the share you thanked within a week.")
    figure, ax = new_figure(theme, title)
    first = growth.points[0][1] - 1
    xs = [day_num(view.start)] + [day_num(d) for d, _n, _w in growth.points] \
        + [day_num(view.end)]
    ys = [first] + [n for _d, n, _w in growth.points] + [growth.points[-1][1]]
    ax.step(xs, ys, where="post", color=theme.accent, linewidth=1.8, label="People met")
    ax.scatter(xs[1:-1], ys[1:-1], s=30, marker="o", color=theme.accent, zorder=3)
    for d, n, who in growth.points:
        add_marker(figure, ChartMarker(0, day_num(d), n, f"Met {who} on {d:%d %b %Y}"))
    share = growth.thanked_share
    if share is not None:
        ax.text(0.99, 0.04, f"Thanked within {THANKS_WITHIN_DAYS} days: "
                f"{growth.thanked_promptly} of {growth.thank_eligible} ({share:.0%})",
                transform=ax.transAxes, ha="right", fontsize=8, color=theme.text)
    ax.set_ylim(0, max(ys) + 1)
    ax.set_ylabel("people")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    date_axis(ax, view.start, view.end)
    return figure


#: Every chart of the tab, in display order: (key, title, builder).
_BUILDERS: dict[str, Callable[[ProgressView, ChartTheme], Figure]] = {
    "momentum": momentum_chart, "cadence": cadence_chart, "actions": actions_chart,
    "experiments": experiments_chart, "topics": topics_chart,
    "reciprocity": reciprocity_chart, "network": network_chart,
}
CHARTS: tuple[tuple[str, str, Callable[[ProgressView, ChartTheme], Figure]], ...] = tuple(
    (key, title, _BUILDERS[key]) for key, title in CHART_TITLES)
