"""Editors of the career plan: one skill (levels and evidence), one plan item (kind,
status, due date, and the skills and experiments it links)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFormLayout, QListView, QSpinBox, QWidget

from mentorjournal.core import career as cr
from mentorjournal.core.career import PlanItemInfo, SkillInfo
from mentorjournal.core.experiments import ExperimentInfo
from mentorjournal.ui.experiments import forms
from mentorjournal.ui.experiments.forms import AutosaveEditor
from mentorjournal.ui.tasks import TaskRunner

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _level_spin(name: str, tooltip: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(cr.MIN_LEVEL, cr.MAX_LEVEL)
    spin.setAccessibleName(name)
    spin.setToolTip(tooltip)
    return spin


class SkillEditor(AutosaveEditor):
    def __init__(self, journal: Any, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(journal, tasks, parent)
        self.skill: SkillInfo | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.name_edit = forms.line_edit(self.tr("Skill name"), self.tr("The skill's name"))
        self.current_spin = _level_spin(
            self.tr("Current level"), self.tr("Where you are now, 1 to 5")
        )
        self.target_spin = _level_spin(
            self.tr("Target level"), self.tr("Where you want to be, 1 to 5")
        )
        self.evidence_edit = forms.text_edit(
            self.tr("Evidence"),
            self.tr("What shows your current level"),
            self.tr("Feedback, shipped work, a certificate…"),
            48,
        )
        self.error = forms.error_label()
        form.addRow(self.tr("Skill:"), self.name_edit)
        form.addRow(self.tr("Where are you now?"), self.current_spin)
        form.addRow(self.tr("Where do you want to be?"), self.target_spin)
        form.addRow(self.tr("What is the evidence?"), self.evidence_edit)
        form.addRow("", self.error)
        self.name_edit.textEdited.connect(self.edited)
        self.current_spin.valueChanged.connect(self.edited)
        self.target_spin.valueChanged.connect(self.edited)
        self.evidence_edit.textChanged.connect(self.edited)
        self.setEnabled(False)

    def load(self, skill: SkillInfo | None) -> None:
        self.flush()
        self.skill = skill
        self._loading = True
        try:
            self.setEnabled(skill is not None)
            self.error.hide()
            if skill is None:
                return
            if self.name_edit.text() != skill.name:
                self.name_edit.setText(skill.name)
            self.current_spin.setValue(skill.current_level)
            self.target_spin.setValue(skill.target_level)
            if self.evidence_edit.toPlainText() != skill.evidence:
                self.evidence_edit.setPlainText(skill.evidence)
        finally:
            self._loading = False

    def snapshot(self) -> dict[str, Any]:
        assert self.skill is not None
        return dict(skill_id=self.skill.id, name=self.name_edit.text(),
                    current_level=self.current_spin.value(),
                    target_level=self.target_spin.value(),
                    evidence=self.evidence_edit.toPlainText())

    @staticmethod
    def write(journal: Any, data: dict[str, Any]) -> None:
        cr.update_skill(journal, **data)

    def validate(self) -> None:
        cr.clean_name(self.name_edit.text())

    def show_problem(self, exc: ValueError) -> None:
        forms.show_error(self.error, str(exc))

    def clear_problems(self) -> None:
        self.error.hide()

    def _on_failed(self, message: str) -> None:  # e.g. a duplicate name, found by the core
        forms.show_error(self.error, message)
        super()._on_failed(message)


def _checklist(name: str, tooltip: str) -> tuple[QListView, QStandardItemModel]:
    model = QStandardItemModel()
    view = QListView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setToolTip(tooltip)
    view.setMaximumHeight(90)
    return view, model


class PlanItemEditor(AutosaveEditor):
    def __init__(self, journal: Any, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(journal, tasks, parent)
        self.item: PlanItemInfo | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.title_edit = forms.line_edit(
            self.tr("Plan item title"), self.tr("The course, book, project…")
        )
        self.kind_combo = forms.combo(self.tr("Kind"), self.tr("What kind of step this is"),
                                      [(v, k) for k, v in cr.KIND_LABELS.items()])
        self.status_combo = forms.combo(self.tr("Plan item status"), self.tr("How far along it is"),
                                        [(v, k) for k, v in cr.STATUS_LABELS.items()])
        self.due_edit = forms.OptionalDateEdit(
            self.tr("Due date"), self.tr("When you want it done")
        )
        self.notes_edit = forms.text_edit(
            self.tr("Plan item notes"), self.tr("Anything worth remembering"), "", 40
        )
        self.skills_view, self.skills_model = _checklist(
            self.tr("Linked skills"), self.tr("Tick the skills this step grows"))
        self.experiments_view, self.experiments_model = _checklist(
            self.tr("Linked experiments"), self.tr("Tick the experiments that try this out"))
        self.skills_model.setParent(self)
        self.experiments_model.setParent(self)
        self.error = forms.error_label()
        form.addRow(self.tr("Step:"), self.title_edit)
        form.addRow(self.tr("Kind:"), self.kind_combo)
        form.addRow(self.tr("Status:"), self.status_combo)
        form.addRow(self.tr("Due by:"), self.due_edit)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        form.addRow(self.tr("Which skills does it grow?"), self.skills_view)
        form.addRow(self.tr("Which experiments try it?"), self.experiments_view)
        form.addRow("", self.error)
        self.title_edit.textEdited.connect(self.edited)
        self.kind_combo.currentIndexChanged.connect(self.edited)
        self.status_combo.currentIndexChanged.connect(self.edited)
        self.due_edit.dateChanged.connect(self.edited)
        self.notes_edit.textChanged.connect(self.edited)
        self.skills_model.itemChanged.connect(lambda _i: self.edited())
        self.experiments_model.itemChanged.connect(lambda _i: self.edited())
        self.setEnabled(False)

    def load(self, item: PlanItemInfo | None, skills: list[SkillInfo],
             experiments: list[ExperimentInfo]) -> None:
        self.flush()
        self.item = item
        self._loading = True
        try:
            self.setEnabled(item is not None)
            self.error.hide()
            if item is None:
                return
            if self.title_edit.text() != item.title:
                self.title_edit.setText(item.title)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(item.kind))
            self.status_combo.setCurrentIndex(self.status_combo.findData(item.status))
            self.due_edit.set_value(item.due_on)
            if self.notes_edit.toPlainText() != item.notes:
                self.notes_edit.setPlainText(item.notes)
            self._fill(self.skills_model, [(s.id, s.name) for s in skills], item.skill_ids)
            self._fill(self.experiments_model, [(e.id, e.title) for e in experiments],
                       item.experiment_ids)
        finally:
            self._loading = False

    @staticmethod
    def _fill(model: QStandardItemModel, choices: list[tuple[str, str]],
              ticked: tuple[str, ...]) -> None:
        model.clear()
        for key, text in choices:
            row = QStandardItem(text)
            row.setCheckable(True)
            row.setEditable(False)
            row.setData(key, ID_ROLE)
            row.setCheckState(Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked)
            model.appendRow(row)

    @staticmethod
    def _ticked(model: QStandardItemModel) -> tuple[str, ...]:
        rows = (model.item(r) for r in range(model.rowCount()))
        return tuple(str(r.data(ID_ROLE)) for r in rows
                     if r.checkState() == Qt.CheckState.Checked)

    def snapshot(self) -> dict[str, Any]:
        assert self.item is not None
        return dict(item_id=self.item.id, title=self.title_edit.text(),
                    kind=self.kind_combo.currentData(), status=self.status_combo.currentData(),
                    due_on=self.due_edit.value(), notes=self.notes_edit.toPlainText(),
                    skill_ids=self._ticked(self.skills_model),
                    experiment_ids=self._ticked(self.experiments_model))

    @staticmethod
    def write(journal: Any, data: dict[str, Any]) -> None:
        cr.update_plan_item(journal, **data)

    def validate(self) -> None:
        cr.check_plan_item(self.title_edit.text(), self.kind_combo.currentData(),
                           self.status_combo.currentData())

    def show_problem(self, exc: ValueError) -> None:
        forms.show_error(self.error, str(exc))

    def clear_problems(self) -> None:
        self.error.hide()
