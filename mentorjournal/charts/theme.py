"""Chart colours for light and dark windows.

Colours come from the Okabe–Ito palette, which stays distinct for the common kinds of
colour blindness; every category also has its own hatch, marker and legend label, so
no chart relies on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class OutcomeStyle:
    label: str
    colour: str
    hatch: str
    marker: str


def _outcomes(inconclusive: str, running: str) -> dict[str, OutcomeStyle]:
    return {
        "confirmed": OutcomeStyle("Confirmed", "#009E73", "", "^"),
        "refuted": OutcomeStyle("Refuted", "#D55E00", "////", "v"),
        "inconclusive": OutcomeStyle("Inconclusive", inconclusive, "....", "o"),
        "running": OutcomeStyle("Running or planned", running, "xx", "s"),
    }


@dataclass(frozen=True)
class ChartTheme:
    name: str
    background: str
    text: str
    muted: str
    grid: str
    accent: str
    session: str
    milestone: str
    charter: str
    warning: str
    second: str  # the second series of a pair (done, received)
    heatmap: str  # a matplotlib colormap name
    outcomes: dict[str, OutcomeStyle] = field(default_factory=dict)
    #: False for print: Qt's SVG renderer takes about 0.7 s to fill each hatched chart,
    #: so the PDF report draws dashed outlines and markers as the non-colour cue instead.
    hatches: bool = True

    def hatch(self, pattern: str) -> str | None:
        return pattern if (self.hatches and pattern) else None

    def cue_edges(self, pattern: str) -> dict[str, object]:
        """Edge style that stands in for a hatch when hatches are off (dashed outline)."""
        if self.hatches or not pattern:
            return {"edgecolor": self.background}
        return {"edgecolor": self.text, "linestyle": (0, (3, 2)), "linewidth": 0.9}


LIGHT = ChartTheme(
    name="light", background="#ffffff", text="#1f2328", muted="#656d76", grid="#d8dee4",
    accent="#0072B2", session="#0072B2", milestone="#E69F00", charter="#CC79A7",
    warning="#D55E00", second="#009E73", heatmap="Blues",
    outcomes=_outcomes("#7f7f7f", "#56B4E9"))

DARK = ChartTheme(
    name="dark", background="#1f2124", text="#e6e6e6", muted="#9a9ea5", grid="#3a3e44",
    accent="#56B4E9", session="#56B4E9", milestone="#F0E442", charter="#CC79A7",
    warning="#E69F00", second="#009E73", heatmap="viridis",
    outcomes=_outcomes("#a8a8a8", "#0072B2"))


PRINT = replace(LIGHT, name="print", hatches=False)


def theme_named(name: str) -> ChartTheme:
    return {"dark": DARK, "print": PRINT}.get(name, LIGHT)
