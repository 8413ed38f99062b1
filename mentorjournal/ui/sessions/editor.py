"""The check-in editor: when, how long, how, topics, the template's sections, and panels.

There is no save button. Every edit calls the Autosaver, which takes a snapshot of
plain values on the GUI thread about a second after the last keystroke (or at once on
focus change, on switching check-in and on close) and writes it on the single worker
thread, so typing never waits for the disk. Each text box keeps its own undo history.
"""

from __future__ import annotations

from collections import deque
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QStringListModel, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core import checkins
from mentorjournal.core.checkins import (
    DEFAULT_HEADINGS,
    FORMAT_LABELS,
    SECTION_FIELDS,
    CheckInDetail,
    CheckInError,
)
from mentorjournal.core.journal import Journal
from mentorjournal.ui.autosave import DEFAULT_DELAY_MS, Autosaver
from mentorjournal.ui.date_prefs import dated
from mentorjournal.ui.sessions.introductions import IntroductionsPanel
from mentorjournal.ui.sessions.panels import ActionsPanel, ContributionsPanel
from mentorjournal.ui.sessions.section import SectionEdit
from mentorjournal.ui.tasks import TaskRunner
from mentorjournal.ui.widgets.inline_error import inline_error_label


def write_snapshot(journal: Journal, data: dict[str, Any]) -> str:
    """Runs on the worker thread: one transaction with everything the editor shows."""
    values = dict(data)
    session_id = str(values.pop("id"))
    checkins.update_checkin(journal, session_id, **values)
    return session_id


