"""The main window's tabs. Each later issue replaces one placeholder with its real tab.

`TAB_SPECS` is the single place that says which tabs exist, in which order, and which
class builds each; tabs are built on first show so start-up pays for one only.
"""

from __future__ import annotations

from dataclasses import dataclass

from mentorjournal.ui.charter.tab import CharterTab
from mentorjournal.ui.tabs.base import JournalTab
from mentorjournal.ui.tabs.placeholder import (
    ExperimentsPlaceholder,
    ProgressPlaceholder,
    SessionsPlaceholder,
)


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str
    icon: str
    factory: type[JournalTab]


TAB_SPECS: tuple[TabSpec, ...] = (
    TabSpec("charter", "Charter", "charter", CharterTab),
    TabSpec("sessions", "Sessions", "sessions", SessionsPlaceholder),
    TabSpec("experiments", "Experiments", "experiments", ExperimentsPlaceholder),
    TabSpec("progress", "Progress", "progress", ProgressPlaceholder),
)
