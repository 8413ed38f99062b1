"""Preferences: theme, report page size, backups folder, autosave delay, dates."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.ui import options as opt


def _combo(name: str, tip: str, items: list[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox()
    for value, label in items:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.setAccessibleName(name)
    combo.setToolTip(tip)
    return combo


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.theme = _combo(self.tr("Theme"), self.tr("Light, dark, or follow the system"),
                            [("system", self.tr("Follow the system")),
                             ("light", self.tr("Light")), ("dark", self.tr("Dark"))],
                            opt.get(settings, opt.THEME))
        self.page_size = _combo(self.tr("Report page size"),
                                self.tr("Paper size of exported PDF reports"),
                                [("locale", self.tr("From my region")), ("A4", "A4"),
                                 ("Letter", "Letter")], opt.get(settings, opt.REPORT_PAGE_SIZE))
        self.backup_dir = QLineEdit(opt.get(settings, opt.BACKUP_DIR))
        self.backup_dir.setPlaceholderText(self.tr("Inside the journal's folder (default)"))
        self.backup_dir.setAccessibleName(self.tr("Backup folder"))
        self.backup_dir.setToolTip(self.tr("Where automatic backups are kept; leave empty "
                                           "for the default"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose backup folder"))
        browse.setToolTip(self.tr("Pick a folder for backups"))
        browse.clicked.connect(self._choose_backup_dir)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_dir, 1)
        backup_row.addWidget(browse)
        self.autosave = QSpinBox()
        self.autosave.setRange(opt.AUTOSAVE_DELAY_MS.minimum or 200,
                               opt.AUTOSAVE_DELAY_MS.maximum or 10_000)
        self.autosave.setSingleStep(100)
        self.autosave.setSuffix(self.tr(" ms"))
        self.autosave.setValue(opt.get(settings, opt.AUTOSAVE_DELAY_MS))
        self.autosave.setAccessibleName(self.tr("Autosave delay"))
        self.autosave.setToolTip(self.tr("How long after your last keystroke a note is saved"))
        self.week_start = _combo(self.tr("Week starts on"),
                                 self.tr("First day of the week in calendars"),
                                 [("locale", self.tr("From my region")),
                                  ("monday", self.tr("Monday")), ("sunday", self.tr("Sunday")),
                                  ("saturday", self.tr("Saturday"))],
                                 opt.get(settings, opt.WEEK_START))
        self.date_format = _combo(self.tr("Date format"), self.tr("How dates are shown"),
                                  [(f, f) for f in opt.DATE_FORMAT.choices],
                                  opt.get(settings, opt.DATE_FORMAT))
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Report page size"), self.page_size)
        form.addRow(self.tr("Backups are kept in"), backup_row)
        form.addRow(self.tr("Save notes this long after I stop typing"), self.autosave)
        form.addRow(self.tr("Week starts on"), self.week_start)
        form.addRow(self.tr("Date format"), self.date_format)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

    def _choose_backup_dir(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"),
                                                  self.backup_dir.text())
        if chosen:
            self.backup_dir.setText(chosen)

    def save(self) -> None:
        s = self.settings
        opt.put(s, opt.THEME, self.theme.currentData())
        opt.put(s, opt.REPORT_PAGE_SIZE, self.page_size.currentData())
        opt.put(s, opt.BACKUP_DIR, self.backup_dir.text().strip())
        opt.put(s, opt.AUTOSAVE_DELAY_MS, self.autosave.value())
        opt.put(s, opt.WEEK_START, self.week_start.currentData())
        opt.put(s, opt.DATE_FORMAT, self.date_format.currentData())
        s.sync()
