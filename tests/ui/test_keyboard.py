"""The app can be driven from the keyboard: the standard shortcuts, no ambiguous keys,
and a tab order that walks each editor top to bottom."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QToolButton, QWidget

from mentorjournal.ui.main_window import MainWindow
from tests.ui.conftest import demo_window


def _demo_window(open_window, private_locations: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = demo_window(open_window, private_locations)
    for index in range(window.tab_widget.count()):  # build every tab and sub-page
        window.show_tab(index)
    experiments = window.tab("experiments")
    for page in range(experiments.pages.count()):  # type: ignore[attr-defined]
        experiments.pages.setCurrentIndex(page)  # type: ignore[attr-defined]
    window.show_tab(0)
    return window


def _bindings(window: MainWindow) -> list[tuple[str, str]]:
    """(key, what it does) for every action, shortcut and button with a key."""
    found: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            found.append((key.toString(), action.text().replace("&", "")))
    for shortcut in window.findChildren(QShortcut):
        for key in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
            owner = shortcut.parent()
            found.append((key.toString(), f"shortcut of {type(owner).__name__}"))
    for button in window.findChildren(QAbstractButton):
        if isinstance(button, QToolButton) and button.defaultAction() is not None:
            continue  # its action is counted above
        if not button.shortcut().isEmpty():
            found.append((button.shortcut().toString(), button.text().replace("&", "")))
    return [(key, what) for key, what in found
            if key and not key.startswith("Alt+")]  # Alt+letter: mnemonics, per widget


def test_standard_shortcuts_are_bound_to_the_right_actions(  # type: ignore[no-untyped-def]
        open_window, private_locations, qtbot) -> None:
    window = _demo_window(open_window, private_locations)
    expected = {
        window.new_checkin_action: "Ctrl+N",  # type: ignore[attr-defined]
        window.search_action: "Ctrl+K",  # type: ignore[attr-defined]
        window.export_report_action: "Ctrl+P",  # type: ignore[attr-defined]
        window.preferences_action: "Ctrl+,",
        window.quit_action: "Ctrl+Q",
        **{action: f"Ctrl+{n}" for n, action in enumerate(window.tab_actions, start=1)},
    }
    for action, key in expected.items():
        assert action is not None
        assert action.shortcut().toString() == key, action.text()
        assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
        assert action in window.actions() or any(  # reachable from the window's menus
            action in menu.actions() for menu in (window.file_menu, window.edit_menu,
                                                  window.view_menu, window.help_menu))
    assert [a.text().replace("&", "") for a in window.tab_actions] == [
        "Charter", "Sessions", "Experiments", "Progress"]


def test_pressing_the_keys_does_what_they_say(open_window, private_locations, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _demo_window(open_window, private_locations)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    for number in (2, 4, 3, 1):
        qtbot.keyClick(window.tab_widget, Qt.Key(Qt.Key.Key_0 + number),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.tab_widget.currentIndex() == number - 1
    rows = window.tab("sessions").model.rowCount()  # type: ignore[attr-defined]
    qtbot.keyClick(window.tab_widget, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.tab_widget.currentIndex() == 1  # New check-in shows the Sessions tab
    assert window.tab("sessions").model.rowCount() == rows + 1  # type: ignore[attr-defined]


def test_no_two_commands_share_a_key(open_window, private_locations, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt silently ignores a key bound twice ("ambiguous shortcut"), so every key the
    window knows, in menus, tabs and buttons, must do exactly one thing."""
    window = _demo_window(open_window, private_locations)
    bindings = _bindings(window)
    assert len(bindings) > 15
    by_key: dict[str, list[str]] = {}
    for key, what in bindings:
        by_key.setdefault(QKeySequence(key).toString(), []).append(what)
    shared = {key: whats for key, whats in by_key.items() if len(whats) > 1}
    assert not shared, shared


def _focus_chain(start: QWidget, within: QWidget, limit: int = 400) -> list[QWidget]:
    chain, widget = [], start
    for _ in range(limit):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return [w for w in chain if within.isAncestorOf(w) or w is within]


def _reachable_in_order(fields: list[QWidget], within: QWidget) -> None:
    chain = [w for w in _focus_chain(fields[0], within)
             if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(within)]
    positions = []
    for field in fields:
        assert field in chain, f"{field.objectName() or field.accessibleName()} " \
                               "is not reachable with Tab"
        positions.append(chain.index(field))
    names = [f.accessibleName() or f.objectName() for f in fields]
    assert positions == sorted(positions), [names[i] for i in sorted(
        range(len(fields)), key=lambda i: positions[i])]


def _visual_order(fields: list[QWidget], within: QWidget) -> list[QWidget]:
    def where(w: QWidget) -> tuple[int, int]:
        point = w.mapTo(within, w.rect().topLeft())
        return (point.y() // 12, point.x())  # same row within a few pixels: left first
    return sorted(fields, key=where)


def test_tab_walks_the_session_editor_and_charter_form_in_visual_order(  # type: ignore[no-untyped-def]
        open_window, private_locations, qtbot) -> None:
    window = _demo_window(open_window, private_locations)
    window.show_tab(1)
    sessions = window.tab("sessions")
    sessions.view.selectRow(0)  # type: ignore[attr-defined]
    QApplication.processEvents()
    editor = sessions.editor  # type: ignore[attr-defined]
    fields = [w for w in editor.findChildren(QWidget) if _is_field(w, editor)]
    assert len(fields) >= 10
    _reachable_in_order(_visual_order(fields, editor), editor)

    window.show_tab(0)
    QApplication.processEvents()
    form = window.tab("charter").form  # type: ignore[attr-defined]
    fields = [w for w in form.findChildren(QWidget) if _is_field(w, form)]
    assert len(fields) >= 8
    _reachable_in_order(_visual_order(fields, form), form)


def _is_field(widget: QWidget, within: QWidget) -> bool:
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    if not isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox,
                               QAbstractSpinBox, QCheckBox)):
        return False
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(),
                                                    (QComboBox, QAbstractSpinBox)):
        return False
    if isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly():
        return False
    return widget.isVisibleTo(within) and widget.isEnabled()


def test_tab_walks_the_other_editors_and_dialogs_in_visual_order(  # type: ignore[no-untyped-def]
        open_window, private_locations, qtbot) -> None:
    from mentorjournal.ui.dialogs.mentorship_dialog import NewMentorshipDialog
    from mentorjournal.ui.dialogs.preferences import PreferencesDialog
    from mentorjournal.ui.portability.report_dialog import ReportDialog

    window = _demo_window(open_window, private_locations)
    window.show_tab(2)
    experiments = window.tab("experiments")
    editors: list[QWidget] = []
    for index, names in enumerate((("editor",), ("editor",),
                                   ("skill_editor", "item_editor"))):
        experiments.pages.setCurrentIndex(index)  # type: ignore[attr-defined]
        QApplication.processEvents()
        page = experiments._page(index)  # type: ignore[attr-defined]
        editors += [getattr(page, name) for name in names]
    for dialog in (PreferencesDialog(window.settings, window), NewMentorshipDialog(window),
                   ReportDialog(window)):
        qtbot.addWidget(dialog)
        dialog.show()
        editors.append(dialog)
    QApplication.processEvents()
    for editor in editors:
        fields = [w for w in editor.findChildren(QWidget) if _is_field(w, editor)]
        assert len(fields) >= 3, type(editor).__name__
        _reachable_in_order(_visual_order(fields, editor), editor)
