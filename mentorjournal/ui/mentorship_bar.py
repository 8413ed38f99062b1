"""The mentorship switcher: pick, create, rename, set my role, archive."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QToolBar, QToolButton, QWidget

from mentorjournal.core.mentorships import MentorshipInfo
from mentorjournal.ui.icons import icon


class MentorshipBar(QToolBar):
    """Shows the mentorships; emits the id the user picks. Actions are owned here so the
    menu bar and the toolbar trigger the very same QAction objects."""

    mentorship_picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mentorship"), parent)
        self.setObjectName("mentorshipBar")
        self.setMovable(False)
        self.setContentsMargins(8, 4, 8, 4)
        layout = self.layout()
        if layout is not None:
            layout.setSpacing(6)
        label = QLabel(self.tr("Mentorship:"))
        self._combo = QComboBox()
        self._combo.setMinimumContentsLength(18)
        self._combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._combo.setAccessibleName(self.tr("Current mentorship"))
        self._combo.setToolTip(self.tr("Switch between your mentorships"))
        label.setBuddy(self._combo)
        self._combo.activated.connect(self._on_activated)
        self.addWidget(label)
        self.addWidget(self._combo)
        self.addSeparator()

        self.new_action = QAction(icon("new"), self.tr("&New mentorship…"), self)
        self.new_action.setToolTip(self.tr("Start a new mentorship (Ctrl+Shift+N)"))
        self.new_action.setShortcut("Ctrl+Shift+N")
        self.rename_action = QAction(icon("rename"), self.tr("&Rename mentorship…"), self)
        self.rename_action.setToolTip(self.tr("Rename the current mentorship (F2)"))
        self.rename_action.setShortcut("F2")
        self.archive_action = QAction(icon("archive"), self.tr("&Archive mentorship"), self)
        self.archive_action.setToolTip(self.tr("Hide this mentorship from the switcher; "
                                               "nothing is deleted"))
        self.unarchive_action = QAction(icon("unarchive"), self.tr("Restore from a&rchive"), self)
        self.unarchive_action.setToolTip(self.tr("Bring this mentorship back to the switcher"))
        self.show_archived_action = QAction(self.tr("Show &archived mentorships"), self)
        self.show_archived_action.setCheckable(True)
        self.show_archived_action.setToolTip(self.tr("List archived mentorships too"))

        self.role_menu = QMenu(self.tr("My &role"), self)
        self.role_menu.setIcon(icon("role"))
        self.role_group = QActionGroup(self)
        self.role_actions: dict[str, QAction] = {}
        for key, text in (("mentee", self.tr("I am the &mentee")),
                          ("mentor", self.tr("I am the m&entor"))):
            action = QAction(text, self, checkable=True)
            action.setData(key)
            action.setToolTip(text.replace("&", ""))
            self.role_group.addAction(action)
            self.role_menu.addAction(action)
            self.role_actions[key] = action

        for action in (self.new_action, self.rename_action):
            self.addAction(action)
        role_button = QToolButton()
        role_button.setMenu(self.role_menu)
        role_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        role_button.setIcon(icon("role"))
        role_button.setText(self.tr("My role"))
        role_button.setToolTip(self.tr("Set whether you are the mentee or the mentor"))
        role_button.setAccessibleName(self.tr("My role"))
        self.role_button = role_button
        self.addWidget(role_button)
        self.addAction(self.archive_action)
        self.addAction(self.unarchive_action)
        for button in self.findChildren(QToolButton):
            if button.defaultAction() is not None:
                text = button.defaultAction().text().replace("&", "").rstrip("…")
                button.setAccessibleName(text)
        self._mentorships: list[MentorshipInfo] = []

    def set_mentorships(self, mentorships: list[MentorshipInfo], current_id: str | None) -> None:
        self._mentorships = mentorships
        self._combo.blockSignals(True)
        self._combo.clear()
        for info in mentorships:
            label = info.name + (self.tr(" (archived)") if info.archived else "")
            self._combo.addItem(label, info.id)
            self._combo.setItemData(self._combo.count() - 1, info.counterpart or info.name,
                                    role=3)  # Qt.ToolTipRole
        index = self._combo.findData(current_id) if current_id else -1
        self._combo.setCurrentIndex(index if index >= 0 else 0)
        self._combo.blockSignals(False)
        self._combo.setEnabled(bool(mentorships))

    def current_id(self) -> str | None:
        data = self._combo.currentData()
        return str(data) if data else None

    def combo(self) -> QComboBox:
        return self._combo

    def update_actions(self, current: MentorshipInfo | None) -> None:
        has = current is not None
        self.rename_action.setEnabled(has)
        self.role_button.setEnabled(has)
        self.role_menu.setEnabled(has)
        self.archive_action.setVisible(not (current and current.archived))
        self.archive_action.setEnabled(has)
        self.unarchive_action.setVisible(bool(current and current.archived))
        if current is not None:
            self.role_actions[current.my_role].setChecked(True)

    def _on_activated(self, index: int) -> None:
        data = self._combo.itemData(index)
        if data:
            self.mentorship_picked.emit(str(data))
