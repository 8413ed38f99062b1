"""One editor per charter field, shared by the form and the wizard.

`CharterEditors` owns the widgets and knows how to load a `CharterContent`, read one
back and show the core's validation messages next to the field they are about. The
form and the wizard only decide where each row goes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core import charter as ch
from mentorjournal.ui.charter.criteria import CriteriaEditor
from mentorjournal.ui.charter.fields import FIELD_TEXTS
from mentorjournal.ui.widgets.inline_error import inline_error_label
from mentorjournal.ui.widgets.lines_edit import LinesTextEdit

UNIT_LABELS = {"days": "days", "weeks": "weeks"}


def _number_edit(key: str) -> QLineEdit:
    text = FIELD_TEXTS[key]
    edit = QLineEdit()
    edit.setPlaceholderText(text.prompt)
    edit.setMaximumWidth(80)
    edit.setAccessibleName(text.name)
    edit.setToolTip(text.question)
    return edit


class CharterEditors(QObject):
    """The editors for every field; `on_change` callbacks run on every user edit.

    Plain callbacks rather than a Qt signal: PySide6 6.12.0 on Python 3.11 drops a
    reference to `True` on every `Signal.emit()` made from Python, which aborts the
    interpreter after a few hundred calls, and this path runs on every keystroke
    (see docs/charter.md).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._listeners: list[Callable[[], None]] = []
        self.text_edits: dict[str, QPlainTextEdit] = {}
        for key in ch.TEXT_FIELDS:
            text = FIELD_TEXTS[key]
            edit = LinesTextEdit(3)  # three lines of the current font, not pixels
            edit.setPlaceholderText(text.prompt)
            edit.setAccessibleName(text.name)
            edit.setToolTip(text.question)
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._on_edit)
            self.text_edits[key] = edit
        self.criteria = CriteriaEditor()
        self.criteria.changed.connect(self._on_edit)
        self.number_edits = {key: _number_edit(key) for key in ch.NUMBER_FIELDS}
        for number_edit in self.number_edits.values():
            number_edit.textChanged.connect(self._on_edit)
            number_edit.editingFinished.connect(self._recheck)
        self.unit_combo = QComboBox()
        for unit in ch.CADENCE_UNITS:
            self.unit_combo.addItem(self.tr(UNIT_LABELS[unit]), unit)
        self.unit_combo.setAccessibleName(self.tr("Cadence unit"))
        self.unit_combo.setToolTip(self.tr("Days or weeks between check-ins"))
        self.unit_combo.currentIndexChanged.connect(self._on_edit)
        self.error_labels: dict[str, QLabel] = {}
        for key in (*ch.NUMBER_FIELDS, "success_criteria"):
            label = inline_error_label()
            self.error_labels[key] = label

    # ----- layout pieces -------------------------------------------------------------
    def row_widget(self, key: str) -> QWidget:
        """The widget for one form row: the editor and, where needed, its error line."""
        if key in self.text_edits:
            return self.text_edits[key]
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if key == "success_criteria":
            column.addWidget(self.criteria)
        else:
            line = QHBoxLayout()
            prefix = {"cadence_value": "every", "review_interval_months": "every"}.get(key)
            if prefix:
                line.addWidget(QLabel(self.tr(prefix)))
            line.addWidget(self.number_edits[key])
            if key == "cadence_value":
                line.addWidget(self.unit_combo)
            else:
                line.addWidget(QLabel(self.tr("minutes" if key == "session_minutes"
                                              else "months")))
            line.addStretch(1)
            column.addLayout(line)
        column.addWidget(self.error_labels[key])
        return holder

    # ----- values --------------------------------------------------------------------
    def load(self, content: ch.CharterContent) -> None:
        self._loading = True
        try:
            for key, edit in self.text_edits.items():
                if edit.toPlainText() != getattr(content, key):
                    edit.setPlainText(getattr(content, key))
            self.criteria.set_criteria(content.success_criteria)
            for key, number_edit in self.number_edits.items():
                value = getattr(content, key)
                number_edit.setText("" if value is None else str(value))
            index = self.unit_combo.findData(content.cadence_unit)
            self.unit_combo.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False
        for label in self.error_labels.values():
            label.hide()

    def content(self) -> ch.CharterContent:
        """What the editors hold; text that is not a whole number reads as unset."""
        values: dict[str, object] = {k: e.toPlainText() for k, e in self.text_edits.items()}
        for key, edit in self.number_edits.items():
            try:
                values[key] = ch.parse_whole_number(edit.text(), key)
            except ch.CharterError:
                values[key] = None
        values["cadence_unit"] = str(self.unit_combo.currentData())
        values["success_criteria"] = self.criteria.criteria()
        return ch.CharterContent(**values)  # type: ignore[arg-type]

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for key, edit in self.number_edits.items():
            try:
                ch.parse_whole_number(edit.text(), key)
            except ch.CharterError as exc:
                found[key] = str(exc)
        for problem in ch.validate(self.content()):
            found.setdefault(problem.field, problem.message)
        return found

    def check(self, keys: tuple[str, ...] | None = None) -> bool:
        """Show each problem next to its field; True when `keys` (or all) are fine."""
        found = self.problems()
        for key, label in self.error_labels.items():
            message = found.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))
        relevant = found if keys is None else {k: v for k, v in found.items() if k in keys}
        return not relevant

    def _recheck(self) -> None:
        # A slot must not return a value: PySide6 mishandles the refcount of a returned
        # bool from connected callables, which crashes the interpreter much later.
        self.check()

    def show_error(self, key: str, message: str) -> None:
        label = self.error_labels.get(key)
        if label is not None:
            label.setText(message)
            label.show()

    def on_change(self, callback: Callable[[], None]) -> None:
        self._listeners.append(callback)

    def _on_edit(self) -> None:
        if not self._loading:
            for callback in self._listeners:
                callback()
