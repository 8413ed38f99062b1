"""A guided first charter: one short page per topic, each with a hint.

Every page may be skipped. Closing the wizard ("Finish later") keeps what was typed
as the charter's draft; opening it again resumes at the first page left blank. The
last page asks for a reason and saves revision 1.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mentorjournal.core import charter as ch
from mentorjournal.ui.charter.editors import CharterEditors
from mentorjournal.ui.charter.fields import FIELD_TEXTS
from mentorjournal.ui.widgets.inline_error import inline_error_label

#: (title, fields) in the order two people would talk them through.
WIZARD_PAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("What do we each want?", ("my_objectives", "their_objectives")),
    ("What does success look like?", ("success_vision", "success_criteria")),
    ("How often and how long?", ("cadence_value", "session_minutes")),
    ("What limits us?", ("constraints_time", "constraints_confidentiality",
                         "constraints_other")),
    ("How do we talk and give feedback?", ("channels", "feedback_format",
                                           "feedback_frequency")),
    ("Where are the boundaries?", ("topics_in_scope", "topics_out_of_scope", "candor",
                                   "confidentiality_handling")),
    ("Setbacks and the next review", ("setbacks_framing", "review_interval_months")),
)
DEFAULT_REASON = "First charter, agreed together."
SKIP_HINT = "Skip anything you are not ready to answer; you can come back to it."

SaveRevision = Callable[[ch.CharterContent, str], str | None]


def page_is_blank(content: ch.CharterContent, keys: tuple[str, ...]) -> bool:
    blank = ch.CharterContent()
    return all(getattr(content, k) == getattr(blank, k) for k in keys if k != "cadence_unit")


class _FieldsPage(QWizardPage):
    def __init__(self, wizard: CharterWizard, title: str, keys: tuple[str, ...]) -> None:
        super().__init__()
        self._wizard = wizard
        self.keys = keys
        self.setTitle(title)
        hints = [FIELD_TEXTS[k].hint for k in keys if FIELD_TEXTS[k].hint]
        self.setSubTitle(" ".join([*hints[:1], SKIP_HINT]))
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # keep the rows together at the top of the page
        for key in keys:
            label = QLabel(self.tr(FIELD_TEXTS[key].question))
            label.setWordWrap(True)
            widget = wizard.editors.row_widget(key)
            label.setBuddy(widget)
            form.addRow(label, widget)

    def validatePage(self) -> bool:
        if self._wizard.skipping:
            return True
        return self._wizard.editors.check(self.keys)


class _SavePage(QWizardPage):
    def __init__(self, wizard: CharterWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Save the first revision"))
        self.setSubTitle(self.tr("The charter is kept as dated revisions. Say in a few words "
                                 "why this one exists; later revisions will say what "
                                 "changed."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.reason_edit = QLineEdit(self.tr(DEFAULT_REASON))
        self.reason_edit.setAccessibleName(self.tr("Reason for this revision"))
        self.reason_edit.setToolTip(self.tr("Why this revision is being saved"))
        form.addRow(self.tr("Why are we saving it?"), self.reason_edit)
        layout.addLayout(form)
        self.error_label = inline_error_label()
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        error = self._wizard.finish(self.reason_edit.text())
        self.error_label.setText(error or "")
        self.error_label.setVisible(bool(error))
        return error is None


class CharterWizard(QWizard):
    """Walks through the charter; `save_draft` keeps progress, `save_revision` finishes."""

    def __init__(self, content: ch.CharterContent,
                 save_draft: Callable[[ch.CharterContent], None],
                 save_revision: SaveRevision, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Write the charter together"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Skip for now"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Finish later"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Save revision 1"))
        self.button(QWizard.WizardButton.CustomButton1).setToolTip(
            self.tr("Leave this page blank for now and go on"))
        self.button(QWizard.WizardButton.CancelButton).setToolTip(
            self.tr("Close the guide; what you typed is kept as a draft"))
        self.customButtonClicked.connect(self._skip)
        self.resize(720, 520)
        self._save_draft = save_draft
        self._save_revision = save_revision
        self.skipping = False
        self.editors = CharterEditors(self)
        self.editors.load(content)
        self.field_pages = [_FieldsPage(self, title, keys) for title, keys in WIZARD_PAGES]
        for page in self.field_pages:
            self.addPage(page)
        self.save_page = _SavePage(self)
        self.addPage(self.save_page)
        self.currentIdChanged.connect(self._on_page_changed)
        self._start_id = next(
            (i for i, page in enumerate(self.field_pages) if page_is_blank(content, page.keys)),
            len(self.field_pages))
        self.setStartId(self._start_id)

    @property
    def resume_page(self) -> int:
        """Index of the page the wizard opened on (the first one left blank)."""
        return self._start_id

    def content(self) -> ch.CharterContent:
        return self.editors.content()

    def finish(self, reason: str) -> str | None:
        """Save revision 1; returns the reason it was refused, if it was."""
        return self._save_revision(self.content(), reason)

    def _skip(self, which: int) -> None:
        self.skipping = True
        try:
            self.next()
        finally:
            self.skipping = False

    def _on_page_changed(self, _page_id: int) -> None:
        self.button(QWizard.WizardButton.CustomButton1).setVisible(
            self.currentPage() is not self.save_page)
        self._keep_draft()

    def done(self, result: int) -> None:
        if result != int(QWizard.DialogCode.Accepted):
            self._keep_draft()  # "Finish later" keeps everything typed
        super().done(result)

    def _keep_draft(self) -> None:
        self._save_draft(self.content())
