"""Small form pieces the three pages share: optional dates, labelled inputs, inline
errors, and an editor base that autosaves through `ui/autosave.Autosaver`."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QWidget,
)

from mentorjournal.ui.autosave import Autosaver
from mentorjournal.ui.tasks import TaskRunner
from mentorjournal.ui.widgets.inline_error import inline_error_label
from mentorjournal.ui.widgets.look import muted

NO_DATE = QDate(2000, 1, 1)


def warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def day_text(day: date | None, empty: str = "—") -> str:
    return f"{day.day} {day:%b %Y}" if day else empty


class OptionalDateEdit(QDateEdit):
    """A date field that can also say "No date" (its minimum stands for none)."""

    def __init__(self, name: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("No date"))
        self.setDisplayFormat("d MMM yyyy")
        self.setAccessibleName(name)
        self.setToolTip(tooltip)
        self.set_value(None)

    def value(self) -> date | None:
        qd = self.date()
        return None if qd == NO_DATE else date(qd.year(), qd.month(), qd.day())

    def set_value(self, day: date | None) -> None:
        self.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)


def line_edit(name: str, tooltip: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setToolTip(tooltip)
    edit.setPlaceholderText(placeholder)
    return edit


def text_edit(name: str, tooltip: str, placeholder: str = "", height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setToolTip(tooltip)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height + 28)
    return edit


def combo(name: str, tooltip: str, items: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    box.setToolTip(tooltip)
    for text, data in items:
        box.addItem(text, data)
    return box


def error_label() -> QLabel:
    """An inline error: plain text beside the field it is about, hidden until needed."""
    return inline_error_label()


def show_error(label: QLabel, message: str) -> None:
    label.setText(f"⚠ {message}")  # a sign and words, not colour alone
    label.setAccessibleName(message)
    label.show()


def confirm_delete(parent: QWidget, what: str, consequence: str = "") -> bool:
    """Deleting loses what was written, so this is the one place a modal asks first."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Experiments", "Delete"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(QCoreApplication.translate("Experiments", "Delete %s?") % what)
    box.setInformativeText(
        (consequence + " " if consequence else "")
        + QCoreApplication.translate("Experiments", "This cannot be undone.")
    )
    delete = box.addButton(
        QCoreApplication.translate("Experiments", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


def delete_button(tooltip: str) -> QPushButton:
    button = QPushButton(QCoreApplication.translate("Experiments", "Delete…"))
    button.setAccessibleName(tooltip)
    button.setToolTip(tooltip)
    return button


def plain_label(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # user text never becomes HTML
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


def hint_label(text: str) -> QLabel:
    """A line saying what belongs in an empty list, in the muted colour of empty states."""
    return muted(plain_label(text, "emptyStateBody"))


class AutosaveEditor(QWidget):
    """An editor that saves about a second after the last edit, off the GUI thread.

    Subclasses give `snapshot()` (GUI thread, plain data), a static `write(journal,
    data)` run on the worker, and `validate()` raising ValueError with one sentence, so
    a value that breaks a rule is explained inline and never written.
    """

    saved = Signal()
    status_message = Signal(str)

    def __init__(self, journal: Any, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._loading = False
        self._saver = Autosaver(tasks, self.snapshot, lambda data: self.write(journal, data),
                                parent=self)
        self._saver.saved.connect(self.saved)
        self._saver.failed.connect(self._on_failed)

    def snapshot(self) -> Any:
        raise NotImplementedError

    @staticmethod
    def write(journal: Any, data: Any) -> None:
        raise NotImplementedError

    def validate(self) -> None:
        """Raise ValueError (with a `field` when known) if the form breaks a rule."""

    def show_problem(self, exc: ValueError) -> None:
        self.status_message.emit(str(exc))

    def clear_problems(self) -> None:
        """Hide the inline errors once the form is valid again."""

    def edited(self) -> None:
        if self._loading:
            return
        try:
            self.validate()
        except ValueError as exc:
            self.show_problem(exc)
            return
        self.clear_problems()
        self._saver.changed()

    def flush(self, *, wait: bool = False) -> None:
        self._saver.flush(wait=wait)

    @property
    def pending(self) -> bool:
        return self._saver.pending

    def _on_failed(self, message: str) -> None:
        self.status_message.emit(message)
