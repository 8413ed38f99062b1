"""The list of measurable success criteria: text, target date, met or not yet."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core.charter import SuccessCriterion
from mentorjournal.ui.date_prefs import dated
from mentorjournal.ui.widgets.focus import insert_before

NO_DATE = QDate(2000, 1, 1)  # the minimum date stands for "no target date"


class _CriterionRow(QWidget):
    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, criterion: SuccessCriterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion_id = criterion.id
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text_edit = QLineEdit(criterion.text)
        self.text_edit.setPlaceholderText(self.tr("A measurable sign, such as “give one "
                                                  "internal talk”"))
        self.text_edit.setAccessibleName(self.tr("Success criterion"))
        self.text_edit.setToolTip(self.tr("Something you can point to when it has happened"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        dated(self.date_edit)
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText(self.tr("no date"))
        self.date_edit.setAccessibleName(self.tr("Target date"))
        self.date_edit.setToolTip(self.tr("By when you hope to meet it (optional)"))
        target = criterion.target_date
        self.date_edit.setDate(QDate(target.year, target.month, target.day) if target
                               else NO_DATE)
        self.met_box = QCheckBox(self.tr("Met"))
        self.met_box.setChecked(criterion.met)
        self.met_box.setAccessibleName(self.tr("Criterion met"))
        self.met_box.setToolTip(self.tr("Tick when it has happened; leave for not yet"))
        remove = QToolButton()
        remove.setText("✕")
        remove.setAccessibleName(self.tr("Remove criterion"))
        remove.setToolTip(self.tr("Remove this criterion"))
        remove.clicked.connect(self._ask_remove)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.met_box)
        layout.addWidget(remove)
        self.text_edit.textChanged.connect(self.changed)
        self.date_edit.dateChanged.connect(self.changed)
        self.met_box.toggled.connect(self.changed)

    def _ask_remove(self) -> None:
        self.remove_requested.emit(self)

    def criterion(self) -> SuccessCriterion:
        picked = self.date_edit.date()
        target = None if picked == NO_DATE else date(picked.year(), picked.month(),
                                                     picked.day())
        return SuccessCriterion(self.text_edit.text().strip(), target,
                                self.met_box.isChecked(), id=self.criterion_id)


class CriteriaEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_CriterionRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._rows_layout = QVBoxLayout()
        outer.addLayout(self._rows_layout)
        self.add_button = QPushButton(self.tr("Add a criterion"))
        self.add_button.setAccessibleName(self.tr("Add a success criterion"))
        self.add_button.setToolTip(self.tr("Add a measurable sign of success"))
        self.add_button.clicked.connect(self._add_blank)
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setAccessibleName(self.tr("Success criteria"))

    def rows(self) -> list[_CriterionRow]:
        return list(self._rows)

    def set_criteria(self, criteria: tuple[SuccessCriterion, ...]) -> None:
        for row in self._rows:
            self._drop(row)
        self._rows = []
        for criterion in criteria:
            self._append(criterion)

    def criteria(self) -> tuple[SuccessCriterion, ...]:
        return tuple(row.criterion() for row in self._rows)

    def add(self, text: str = "", target: date | None = None,
            met: bool = False) -> _CriterionRow:
        row = self._append(SuccessCriterion(text, target, met))
        self.changed.emit()
        return row

    def _add_blank(self) -> None:
        self.add().text_edit.setFocus()

    def _append(self, criterion: SuccessCriterion) -> _CriterionRow:
        row = _CriterionRow(criterion, self)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove)
        self._rows.append(row)
        self._rows_layout.addWidget(row)
        insert_before(self.add_button, [row])  # Tab reaches the row before "Add"
        return row

    def _drop(self, row: _CriterionRow) -> None:
        """Gone at once from the layout, the screen and the Tab chain; freed when Qt is
        ready."""
        self._rows_layout.removeWidget(row)
        row.setParent(None)
        row.deleteLater()

    def _remove(self, row: _CriterionRow) -> None:
        self._rows.remove(row)
        self._drop(row)
        self.changed.emit()
