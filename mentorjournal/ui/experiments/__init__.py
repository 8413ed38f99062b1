"""The Experiments tab: goals and milestones, experiments, and the career plan."""

from mentorjournal.ui.experiments.tab import ExperimentsTab

__all__ = ["ExperimentsTab"]
