"""The Experiments tab: goals and milestones, experiments, and the career plan.

`ui.tabs` lists this tab and this tab derives from `ui.tabs.base`, so the tabs package
is loaded first whichever of the two is imported first.
"""

import mentorjournal.ui.tabs  # noqa: F401  (see the docstring)
from mentorjournal.ui.experiments.tab import ExperimentsTab

__all__ = ["ExperimentsTab"]
