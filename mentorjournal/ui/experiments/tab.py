"""The Experiments tab: experiments, goals with milestones, and the career plan.

Each of the three pages is built the first time it is shown, so opening the tab pays
for the experiments board only.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import MentorshipInfo
from mentorjournal.ui.experiments.banner import CelebrationBanner
from mentorjournal.ui.experiments.career_page import CareerPage
from mentorjournal.ui.experiments.experiment_page import ExperimentsPage
from mentorjournal.ui.experiments.goals_page import GoalsPage
from mentorjournal.ui.tabs.base import JournalTab
from mentorjournal.ui.tasks import TaskRunner
from mentorjournal.ui.widgets.tables import place_in_holder

Page = ExperimentsPage | GoalsPage | CareerPage
PAGES: tuple[tuple[type[Page], str, str], ...] = (  # texts translated by ExperimentsTab
    (ExperimentsPage, str(QT_TRANSLATE_NOOP("ExperimentsTab", "E&xperiments")),
     str(QT_TRANSLATE_NOOP("ExperimentsTab", "Hypotheses you are testing, by status"))),
    (GoalsPage, str(QT_TRANSLATE_NOOP("ExperimentsTab", "&Goals and milestones")),
     str(QT_TRANSLATE_NOOP("ExperimentsTab",
                           "What you work towards, and the steps on the way"))),
    (CareerPage, str(QT_TRANSLATE_NOOP("ExperimentsTab", "Ca&reer plan")),
     str(QT_TRANSLATE_NOOP("ExperimentsTab", "Skill gaps and the steps that close them"))),
)


class ExperimentsTab(JournalTab):
    def __init__(self, journal: Journal, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(journal, tasks, parent)
        self._mentorship_id: str | None = None
        self._built: dict[int, Page] = {}
        self.banner = CelebrationBanner()
        self.pages = QTabWidget()
        self.pages.setObjectName("experimentsPages")
        self.pages.setAccessibleName(self.tr("Experiments sections"))
        for index, (_factory, title, tip) in enumerate(PAGES):
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.pages.addTab(holder, self.tr(title))
            self.pages.setTabToolTip(index, self.tr(tip))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.pages.currentChanged.connect(self._page_shown)
        self._page(0)

    def _page(self, index: int) -> Page:
        page = self._built.get(index)
        if page is None:
            page = PAGES[index][0](self.journal, self.tasks)
            page.status_message.connect(self.status_message)
            if isinstance(page, GoalsPage):
                page.milestone_reached.connect(self._celebrate)
            place_in_holder(self.pages.widget(index), page)
            self._built[index] = page
            page.set_mentorship(self._mentorship_id)
        return page

    @property
    def experiments_page(self) -> ExperimentsPage:
        page = self._page(0)
        assert isinstance(page, ExperimentsPage)
        return page

    @property
    def goals_page(self) -> GoalsPage:
        page = self._page(1)
        assert isinstance(page, GoalsPage)
        return page

    @property
    def career_page(self) -> CareerPage:
        page = self._page(2)
        assert isinstance(page, CareerPage)
        return page

    def _celebrate(self, milestone: str, goal: str) -> None:
        text = f"Milestone reached: {milestone} — a step closer to “{goal}”. Well done."
        self.banner.celebrate(text)
        self.status_message.emit(text)

    def _page_shown(self, index: int) -> None:
        """Other pages may have changed what this one shows (goals, links): re-read."""
        self.flush()
        fresh = index not in self._built
        page = self._page(index)
        if not fresh:
            page.refresh()

    def show_mentorship(self, info: MentorshipInfo | None) -> None:
        self._mentorship_id = info.id if info else None
        for page in self._built.values():
            page.set_mentorship(self._mentorship_id)

    def flush(self) -> None:
        for page in self._built.values():
            page.flush()
