"""The Experiments tab: experiments, goals with milestones, and the career plan."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import MentorshipInfo
from mentorjournal.ui.experiments.banner import CelebrationBanner
from mentorjournal.ui.experiments.career_page import CareerPage
from mentorjournal.ui.experiments.experiment_page import ExperimentsPage
from mentorjournal.ui.experiments.goals_page import GoalsPage
from mentorjournal.ui.tabs.base import JournalTab
from mentorjournal.ui.tasks import TaskRunner


class ExperimentsTab(JournalTab):
    def __init__(self, journal: Journal, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(journal, tasks, parent)
        self.banner = CelebrationBanner()
        self.experiments_page = ExperimentsPage(journal, tasks)
        self.goals_page = GoalsPage(journal, tasks)
        self.career_page = CareerPage(journal, tasks)
        self.pages = QTabWidget()
        self.pages.setObjectName("experimentsPages")
        self.pages.setAccessibleName("Experiments sections")
        self.pages.addTab(self.experiments_page, "E&xperiments")
        self.pages.addTab(self.goals_page, "&Goals and milestones")
        self.pages.addTab(self.career_page, "Ca&reer plan")
        for index, tip in enumerate(("Hypotheses you are testing, by status",
                                     "What you work towards, and the steps on the way",
                                     "Skill gaps and the steps that close them")):
            self.pages.setTabToolTip(index, tip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        for page in (self.experiments_page, self.goals_page, self.career_page):
            page.status_message.connect(self.status_message)
        self.goals_page.milestone_reached.connect(self._celebrate)
        self.pages.currentChanged.connect(self._page_shown)

    def _celebrate(self, milestone: str, goal: str) -> None:
        text = f"Milestone reached: {milestone} — a step closer to “{goal}”. Well done."
        self.banner.celebrate(text)
        self.status_message.emit(text)

    def _page_shown(self, _index: int) -> None:
        """Other pages may have changed what this one shows (goals, links)."""
        self.flush()
        page = self.pages.currentWidget()
        if isinstance(page, ExperimentsPage | GoalsPage | CareerPage):
            page.refresh()

    def show_mentorship(self, info: MentorshipInfo | None) -> None:
        mentorship_id = info.id if info else None
        for page in (self.experiments_page, self.goals_page, self.career_page):
            page.set_mentorship(mentorship_id)

    def flush(self) -> None:
        for page in (self.experiments_page, self.goals_page, self.career_page):
            page.flush()
