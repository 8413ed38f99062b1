"""One experiment: what I expect, how I will know, what happened and what I learned.

Fields autosave. Status moves go through the core's rules; a refusal (concluding
without a learning, starting without a hypothesis) is shown next to the field it is
about, and nothing typed is lost.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core import experiments as ex
from mentorjournal.core.experiments import ExperimentError, ExperimentFields, ExperimentInfo
from mentorjournal.core.goals import GoalInfo
from mentorjournal.ui.experiments import forms
from mentorjournal.ui.experiments.forms import AutosaveEditor, day_text
from mentorjournal.ui.experiments.item_models import overdue_text
from mentorjournal.ui.tasks import TaskRunner


class ExperimentEditor(AutosaveEditor):
    #: The experiment's status changed (start, conclude, reopen); lists must refresh.
    status_changed = Signal(str)
    #: The experiment was deleted.
    deleted = Signal(str)

    def __init__(self, journal: Any, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(journal, tasks, parent)
        self.info: ExperimentInfo | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 0, 0, 0)

        self.status_label = forms.plain_label(object_name="experimentStatus")
        self.overdue_row = QWidget()
        row = QHBoxLayout(self.overdue_row)
        row.setContentsMargins(0, 0, 0, 0)
        icon = QLabel()
        icon.setPixmap(forms.warning_icon().pixmap(18, 18))
        self.overdue_label = forms.plain_label(object_name="overdueFlag")
        row.addWidget(icon)
        row.addWidget(self.overdue_label, 1)
        self.overdue_row.hide()
        buttons = QHBoxLayout()
        self.start_button = self._button(
            self.tr("&Start experiment"), self.tr("Mark it running from today"), self.start
        )
        self.unstart_button = self._button(
            self.tr("Back to planned"), self.tr("It has not started after all"), self.unstart
        )
        self.reopen_button = self._button(
            self.tr("Re&open"),
            self.tr("Run it again; the outcome is cleared, what you wrote is kept"),
            self.reopen,
        )
        self.delete_button = forms.delete_button(self.tr("Delete this experiment"))
        self.delete_button.clicked.connect(self.delete)
        for b in (self.start_button, self.unstart_button, self.reopen_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.status_error = forms.error_label()
        outer.addWidget(self.status_label)
        outer.addWidget(self.overdue_row)
        outer.addLayout(buttons)
        outer.addWidget(self.status_error)

        form = QFormLayout()
        self.title_edit = forms.line_edit(
            self.tr("Title"),
            self.tr("A short name for the experiment"),
            self.tr("What will you try?"),
        )
        self.title_error = forms.error_label()
        self.goal_combo = forms.combo(
            self.tr("Goal"), self.tr("The goal this experiment serves"), []
        )
        self.hypothesis_edit = forms.text_edit(
            self.tr("Hypothesis"), self.tr("What you expect to happen"), self.tr("If I …, then …"))
        self.hypothesis_error = forms.error_label()
        self.plan_edit = forms.text_edit(
            self.tr("Plan"),
            self.tr("What you will actually do, and for how long"),
            self.tr("Every design meeting for four weeks, I will …"),
        )
        self.criteria_edit = forms.text_edit(
            self.tr("Success criteria"), self.tr("How you will know, ideally with a number"),
            self.tr("Two of three decisions in one meeting"))
        self.starts_edit = forms.OptionalDateEdit(
            self.tr("Starts on"), self.tr("When the experiment starts")
        )
        self.ends_edit = forms.OptionalDateEdit(
            self.tr("Ends on"), self.tr("When you will judge the result")
        )
        self.dates_error = forms.error_label()
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow("", self.title_error)
        form.addRow(self.tr("Which goal does it serve?"), self.goal_combo)
        form.addRow(self.tr("What do you expect?"), self.hypothesis_edit)
        form.addRow("", self.hypothesis_error)
        form.addRow(self.tr("What will you do?"), self.plan_edit)
        form.addRow(self.tr("How will you know?"), self.criteria_edit)
        form.addRow(self.tr("Starts on:"), self.starts_edit)
        form.addRow(self.tr("Ends on:"), self.ends_edit)
        form.addRow("", self.dates_error)
        outer.addLayout(form)

        self.conclusion = QGroupBox(self.tr("Conclusion"))
        cform = QFormLayout(self.conclusion)
        self.outcome_combo = forms.combo(
            self.tr("Outcome"),
            self.tr("Was the hypothesis confirmed, refuted, or is it too early to tell?"),
            [(self.tr("Choose an outcome…"), None)]
            + [(v, k) for k, v in ex.OUTCOME_LABELS.items()],
        )
        self.outcome_error = forms.error_label()
        self.result_edit = forms.text_edit(
            self.tr("Result"),
            self.tr("What actually happened"),
            self.tr("What you observed, with numbers if you have them"),
        )
        self.learning_edit = forms.text_edit(
            self.tr("Learning"),
            self.tr("What you learned; needed to conclude, whatever the outcome"),
            self.tr("What will you do differently now?"),
        )
        self.learning_error = forms.error_label()
        self.next_edit = forms.text_edit(
            self.tr("Next step"),
            self.tr("What you will do next"),
            self.tr("Keep it, change it, or try something else"),
        )
        self.conclude_button = self._button(
            self.tr("&Conclude experiment"),
            self.tr("Record the outcome and what you learned (Ctrl+Return)"),
            self.conclude,
        )
        self.conclude_button.setShortcut("Ctrl+Return")
        cform.addRow(self.tr("Outcome:"), self.outcome_combo)
        cform.addRow("", self.outcome_error)
        cform.addRow(self.tr("What happened?"), self.result_edit)
        cform.addRow(self.tr("What did you learn?"), self.learning_edit)
        cform.addRow("", self.learning_error)
        cform.addRow(self.tr("What comes next?"), self.next_edit)
        cform.addRow("", self.conclude_button)
        outer.addWidget(self.conclusion)
        outer.addStretch(1)

        self._errors = {"title": self.title_error, "hypothesis": self.hypothesis_error,
                        "ends_on": self.dates_error, "outcome": self.outcome_error,
                        "learning": self.learning_error}
        for edit in (self.hypothesis_edit, self.plan_edit, self.criteria_edit,
                     self.result_edit, self.learning_edit, self.next_edit):
            edit.textChanged.connect(self.edited)
        self.title_edit.textEdited.connect(self.edited)
        self.goal_combo.currentIndexChanged.connect(self.edited)
        self.starts_edit.dateChanged.connect(self.edited)
        self.ends_edit.dateChanged.connect(self.edited)
        self.outcome_combo.currentIndexChanged.connect(lambda _i: self.outcome_error.hide())
        self.setEnabled(False)

    def _button(self, text: str, tooltip: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        return button

    # ----- loading -------------------------------------------------------------------
    def load(self, info: ExperimentInfo | None, goals: list[GoalInfo]) -> None:
        self.flush()
        self.info = info
        self._loading = True
        try:
            self.goal_combo.clear()
            self.goal_combo.addItem(self.tr("No particular goal"), None)
            for goal in goals:
                self.goal_combo.addItem(goal.title, goal.id)
            self.setEnabled(info is not None)
            self.clear_problems()
            self.status_error.hide()
            if info is None:
                return
            if self.title_edit.text() != info.title:
                self.title_edit.setText(info.title)
            self.goal_combo.setCurrentIndex(max(0, self.goal_combo.findData(info.goal_id)))
            for edit, text in ((self.hypothesis_edit, info.hypothesis),
                               (self.plan_edit, info.plan),
                               (self.criteria_edit, info.success_criteria),
                               (self.result_edit, info.result),
                               (self.learning_edit, info.learning),
                               (self.next_edit, info.next_step)):
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
            self.starts_edit.set_value(info.starts_on)
            self.ends_edit.set_value(info.ends_on)
            self.outcome_combo.setCurrentIndex(max(0, self.outcome_combo.findData(info.outcome)))
            self._show_status(info)
        finally:
            self._loading = False

    def _show_status(self, info: ExperimentInfo) -> None:
        parts = [ex.STATUS_LABELS[info.status]]
        if info.starts_on:
            parts.append(f"from {day_text(info.starts_on)}")
        if info.ends_on:
            parts.append(f"to {day_text(info.ends_on)}")
        if info.status == "concluded":
            parts = [f"Concluded on {day_text(info.concluded_on)}: "
                     f"{ex.OUTCOME_LABELS.get(info.outcome or '', '').lower()}"]
        self.status_label.setText(" ".join(parts))
        self.overdue_row.setVisible(info.overdue)
        self.overdue_label.setText(f"{overdue_text(info)}: it is still running after its end "
                                   "date. Conclude it, or move the end date.")
        self.overdue_label.setAccessibleName(self.overdue_label.text())
        self.start_button.setVisible(info.status == "planned")
        self.unstart_button.setVisible(info.status == "running")
        self.reopen_button.setVisible(info.status == "concluded")
        self.conclusion.setVisible(info.status != "planned")
        self.conclude_button.setVisible(info.status == "running")
        self.outcome_combo.setEnabled(info.status == "running")

    # ----- autosave ------------------------------------------------------------------
    def fields(self) -> ExperimentFields:
        return ExperimentFields(
            title=self.title_edit.text(), hypothesis=self.hypothesis_edit.toPlainText(),
            plan=self.plan_edit.toPlainText(), success_criteria=self.criteria_edit.toPlainText(),
            starts_on=self.starts_edit.value(), ends_on=self.ends_edit.value(),
            goal_id=self.goal_combo.currentData(), result=self.result_edit.toPlainText(),
            learning=self.learning_edit.toPlainText(), next_step=self.next_edit.toPlainText())

    def snapshot(self) -> tuple[str, ExperimentFields]:
        assert self.info is not None
        return self.info.id, self.fields()

    @staticmethod
    def write(journal: Any, data: tuple[str, ExperimentFields]) -> None:
        ex.update_experiment(journal, *data)

    def validate(self) -> None:
        if self.info is not None:
            ex.check_fields(self.fields(), self.info.status)

    def show_problem(self, exc: ValueError) -> None:
        field = getattr(exc, "field", "")
        forms.show_error(self._errors.get(field, self.status_error), str(exc))

    def clear_problems(self) -> None:
        for label in self._errors.values():
            label.hide()

    # ----- status moves --------------------------------------------------------------
    def _move(self, action: Any, done: str) -> None:
        if self.info is None:
            return
        self.flush(wait=True)  # the move must see what was just typed
        self.status_error.hide()
        try:
            info = action()
        except ExperimentError as exc:
            self.show_problem(exc)
            self.status_message.emit(str(exc))
            target = {"learning": self.learning_edit, "outcome": self.outcome_combo,
                      "hypothesis": self.hypothesis_edit}.get(exc.field)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.info = info
        self._show_status(info)
        self.clear_problems()
        self.status_message.emit(done.format(title=info.title))
        self.status_changed.emit(info.id)

    def delete(self) -> None:
        if self.info is None or not forms.confirm_delete(
                self, self.tr("the experiment “%s”") % self.info.title):
            return
        self.flush(wait=True)
        ex.delete_experiment(self.journal, self.info.id)
        self.status_message.emit(self.tr("Deleted the experiment “%s”.") % self.info.title)
        deleted_id, self.info = self.info.id, None
        self.deleted.emit(deleted_id)

    def start(self) -> None:
        self._move(lambda: ex.start_experiment(self.journal, self.info.id),  # type: ignore[union-attr]
                   self.tr("Started “{title}”. Good luck."))

    def unstart(self) -> None:
        self._move(lambda: ex.unstart_experiment(self.journal, self.info.id),  # type: ignore[union-attr]
                   self.tr("“{title}” is back to planned."))

    def reopen(self) -> None:
        self._move(lambda: ex.reopen_experiment(self.journal, self.info.id),  # type: ignore[union-attr]
                   self.tr("Reopened “{title}”; what you wrote is kept."))

    def conclude(self) -> None:
        outcome = self.outcome_combo.currentData()
        self._move(lambda: ex.conclude_experiment(
            self.journal, self.info.id, outcome, self.learning_edit.toPlainText(),  # type: ignore[union-attr]
            result=self.result_edit.toPlainText(), next_step=self.next_edit.toPlainText()),
            self.tr("Concluded “{title}” with a learning; that counts as progress."))
