"""The chart builders alone (no Qt): both themes, empty states, vector output, and
categories that differ by more than colour."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from matplotlib.collections import PathCollection
from matplotlib.patches import Rectangle

from mentorjournal.charts.base import empty_message, is_empty_chart, markers_of
from mentorjournal.charts.progress_charts import CHARTS, experiments_chart
from mentorjournal.charts.theme import DARK, LIGHT, PRINT
from mentorjournal.core.progress import build_view
from mentorjournal.core.progress_data import (
    ActionEvent,
    ContributionEvent,
    ExperimentEvent,
    IntroductionEvent,
    JournalSnapshot,
    SessionEvent,
)

TODAY = date(2026, 6, 30)
START = TODAY - timedelta(days=180)


def _snapshot() -> JournalSnapshot:
    days = [START + timedelta(days=14 * k) for k in range(12)]
    return JournalSnapshot(
        sessions=tuple(SessionEvent(f"s{k}", "m", d, ("writing",)) for k, d in enumerate(days)),
        experiments=(
            ExperimentEvent("m", "Brief first", days[0], days[2], "concluded", "confirmed",
                            days[2], True),
            ExperimentEvent("m", "Office hours", days[3], days[5], "concluded", "refuted",
                            days[5], True),
            ExperimentEvent("m", "Guild talk", days[8], None, "running")),
        actions=(ActionEvent("m", days[0], days[1], "done", days[1]),
                 ActionEvent("m", days[1], days[2], "open")),
        contributions=(ContributionEvent("m", "given", days[1]),),
        introductions=(IntroductionEvent("m", "Mei", days[2], days[3]),))


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_every_chart_draws_in_both_themes(theme) -> None:  # type: ignore[no-untyped-def]
    view = build_view(_snapshot(), START, TODAY, TODAY)
    for key, _title, builder in CHARTS:
        figure = builder(view, theme)
        assert not is_empty_chart(figure), key
        assert figure.get_facecolor()[:3] == pytest.approx(
            tuple(int(theme.background[i:i + 2], 16) / 255 for i in (1, 3, 5))), key
    momentum = CHARTS[0][2](view, theme)
    sessions = [m for m in markers_of(momentum) if m.session_id]
    assert [m.session_id for m in sessions] == [f"s{k}" for k in range(12)]


def test_print_theme_swaps_hatches_for_dashed_outlines_and_markers() -> None:
    """The PDF report draws no hatch (Qt's SVG renderer takes ~0.7 s per hatched chart)
    but still tells outcomes apart without colour: outlines, markers, labels."""
    view = build_view(_snapshot(), START, TODAY, TODAY)
    for _key, _title, builder in CHARTS:
        figure = builder(view, PRINT)
        for ax in figure.axes:
            for artist in [*ax.collections, *ax.patches]:
                assert not artist.get_hatch(), _key
    figure = experiments_chart(view, PRINT)
    handles = [h for h in figure.axes[0].get_legend().legend_handles
               if isinstance(h, Rectangle)]
    styles = {(h.get_linestyle(), tuple(h.get_edgecolor())) for h in handles}
    assert len(styles) == 2  # confirmed keeps a plain edge, the others are dashed
    markers = {c.get_paths()[0].vertices.tobytes() for c in figure.axes[0].collections
               if isinstance(c, PathCollection)}
    assert len(markers) == 3  # one marker shape per outcome shown


def test_outcomes_differ_by_hatch_and_label_not_only_colour() -> None:
    view = build_view(_snapshot(), START, TODAY, TODAY)
    figure = experiments_chart(view, LIGHT)
    legend = figure.axes[0].get_legend()
    labels = [t.get_text() for t in legend.get_texts()]
    assert labels == ["Confirmed", "Refuted", "Running or planned"]
    hatches = [h.get_hatch() for h in legend.legend_handles if isinstance(h, Rectangle)]
    assert len(set(hatches)) == 3


def test_empty_view_gives_each_chart_an_explanation() -> None:
    view = build_view(JournalSnapshot(), START, TODAY, TODAY)
    messages = set()
    for key, _title, builder in CHARTS:
        figure = builder(view, LIGHT)
        assert is_empty_chart(figure), key
        messages.add(empty_message(figure))
    assert len(messages) == len(CHARTS)  # each says what it would show


def test_charts_export_as_vector_svg_and_pdf() -> None:
    view = build_view(_snapshot(), START, TODAY, TODAY)
    figure = CHARTS[0][2](view, LIGHT)
    svg, pdf = io.BytesIO(), io.BytesIO()
    figure.savefig(svg, format="svg")
    figure.savefig(pdf, format="pdf")
    assert b"<svg" in svg.getvalue() and b"<image" not in svg.getvalue()  # no raster
    assert pdf.getvalue().startswith(b"%PDF-")


def test_many_experiments_share_lanes_and_are_named_on_hover() -> None:
    """Ten years hold hundreds of experiments: more than fit as named lanes are packed
    into shared lanes (as many as run at once), drawn as one collection per outcome, and
    each stays readable by hover; outcomes still differ by marker shape."""
    from dataclasses import replace

    from matplotlib.lines import Line2D

    from mentorjournal.charts.progress_charts import MAX_NAMED_LANES

    count = MAX_NAMED_LANES * 3
    experiments = tuple(  # three at a time, each 10 days, one after another
        ExperimentEvent("m", f"Experiment {k}", START + timedelta(days=12 * (k // 3)),
                        START + timedelta(days=12 * (k // 3) + 10), "concluded",
                        ("confirmed", "refuted", "inconclusive")[k % 3],
                        START + timedelta(days=12 * (k // 3) + 10), True)
        for k in range(count))
    view = build_view(replace(_snapshot(), experiments=experiments), START, TODAY, TODAY)
    figure = experiments_chart(view, LIGHT)
    ax = figure.axes[0]
    assert len(ax.get_yticks()) == 0  # no name per lane
    lanes = {round(m.y) for m in markers_of(figure)}
    assert lanes == {0, 1, 2}  # three run at once: three lanes
    assert sorted(m.label.split("\n")[0] for m in markers_of(figure)) == sorted(
        e.title for e in experiments)
    assert len(ax.collections) <= 8  # a collection per outcome, not an artist per bar
    handles = ax.get_legend().legend_handles
    assert all(isinstance(h, Line2D) for h in handles)
    assert len({h.get_marker() for h in handles}) == 3  # one shape per outcome
