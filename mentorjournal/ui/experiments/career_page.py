"""The career plan: the skill gap view (widest gap first) and the plan items."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core import career as cr
from mentorjournal.core import experiments as ex
from mentorjournal.core.career import CareerError, PlanItemInfo, SkillInfo
from mentorjournal.core.schema import JournalError
from mentorjournal.ui.experiments import forms
from mentorjournal.ui.experiments.career_editors import PlanItemEditor, SkillEditor
from mentorjournal.ui.experiments.forms import day_text
from mentorjournal.ui.icons import icon
from mentorjournal.ui.tasks import TaskRunner
from mentorjournal.ui.widgets.tables import make_row_picker

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def gap_text(skill: SkillInfo) -> str:
    if skill.gap <= 0:
        return "At target"
    return f"{skill.gap} level{'s' if skill.gap > 1 else ''} to go"


def _table(name: str, tooltip: str, headers: list[str]) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setToolTip(tooltip)
    make_row_picker(view)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view, model


class CareerPage(QWidget):
    status_message = Signal(str)

    def __init__(self, journal: Any, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.mentorship_id: str | None = None
        self.skills: list[SkillInfo] = []
        self.items: list[PlanItemInfo] = []
        self.experiments: list[ex.ExperimentInfo] = []
        self.skill_id: str | None = None
        self.item_id: str | None = None

        self.gap_view, self.gap_model = _table(
            self.tr("Skill gaps"),
            self.tr(
                "Skills by the distance between target and current level, widest "
                "first; pick one to edit it"
            ),
            [self.tr("Skill"), self.tr("Now"), self.tr("Target"), self.tr("Gap")],
        )
        self.gap_model.setParent(self)
        self.new_skill_edit = forms.line_edit(
            self.tr("New skill"),
            self.tr("Name of a skill to add; press Enter to add it"),
            self.tr("A skill to grow…"),
        )
        self.add_skill_button = self._button(
            self.tr("Add s&kill"), self.tr("Add this skill to the plan"), self.add_skill
        )
        self.new_skill_edit.returnPressed.connect(self.add_skill)
        self.skill_error = forms.error_label()
        self.skill_editor = SkillEditor(journal, tasks)
        self.skills_hint = forms.hint_label(
            self.tr("No skills yet. Add the skills you want to grow, with where you are now and "
            "where you want to be; the widest gaps come first."))
        skills_box = QGroupBox(self.tr("Skill gaps"))
        left = QVBoxLayout(skills_box)
        left.addWidget(self.skills_hint)
        left.addWidget(self.gap_view, 1)
        self.delete_skill_button = forms.delete_button(self.tr("Delete the selected skill"))
        self.delete_skill_button.clicked.connect(self.delete_skill)
        left.addLayout(self._row(self.new_skill_edit, self.add_skill_button,
                                 self.delete_skill_button))
        left.addWidget(self.skill_error)
        left.addWidget(self.skill_editor)

        self.plan_view, self.plan_model = _table(
            self.tr("Plan items"),
            self.tr("Courses, certifications, projects and more; pick one to edit it"),
            [self.tr("Step"), self.tr("Kind"), self.tr("Status"), self.tr("Due")],
        )
        self.plan_model.setParent(self)
        self.new_item_edit = forms.line_edit(
            self.tr("New plan item"),
            self.tr("Title of a step to add; press Enter to add it"),
            self.tr("A course, a book, a project…"),
        )
        self.add_item_button = self._button(
            self.tr("Add ste&p"), self.tr("Add this step to the plan"), self.add_item
        )
        self.new_item_edit.returnPressed.connect(self.add_item)
        self.item_error = forms.error_label()
        self.item_editor = PlanItemEditor(journal, tasks)
        self.plan_hint = forms.hint_label(
            self.tr("No plan yet. Add the steps that close your gaps: a course, a certification, "
            "a side project, a cross-functional assignment, a book."))
        plan_box = QGroupBox(self.tr("Plan"))
        right = QVBoxLayout(plan_box)
        right.addWidget(self.plan_hint)
        right.addWidget(self.plan_view, 1)
        self.delete_item_button = forms.delete_button(self.tr("Delete the selected plan item"))
        self.delete_item_button.clicked.connect(self.delete_item)
        right.addLayout(self._row(self.new_item_edit, self.add_item_button,
                                  self.delete_item_button))
        right.addWidget(self.item_error)
        right.addWidget(self.item_editor)

        layout = QHBoxLayout(self)
        layout.addWidget(skills_box, 1)
        layout.addWidget(plan_box, 1)
        for editor in (self.skill_editor, self.item_editor):
            editor.status_message.connect(self.status_message)
            editor.saved.connect(lambda e=editor: None if e.pending else self.refresh())
        self.gap_view.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._pick_skill(cur.row()))
        self.plan_view.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._pick_item(cur.row()))

    @staticmethod
    def _button(text: str, tooltip: str, slot: Any) -> QPushButton:
        button = QPushButton(icon("new"), text)
        button.setAccessibleName(text.replace("&", ""))
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _row(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for i, w in enumerate(widgets):
            row.addWidget(w, 1 if i == 0 else 0)
        return row

    def set_mentorship(self, mentorship_id: str | None) -> None:
        self.flush()
        self.mentorship_id = mentorship_id
        self.skill_id = self.item_id = None
        self.refresh()

    def refresh(self) -> None:
        mid = self.mentorship_id
        self.skills = cr.skill_gaps(self.journal, mid) if mid else []
        self.items = cr.list_plan_items(self.journal, mid) if mid else []
        self.experiments = ex.list_experiments(self.journal, mid) if mid else []
        if self.skill_id not in {s.id for s in self.skills}:
            self.skill_id = self.skills[0].id if self.skills else None
        if self.item_id not in {i.id for i in self.items}:
            self.item_id = self.items[0].id if self.items else None
        self.skills_hint.setVisible(not self.skills)
        self.plan_hint.setVisible(not self.items)
        self._fill(self.gap_view, self.gap_model, [
            (s.id, [s.name, str(s.current_level), str(s.target_level), gap_text(s)], s.evidence)
            for s in self.skills], self.skill_id)
        self._fill(self.plan_view, self.plan_model, [
            (i.id, [i.title, cr.KIND_LABELS[i.kind], cr.STATUS_LABELS[i.status],
                    day_text(i.due_on) + (" (overdue)" if i.overdue else "")], i.notes)
            for i in self.items], self.item_id)
        skill = next((s for s in self.skills if s.id == self.skill_id), None)
        item = next((i for i in self.items if i.id == self.item_id), None)
        if not self.skill_editor.pending:
            self.skill_editor.load(skill)
        if not self.item_editor.pending:
            self.item_editor.load(item, self.skills, self.experiments)

    @staticmethod
    def _fill(view: QTableView, model: QStandardItemModel,
              rows: list[tuple[str, list[str], str]], selected: str | None) -> None:
        selection = view.selectionModel()
        selection.blockSignals(True)
        model.removeRows(0, model.rowCount())
        for key, cells, tip in rows:
            items = [QStandardItem(c) for c in cells]
            items[0].setData(key, ID_ROLE)
            for it in items:
                it.setToolTip(tip or cells[0])
            model.appendRow(items)
            if key == selected:
                view.selectRow(model.rowCount() - 1)
        selection.blockSignals(False)

    def _pick_skill(self, row: int) -> None:
        self.skill_editor.flush()
        self.skill_id = self.skills[row].id if 0 <= row < len(self.skills) else None
        self.skill_editor.load(self.skills[row] if self.skill_id else None)

    def _pick_item(self, row: int) -> None:
        self.item_editor.flush()
        self.item_id = self.items[row].id if 0 <= row < len(self.items) else None
        self.item_editor.load(self.items[row] if self.item_id else None, self.skills,
                              self.experiments)

    def add_skill(self) -> None:
        if self.mentorship_id is None:
            return
        try:
            skill = cr.create_skill(self.journal, self.mentorship_id, self.new_skill_edit.text())
        except (CareerError, JournalError) as exc:
            forms.show_error(self.skill_error, str(exc))
            return
        self.skill_error.hide()
        self.new_skill_edit.clear()
        self.skill_id = skill.id
        self.refresh()
        self.status_message.emit(self.tr("Added the skill “%s”; set where you are and where "
                                         "you want to be.") % skill.name)

    def add_item(self) -> None:
        if self.mentorship_id is None:
            return
        try:
            item = cr.create_plan_item(self.journal, self.mentorship_id,
                                       self.new_item_edit.text())
        except (CareerError, JournalError) as exc:
            forms.show_error(self.item_error, str(exc))
            return
        self.item_error.hide()
        self.new_item_edit.clear()
        self.item_id = item.id
        self.refresh()
        self.status_message.emit(self.tr("Added “%s” to the plan.") % item.title)

    def delete_skill(self) -> None:
        skill = next((s for s in self.skills if s.id == self.skill_id), None)
        if skill is None or not forms.confirm_delete(self, self.tr("the skill “%s”") % skill.name):
            return
        self.skill_editor.flush(wait=True)
        cr.delete_skill(self.journal, skill.id)
        self.skill_id = None
        self.refresh()
        self.status_message.emit(self.tr("Deleted the skill “%s”.") % skill.name)

    def delete_item(self) -> None:
        item = next((i for i in self.items if i.id == self.item_id), None)
        if item is None or not forms.confirm_delete(
                self, self.tr("the plan item “%s”") % item.title):
            return
        self.item_editor.flush(wait=True)
        cr.delete_plan_item(self.journal, item.id)
        self.item_id = None
        self.refresh()
        self.status_message.emit(self.tr("Deleted “%s” from the plan.") % item.title)

    def gap_names(self) -> list[str]:
        return [str(self.gap_model.item(r, 0).text()) for r in range(self.gap_model.rowCount())]

    def flush(self) -> None:
        self.skill_editor.flush()
        self.item_editor.flush()
