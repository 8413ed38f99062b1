"""The Charter tab: the living agreement of one mentorship.

The form always edits a draft that autosaves; "Save revision" turns it into the next
immutable revision with a reason. Above the form: when the next review is due, and
"Mark reviewed, no changes". Beside it: the history, where any two revisions can be
compared. A mentorship without a charter offers the guided wizard instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core import charter as ch
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import MentorshipInfo
from mentorjournal.core.schema import JournalError
from mentorjournal.ui.autosave import Autosaver
from mentorjournal.ui.charter.compare import CompareDialog
from mentorjournal.ui.charter.dialogs import ReasonDialog
from mentorjournal.ui.charter.editors import CharterEditors
from mentorjournal.ui.charter.fields import field_name
from mentorjournal.ui.charter.form import CharterForm
from mentorjournal.ui.charter.history import HistoryPanel
from mentorjournal.ui.charter.review_status import charter_signals, style_review_label
from mentorjournal.ui.charter.wizard import CharterWizard
from mentorjournal.ui.icons import icon
from mentorjournal.ui.tabs.base import JournalTab
from mentorjournal.ui.tasks import TaskRunner
from mentorjournal.ui.widgets.empty_state import EmptyState
from mentorjournal.ui.widgets.look import primary


def _button(text: str, tip: str, slot: object) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text.rstrip("…"))
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


class CharterTab(JournalTab):
    def __init__(self, journal: Journal, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(journal, tasks, parent)
        self.editors = CharterEditors(self)
        self.autosaver = Autosaver(tasks, self._snapshot, self._write_draft, parent=self)
        self.autosaver.saved.connect(self._refresh_meta)
        self.autosaver.failed.connect(self.status_message)
        self.editors.on_change(self.autosaver.changed)
        self.editors.on_change(self._update_state)
        self.wizard: CharterWizard | None = None
        self._form_requested: set[str] = set()
        self._loaded_for: str | None = None
        self._latest: ch.CharterRevisionInfo | None = None

        self.empty_state = EmptyState(
            self.tr("No charter yet"),
            self.tr("A charter says what you both want from this mentorship and how it runs: "
                    "objectives on each side, what success looks like, how often you meet, "
                    "boundaries, and when you will revisit it. The guide walks through it "
                    "in a few short pages; skip any page and come back later."),
            icon=icon("charter"), action_text=self.tr("Write the charter together…"),
            on_action=self._open_wizard)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self._build_editor_page())
        QVBoxLayout(self).addWidget(self.stack)
        self._build_actions()

    # ----- building ----------------------------------------------------------------
    def _build_editor_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        review_row = QHBoxLayout()
        self.review_label = QLabel()
        self.review_label.setObjectName("charterReviewDue")
        self.review_label.setTextFormat(Qt.TextFormat.PlainText)
        self.review_label.setAccessibleName(self.tr("Next charter review"))
        self.reviewed_button = _button(
            self.tr("Mark reviewed, no changes"),
            self.tr("Record that you looked at the charter together and kept it as it is"),
            self.mark_reviewed)
        review_row.addWidget(self.review_label, 1)
        review_row.addWidget(self.reviewed_button)
        layout.addLayout(review_row)

        state_row = QHBoxLayout()
        self.state_label = QLabel()
        self.state_label.setObjectName("charterState")
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Charter state"))
        self.resume_button = _button(self.tr("Continue the guide…"),
                                     self.tr("Resume the guided charter where you left off"),
                                     self._open_wizard)
        self.discard_button = _button(self.tr("Discard changes…"),
                                      self.tr("Go back to the last saved revision"),
                                      self.discard_changes)
        self.save_button = _button(self.tr("Save revision…"),
                                   self.tr("Keep these changes as a new revision, with a "
                                           "reason (Ctrl+S)"), self.ask_save_revision)
        primary(self.save_button)
        self.export_button = _button(self.tr("Export one-pager…"),
                                     self.tr("Save the current revision as a one-page PDF "
                                             "(Ctrl+E)"), self.ask_export)
        state_row.addWidget(self.state_label, 1)
        for button in (self.resume_button, self.discard_button, self.save_button,
                       self.export_button):
            state_row.addWidget(button)
        layout.addLayout(state_row)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        self.form = CharterForm(self.editors)
        self.history = HistoryPanel()
        self.history.compare_requested.connect(self.compare_selected)
        splitter.addWidget(self.form)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 260])
        layout.addWidget(splitter, 1)
        return page

    def _build_actions(self) -> None:
        for text, keys, slot in (
                (self.tr("Save charter revision"), QKeySequence.StandardKey.Save,
                 self.ask_save_revision),
                (self.tr("Compare charter revisions"), QKeySequence("Ctrl+D"),
                 self.compare_selected),
                (self.tr("Export charter one-pager"), QKeySequence("Ctrl+E"), self.ask_export)):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # ----- loading -----------------------------------------------------------------
    def show_mentorship(self, info: MentorshipInfo | None) -> None:
        if info is None:
            self._loaded_for = None
            self.stack.setCurrentWidget(self.empty_state)
            return
        if info.id != self._loaded_for:
            self.editors.load(ch.working_content(self.journal, info.id))
            self._loaded_for = info.id
        self._refresh_meta()

    def _refresh_meta(self) -> None:
        """Review line, history and which page shows; reads the journal."""
        info = self.mentorship
        if info is None:
            return
        revisions = ch.list_revisions(self.journal, info.id)
        draft = ch.get_draft(self.journal, info.id)
        self._latest = revisions[0] if revisions else None
        if self._latest is None and draft is None and info.id not in self._form_requested:
            self.stack.setCurrentWidget(self.empty_state)
            return
        self.stack.setCurrentIndex(1)
        self.history.set_revisions(([draft] if draft else []) + revisions)
        style_review_label(self.review_label, ch.review_status(self.journal, info.id))
        self.reviewed_button.setEnabled(self._latest is not None)
        self.export_button.setEnabled(self._latest is not None)
        self.resume_button.setVisible(self._latest is None)
        self._update_state()

    def _update_state(self) -> None:
        """The state line and buttons, from what the form holds now (no reads)."""
        latest = self._latest
        changes = ch.diff(latest.content if latest else ch.CharterContent(),
                          self.editors.content())
        self.discard_button.setVisible(latest is not None and bool(changes))
        self.save_button.setEnabled(bool(changes))
        if latest is None:
            text = self.tr("Not saved as a revision yet; what you type is kept as a draft.")
        elif changes:
            names = ", ".join(field_name(c.field) for c in changes)
            text = self.tr("Changed since revision %d (kept as a draft): %s.") % (
                latest.number, names)
        else:
            when = ch.format_day(latest.effective_on) if latest.effective_on else ""
            text = self.tr("Revision %d, agreed %s: %s") % (latest.number, when, latest.reason)
        self.state_label.setText(text)

    # ----- autosave ----------------------------------------------------------------
    def _snapshot(self) -> tuple[str, ch.CharterContent] | None:
        if self.mentorship is None:
            return None
        return self.mentorship.id, self.editors.content()

    def _write_draft(self, snapshot: tuple[str, ch.CharterContent] | None) -> None:
        if snapshot is not None:
            ch.save_draft(self.journal, *snapshot)

    def flush(self) -> None:
        self.autosaver.flush(wait=True)

    # ----- revisions ---------------------------------------------------------------
    def save_revision(self, reason: str) -> str | None:
        """Save what the form holds as the next revision; returns why not, if refused."""
        info = self.mentorship
        if info is None:
            return self.tr("Choose a mentorship first.")
        if not self.editors.check():
            return self.tr("Fix the field marked in red first; nothing was saved.")
        try:
            saved = ch.save_revision(self.journal, info.id, self.editors.content(), reason)
        except (ch.CharterError, JournalError) as exc:
            field = getattr(exc, "field", "")
            if field:
                self.editors.show_error(field, str(exc))
            return str(exc)
        self._form_requested.add(info.id)
        self._refresh_meta()
        charter_signals().changed.emit(info.id)
        self.status_message.emit(self.tr("Saved charter revision %d.") % saved.number)
        return None

    def ask_save_revision(self) -> None:
        if self.mentorship is None or not self.save_button.isEnabled():
            return
        if not self.editors.check():
            self.status_message.emit(self.tr("Fix the field marked in red first; "
                                             "nothing was saved."))
            return
        latest = ch.latest_revision(self.journal, self.mentorship.id)
        number = latest.number + 1 if latest else 1
        dialog = ReasonDialog(number, self.state_label.text(), self._save_from_dialog, self)
        dialog.exec()

    def _save_from_dialog(self, reason: str) -> str | None:
        error = self.save_revision(reason)
        return error

    def discard_changes(self) -> None:
        info = self.mentorship
        if info is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Discard changes?"),
            self.tr("Go back to the last saved revision? The changes in the draft will be "
                    "lost."))
        if answer == QMessageBox.StandardButton.Yes:
            self.discard_draft()

    def discard_draft(self) -> None:
        info = self.mentorship
        if info is None:
            return
        self.flush()
        ch.discard_draft(self.journal, info.id)
        self.editors.load(ch.working_content(self.journal, info.id))
        self._refresh_meta()
        self.status_message.emit(self.tr("Changes discarded; the form shows the last "
                                         "revision again."))

    def mark_reviewed(self) -> None:
        info = self.mentorship
        if info is None:
            return
        try:
            status = ch.mark_reviewed_no_changes(self.journal, info.id)
        except (ch.CharterError, JournalError) as exc:
            self.status_message.emit(str(exc))
            return
        self._refresh_meta()
        charter_signals().changed.emit(info.id)
        self.status_message.emit(self.tr("Review recorded. ") + status.summary())

    def compare_selected(self) -> CompareDialog | None:
        revisions = self.history.revisions()
        if len(revisions) < 2:
            self.status_message.emit(self.tr("There is only one version so far; save another "
                                             "revision to compare."))
            return None
        older, newer = self.history.pair_to_compare()
        dialog = CompareDialog(revisions, older, newer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ----- wizard ------------------------------------------------------------------
    def start_wizard(self) -> CharterWizard | None:
        info = self.mentorship
        if info is None:
            return None
        self.flush()
        wizard = CharterWizard(self.editors.content(), self._wizard_draft,
                               self._wizard_revision, self)
        wizard.finished.connect(lambda _r: self._wizard_closed(info.id))
        self.wizard = wizard
        wizard.open()
        return wizard

    def _open_wizard(self) -> None:
        self.start_wizard()

    def _wizard_draft(self, content: ch.CharterContent) -> None:
        info = self.mentorship
        if info is not None:
            mentorship_id = info.id
            self.tasks.run(lambda: ch.save_draft(self.journal, mentorship_id, content))

    def _wizard_revision(self, content: ch.CharterContent, reason: str) -> str | None:
        info = self.mentorship
        if info is None:
            return self.tr("Choose a mentorship first.")
        self.tasks.wait()  # a draft write from the last page must land first
        self.editors.load(content)
        return self.save_revision(reason)

    def _wizard_closed(self, mentorship_id: str) -> None:
        if self.wizard is not None and self.wizard.result() == 0:
            self.tasks.wait()
            self._form_requested.add(mentorship_id)
            if self.mentorship is not None and self.mentorship.id == mentorship_id:
                self.editors.load(ch.working_content(self.journal, mentorship_id))
                self._refresh_meta()
                self.status_message.emit(self.tr("The charter is kept as a draft; continue "
                                                 "the guide or the form at any time."))
        self.wizard = None

    # ----- one-pager ---------------------------------------------------------------
    def export_one_pager(self, path: str | Path) -> bool:
        from mentorjournal.reports.charter_onepager import write_charter_one_pager

        info = self.mentorship
        latest = ch.latest_revision(self.journal, info.id) if info else None
        if info is None or latest is None:
            self.status_message.emit(self.tr("Save a first revision before exporting it."))
            return False
        title = f"Mentorship charter: {info.name}"
        if info.counterpart and info.counterpart != info.name:
            title += f" ({info.counterpart})"
        try:
            write_charter_one_pager(path, title, latest, ch.review_status(self.journal, info.id))
        except OSError as exc:
            self.status_message.emit(self.tr("Could not write the PDF: %s.") % exc.strerror)
            return False
        note = self.tr(" The unsaved draft is not in it.") if ch.get_draft(
            self.journal, info.id) else ""
        self.status_message.emit(self.tr("Exported revision %d to %s.") % (latest.number, path)
                                 + note)
        return True

    def ask_export(self) -> None:
        if self.mentorship is None:
            return
        suggested = str(Path.home() / f"charter-{self.mentorship.name}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the charter one-pager"),
                                              suggested, self.tr("PDF files (*.pdf)"))
        if path:
            self.export_one_pager(path if path.lower().endswith(".pdf") else path + ".pdf")
