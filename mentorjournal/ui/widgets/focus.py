"""Tab order that follows the screen, not the order widgets happened to be created in.

Qt chains focus in creation order; forms built from shared editors (the charter) or rows
added later (success criteria) would otherwise make Tab jump around the page.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def tab_stops(container: QWidget) -> list[QWidget]:
    """The widgets Tab stops at inside `container` (itself if it is one), in chain order;
    a control's own inner parts (a combo box's line edit) are not separate stops."""
    if _takes_tab(container):
        return [container]
    stops: list[QWidget] = []
    widget = container.nextInFocusChain()
    while widget is not container and widget is not None:
        if container.isAncestorOf(widget) and _takes_tab(widget) and not any(
                stop.isAncestorOf(widget) for stop in stops):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def chain(widgets: Iterable[QWidget]) -> None:
    """Make Tab visit the stops of `widgets` in the order given; the first stays put."""
    stops = [stop for widget in widgets for stop in tab_stops(widget)]
    for first, second in pairwise(stops):
        QWidget.setTabOrder(first, second)


def insert_before(anchor: QWidget, widgets: Iterable[QWidget]) -> None:
    """Put the stops of `widgets` right before `anchor` in the chain (rows added later)."""
    stops = [stop for widget in widgets for stop in tab_stops(widget)]
    before: QWidget = anchor.previousInFocusChain() or anchor
    # The nearest real stop before the anchor: an enclosing container as `first` would
    # make Qt append after its whole subtree instead.
    while before is not anchor and (not _takes_tab(before) or before.isAncestorOf(anchor)
                                    or any(s is before or s.isAncestorOf(before)
                                           for s in stops)):
        before = before.previousInFocusChain() or anchor
    order = [*stops, anchor] if before is anchor else [before, *stops, anchor]
    for first, second in pairwise(order):
        QWidget.setTabOrder(first, second)
