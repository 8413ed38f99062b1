"""The main window's tabs, in order.

`TAB_SPECS` is the single place that says which tabs exist and which class builds each.
Classes are named by import path and imported on first show, so start-up pays for the
tab it shows and nothing else (the Progress tab would otherwise pull in matplotlib), and
tab packages can import `ui.tabs.base` without an import cycle.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from mentorjournal.ui.tabs.base import JournalTab


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str
    icon: str
    factory_path: str  # "package.module:ClassName"

    def factory(self) -> type[JournalTab]:
        module, _, name = self.factory_path.partition(":")
        cls: type[JournalTab] = getattr(importlib.import_module(module), name)
        return cls


TAB_SPECS: tuple[TabSpec, ...] = (  # titles are translated by MainWindow
    TabSpec("charter", str(QT_TRANSLATE_NOOP("MainWindow", "Charter")), "charter",
            "mentorjournal.ui.charter.tab:CharterTab"),
    TabSpec("sessions", str(QT_TRANSLATE_NOOP("MainWindow", "Sessions")), "sessions",
            "mentorjournal.ui.sessions.tab:SessionsTab"),
    TabSpec("experiments", str(QT_TRANSLATE_NOOP("MainWindow", "Experiments")), "experiments",
            "mentorjournal.ui.experiments.tab:ExperimentsTab"),
    TabSpec("progress", str(QT_TRANSLATE_NOOP("MainWindow", "Progress")), "progress",
            "mentorjournal.ui.progress.tab:ProgressTab"),
)