class _TopicCompleter(QCompleter):
    """Completes the topic being typed after the last comma."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: Any) -> str:
        widget = self.widget()
        current = widget.text() if isinstance(widget, QLineEdit) else ""
        head = [p.strip() for p in current.split(",")[:-1] if p.strip()]
        return ", ".join([*head, str(index.data())]) + ", "


class SessionEditor(QScrollArea):
    status_message = Signal(str)
    saved = Signal(str)  # session id, after its snapshot reached the disk
    open_session_requested = Signal(str)

    def __init__(self, journal: Journal, tasks: TaskRunner, *,
                 delay_ms: int = DEFAULT_DELAY_MS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.session_id: str | None = None
        self.setWidgetResizable(True)
        self.setObjectName("sessionEditor")
        self.setAccessibleName(self.tr("Check-in editor"))
        self.autosaver = Autosaver(tasks, self.snapshot,
                                   lambda data: write_snapshot(self.journal, data),
                                   delay_ms=delay_ms, parent=self)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self._on_failed)
        self._in_flight: deque[str] = deque()  # which check-in each queued write is for

        body = QWidget()
        body.setObjectName("sessionEditorBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(10)
        self.setWidget(body)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        dated(self.when)
        self.when.setAccessibleName(self.tr("When did you meet?"))
        self.when.setToolTip(self.tr("Date and time of the check-in"))
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("not noted"))
        self.duration.setAccessibleName(self.tr("How long did it last?"))
        self.duration.setToolTip(self.tr("Length in minutes; 0 means not noted"))
        self.format = QComboBox()
        for key, label in FORMAT_LABELS.items():
            self.format.addItem(self.tr(label), key)
        self.format.setAccessibleName(self.tr("How did you meet?"))
        self.format.setToolTip(self.tr("In person, video, call or async"))
        self.topics = QLineEdit()
        self.topics.setObjectName("topicsEdit")
        self.topics.setPlaceholderText(self.tr("Comma-separated, e.g. feedback, hiring"))
        self.topics.setAccessibleName(self.tr("Topics"))
        self.topics.setToolTip(self.tr("Tags for finding this check-in later; existing "
                                       "topics are completed as you type"))
        self._topic_model = QStringListModel(self)
        completer = _TopicCompleter(self._topic_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.topics.setCompleter(completer)
        self.topics_error = inline_error_label()
        self.topics_error.setWordWrap(False)
        self.private = QCheckBox(self.tr("Private: leave it out of reports unless I ask"))
        self.private.setAccessibleName(self.tr("Private check-in"))
        self.private.setToolTip(self.tr("Private check-ins are excluded from reports and "
                                        "exports unless you include them"))
        topics_box = QVBoxLayout()
        topics_box.setSpacing(2)
        topics_box.addWidget(self.topics)
        topics_box.addWidget(self.topics_error)
        form.addRow(self.tr("When did you meet?"), self.when)
        form.addRow(self.tr("How long?"), self.duration)
        form.addRow(self.tr("How did you meet?"), self.format)
        form.addRow(self.tr("What was it about?"), topics_box)
        form.addRow("", self.private)
        column.addLayout(form)

        toggle_row = QHBoxLayout()
        self.read_toggle = QPushButton(self.tr("Read view"))
        self.read_toggle.setCheckable(True)
        self.read_toggle.setShortcut("Ctrl+Shift+R")
        self.read_toggle.setAccessibleName(self.tr("Read view"))
        self.read_toggle.setToolTip(self.tr("Show the notes formatted (Ctrl+Shift+R); "
                                            "switch off to edit"))
        self.read_toggle.toggled.connect(self.set_reading)
        toggle_row.addStretch(1)
        toggle_row.addWidget(self.read_toggle)
        column.addLayout(toggle_row)

        self.sections: dict[str, SectionEdit] = {}
        template = checkins.load_template()
        shown = [(s.key, s.heading, s.prompt) for s in template]
        shown += [(k, DEFAULT_HEADINGS[k], "") for k in SECTION_FIELDS
                  if k not in {s.key for s in template}]
        for key, heading, prompt in shown:
            section = SectionEdit(key, heading, prompt, tall=key == "what_happened")
            section.edit.textChanged.connect(self.autosaver.changed)
            self.sections[key] = section
            column.addWidget(section)
        self._template_keys = {s.key for s in template}

        self.actions_panel = ActionsPanel(journal)
        self.contributions_panel = ContributionsPanel(journal)
        self.introductions_panel = IntroductionsPanel(journal)
        for panel in (self.actions_panel, self.contributions_panel, self.introductions_panel):
            panel.status_message.connect(self.status_message.emit)
            column.addWidget(panel)
        column.addStretch(1)

        self.when.dateTimeChanged.connect(self.autosaver.changed)
        self.duration.valueChanged.connect(self.autosaver.changed)
        self.format.currentIndexChanged.connect(self.autosaver.changed)
        self.private.toggled.connect(self.autosaver.changed)
        self.topics.textEdited.connect(self._topics_edited)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # ----- loading ----------------------------------------------------------------
    def load(self, detail: CheckInDetail) -> None:
        """Show one check-in (saving the previous one first)."""
        self.flush()
        self.session_id = detail.id
        self._topic_model.setStringList(checkins.list_topics(self.journal))
        widgets = (self.when, self.duration, self.format, self.private, self.topics)
        for w in widgets:
            w.blockSignals(True)
        at = detail.held_at
        self.when.setDateTime(QDateTime(QDate(at.year, at.month, at.day),
                                        QTime(at.hour, at.minute, at.second)))
        self.duration.setValue(detail.duration_minutes or 0)
        self.format.setCurrentIndex(max(0, self.format.findData(detail.format)))
        self.private.setChecked(detail.private)
        self.topics.setText(", ".join(detail.topics))
        self.topics.setModified(False)
        for w in widgets:
            w.blockSignals(False)
        self.topics_error.hide()
        for key, section in self.sections.items():
            section.set_text(detail.sections.get(key, ""))
            # Sections the user's template leaves out appear only when they hold text.
            section.setVisible(key in self._template_keys or bool(section.text()))
        self.actions_panel.load(detail.id)
        self.contributions_panel.load(detail.id)
        self.introductions_panel.load(detail.id, detail.mentorship_id)
        self.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        self.flush()
        self.session_id = None

    # ----- saving -----------------------------------------------------------------
    def _topics_edited(self, _text: str) -> None:
        try:
            checkins.clean_topics(self.topics.text().split(","))
        except CheckInError as exc:
            self.topics_error.setText(str(exc))
            self.topics_error.show()
            return
        self.topics_error.hide()
        self.autosaver.changed()

    def snapshot(self) -> dict[str, Any]:
        """Plain values of everything shown, taken on the GUI thread (cheap)."""
        assert self.session_id is not None
        held = self.when.dateTime().toPython()
        assert isinstance(held, datetime)
        try:
            topics = checkins.clean_topics(self.topics.text().split(","))
        except CheckInError:
            topics = None
        data: dict[str, Any] = {
            "id": self.session_id,
            "held_at": held.replace(second=0, microsecond=0),
            "duration_minutes": self.duration.value() or None,
            "format": self.format.currentData(),
            "private": self.private.isChecked(),
            "sections": {key: s.text() for key, s in self.sections.items()},
        }
        if topics is not None:
            data["topics"] = topics
        self._in_flight.append(self.session_id)
        return data

    def flush(self, *, wait: bool = False) -> None:
        if self.session_id is not None:
            self.autosaver.flush(wait=wait)

    def _on_saved(self) -> None:
        self.status_message.emit(self.tr("Saved"))
        if self._in_flight:
            self.saved.emit(self._in_flight.popleft())

    def _on_failed(self, message: str) -> None:
        if self._in_flight:
            self._in_flight.popleft()
        self.status_message.emit(message)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and self.isAncestorOf(old) and (new is None
                                                          or not self.isAncestorOf(new)):
            self.flush()

    # ----- read view --------------------------------------------------------------
    def set_reading(self, on: bool) -> None:
        if on:
            self.flush()
        for section in self.sections.values():
            section.set_reading(on)
        if self.read_toggle.isChecked() != on:
            self.read_toggle.setChecked(on)
