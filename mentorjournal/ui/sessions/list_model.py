"""The check-in list: a table model over plain summaries and a filtering proxy.

The model holds `CheckInSummary` rows read with one SQL query, newest first; the
proxy filters by topic and date range, so filtering a ten-year journal never
touches the database and never builds a widget per row.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from mentorjournal.core.checkins import CheckInSummary

Index = QModelIndex | QPersistentModelIndex
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Date", "Length", "Format", "Topics", "First line")


class SessionListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CheckInSummary] = []

    def set_rows(self, rows: list[CheckInSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, session_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == session_id), -1)

    def upsert(self, summary: CheckInSummary) -> None:
        """Replace one row (after an autosave) or add one, keeping newest first.

        The model itself stays sorted, so the proxy only filters and never sorts: on a
        ten-year journal sorting through `data()` calls would cost more than the query.
        """
        row = self.row_of(summary.id)
        others = self._rows if row < 0 else self._rows[:row] + self._rows[row + 1:]
        at = next((i for i, r in enumerate(others) if r.held_at < summary.held_at), len(others))
        if row < 0:
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, summary)
            self.endInsertRows()
            return
        if at != row:  # a move keeps the view's selection on this row
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), at if at < row else at + 1)
            others.insert(at, summary)
            self._rows = others
            self.endMoveRows()
        self._rows[at] = summary
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))

    def remove(self, session_id: str) -> None:
        row = self.row_of(session_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return s.held_at.strftime("%Y-%m-%d %H:%M")
            if column == 1:
                return f"{s.duration_minutes} min" if s.duration_minutes else "—"
            if column == 2:
                return s.format_label + (" · private" if s.private else "")
            if column == 3:
                return ", ".join(s.topics)
            return s.first_line
        if role == Qt.ItemDataRole.ToolTipRole:
            return s.first_line or "No notes yet"
        if role == SUMMARY_ROLE:
            return s
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None


class SessionFilter(QSortFilterProxyModel):
    """Topic (any case) and an inclusive date range; the source order (newest first) stays."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._topic: str | None = None
        self._since: date | None = None
        self._until: date | None = None
        self.setDynamicSortFilter(True)

    def set_filter(self, topic: str | None, since: date | None, until: date | None) -> None:
        self.beginFilterChange()
        self._topic = topic.casefold() if topic else None
        self._since, self._until = since, until
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def active(self) -> bool:
        return bool(self._topic or self._since or self._until)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        summary: CheckInSummary = model.data(model.index(source_row, 0, source_parent),
                                             SUMMARY_ROLE)
        day = summary.held_at.date()
        if self._since is not None and day < self._since:
            return False
        if self._until is not None and day > self._until:
            return False
        return self._topic is None or any(t.casefold() == self._topic for t in summary.topics)
