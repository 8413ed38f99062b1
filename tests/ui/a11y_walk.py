"""The rule the accessibility walk applies to one widget, kept apart from the test so
the rule reads on its own.

An *interactive* widget is a button, tool button, check box, radio button, line or text
edit, combo box, spin or date edit, slider, list/table/tree view or tab bar. Parts that
Qt builds inside another control (a combo box's line edit, a spin box's editor, a view's
header and scroll bars, a tab bar's scroll arrows, a line edit's clear button, a tool
bar's overflow arrow) are announced as part of that control and are not checked.

A widget is **named** when a screen reader gets a name a person chose for it:
  - its `accessibleName()` is set, or
  - a QLabel names it as its buddy (QFormLayout rows do this), or
  - it is a button, tool button or check box that shows its own text, or
  - it is the tab bar of a named QTabWidget.
A group box title alone does not count: every field inside would get the same name.

A widget is **explained** when it has a tooltip, a buddy label, an accessible
description, or shows its own text (buttons and check boxes).

As a cross-check, Qt's own accessibility interface (what AT-SPI, UIA or NSAccessibility
read) must report a non-empty name for every control; Qt reports the tooltip as the
description when no accessible description is set.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
               QAbstractSpinBox, QAbstractItemView, QAbstractSlider, QTabBar)
#: Controls whose inner widgets are announced as part of the control itself.
COMPOSITES = (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit, QCalendarWidget,
              QAbstractItemView)
INTERNAL_CLASSES = {"QToolBarExtension", "QLineEditIconButton"}


def _is_internal(widget: QWidget, root: QWidget) -> bool:
    if isinstance(widget, (QHeaderView, QScrollBar)):
        return True
    if type(widget).__name__ in INTERNAL_CLASSES:
        return True
    if widget.objectName().startswith("qt_") and not isinstance(widget, QTabBar):
        return True  # Qt's own parts, except a QTabWidget's tab bar (the user's tabs)
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def buddy_label(widget: QWidget) -> QLabel | None:
    top = widget.window()
    for label in top.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label
    return None


def own_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    return ""


def is_named(widget: QWidget) -> bool:
    if widget.accessibleName().strip() or own_text(widget) or buddy_label(widget):
        return True
    parent = widget.parentWidget()
    return isinstance(widget, QTabBar) and isinstance(parent, QTabWidget) \
        and bool(parent.accessibleName().strip())


def is_explained(widget: QWidget) -> bool:
    return bool(widget.toolTip().strip() or widget.accessibleDescription().strip()
                or own_text(widget) or buddy_label(widget)) or (
        isinstance(widget, QTabBar) and is_named(widget))


def describe(widget: QWidget) -> str:
    path = []
    current: QWidget | None = widget
    while current is not None and len(path) < 5:
        path.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    hint = ""
    if isinstance(widget, QLineEdit):
        hint = f" placeholder={widget.placeholderText()!r}"
    return f"{type(widget).__name__} in {' < '.join(path)}{hint}"


def controls(root: QWidget) -> list[QWidget]:
    """Every interactive widget under `root`, shown or not, without Qt's inner parts."""
    return [w for w in [root, *root.findChildren(QWidget)]
            if isinstance(w, INTERACTIVE) and not _is_internal(w, root)]


def spoken(widget: QWidget, what: QAccessible.Text) -> str:
    """What Qt hands a screen reader for `widget` (name, or description: the tooltip)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(what).strip() if interface is not None else ""


def problems(root: QWidget) -> list[str]:
    """Each control under `root` that is not named or not explained, as readable lines."""
    found = []
    for widget in controls(root):
        if not is_named(widget):
            found.append("no name: " + describe(widget))
        elif not isinstance(widget, QTabBar) and not spoken(widget, QAccessible.Text.Name):
            found.append("Qt gives a screen reader no name: " + describe(widget))
        elif not is_explained(widget):
            found.append("no tooltip or label: " + describe(widget))
    return found
