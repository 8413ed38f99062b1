"""Shared set-up of the app's read-only lists and of pages built on first show."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def make_row_picker(view: QTableView) -> QTableView:
    """A read-only table where a click picks one whole row: every list in the app."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    return view


def place_in_holder(holder: QWidget | None, page: QWidget) -> None:
    """Put a page built on first show into its (already laid out) holder and show it;
    a child added to a visible parent would otherwise appear only later."""
    layout = holder.layout() if holder is not None else None
    assert layout is not None, "a lazy page's holder needs a layout"
    layout.addWidget(page)
    page.show()
