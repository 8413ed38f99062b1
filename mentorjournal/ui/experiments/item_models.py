"""Qt item models over the experiments list: one table model, proxies to filter it.

The board's three columns and the sortable list are all views of the same
`ExperimentTableModel`, so an edit shows up everywhere at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from mentorjournal.core.experiments import OUTCOME_LABELS, STATUS_LABELS, ExperimentInfo
from mentorjournal.ui.experiments.forms import day_text, warning_icon

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CARD_ROLE = Qt.ItemDataRole.UserRole + 3
FLAG_ROLE = Qt.ItemDataRole.UserRole + 4  # True while overdue

COLUMNS = ("Experiment", "Status", "Goal", "Ends", "Outcome", "Flag")
TITLE, STATUS, GOAL, ENDS, OUTCOME, FLAG = range(len(COLUMNS))
_STATUS_ORDER = {"planned": 0, "running": 1, "concluded": 2}
_Index = QModelIndex | QPersistentModelIndex


def overdue_text(info: ExperimentInfo) -> str:
    if not info.overdue:
        return ""
    days = info.days_overdue
    return f"Overdue by {days} day" + ("" if days == 1 else "s")


def card_text(info: ExperimentInfo) -> str:
    """What a board card says: title, the overdue flag, goal, and dates or outcome."""
    lines = [info.title]
    if info.overdue:
        lines.append(f"⚠ {overdue_text(info)}")
    if info.goal_title:
        lines.append(f"Goal: {info.goal_title}")
    if info.status == "concluded" and info.outcome:
        lines.append(f"{OUTCOME_LABELS[info.outcome]} · {day_text(info.concluded_on)}")
    elif info.ends_on:
        lines.append(f"Ends {day_text(info.ends_on)}")
    return "\n".join(lines)


class ExperimentTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ExperimentInfo] = []
        self._rows: dict[str, int] = {}

    def set_experiments(self, items: list[ExperimentInfo]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._rows = {item.id: row for row, item in enumerate(self._items)}
        self.endResetModel()

    def row_of(self, experiment_id: str | None) -> int:
        """The row of an experiment, or -1: a dict look-up, where walking the rows
        through a proxy would call Python for every row of a long list."""
        return self._rows.get(experiment_id, -1) if experiment_id else -1

    def experiment(self, row: int) -> ExperimentInfo:
        return self._items[row]

    def experiments(self) -> list[ExperimentInfo]:
        return list(self._items)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._items[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return info.id
        if role == CARD_ROLE:
            return card_text(info)
        if role == FLAG_ROLE:
            return info.overdue
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(info, col)
        if role == SORT_ROLE:
            return self._sort_key(info, col)
        if role == Qt.ItemDataRole.DecorationRole and col in (TITLE, FLAG) and info.overdue:
            return warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == FLAG and info.overdue:
                return (f"Still running {info.days_overdue} days after its planned end "
                        f"({day_text(info.ends_on)}): conclude it or move the end date.")
            return info.hypothesis or info.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return card_text(info).replace("\n", ", ")
        return None

    @staticmethod
    def _display(info: ExperimentInfo, col: int) -> str:
        if col == TITLE:
            return info.title
        if col == STATUS:
            return STATUS_LABELS[info.status]
        if col == GOAL:
            return info.goal_title or "—"
        if col == ENDS:
            return day_text(info.ends_on)
        if col == OUTCOME:
            return OUTCOME_LABELS.get(info.outcome or "", "")
        return overdue_text(info)

    @staticmethod
    def _sort_key(info: ExperimentInfo, col: int) -> Any:
        if col == STATUS:
            return _STATUS_ORDER[info.status]
        if col == ENDS:
            return info.ends_on.toordinal() if info.ends_on else 10**7
        if col == FLAG:
            return info.days_overdue
        return ExperimentTableModel._display(info, col).casefold()


class ExperimentFilterProxy(QSortFilterProxyModel):
    """Filters by status, goal, words and "only overdue"; sorts on raw values."""

    def __init__(self, parent: Any = None, *, status: str | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._status = status
        self._goal_id: str | None = None
        self._words = ""
        self._overdue_only = False

    def set_filters(self, *, status: str | None = None, goal_id: str | None = None,
                    words: str = "", overdue_only: bool = False,
                    keep_status: bool = False) -> None:
        self.beginFilterChange()
        if not keep_status:
            self._status = status
        self._goal_id = goal_id
        self._words = words.strip().casefold()
        self._overdue_only = overdue_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ExperimentTableModel)
        info = model.experiment(source_row)
        if self._status and info.status != self._status:
            return False
        if self._goal_id and info.goal_id != self._goal_id:
            return False
        if self._overdue_only and not info.overdue:
            return False
        if self._words:
            haystack = " ".join((info.title, info.hypothesis, info.plan, info.result,
                                 info.learning, info.goal_title)).casefold()
            return all(word in haystack for word in self._words.split())
        return True


class BoardColumnProxy(ExperimentFilterProxy):
    """One board column: a fixed status, shown as multi-line cards.

    Cards carry the overdue flag as a "⚠ Overdue by …" line in bold rather than as an
    icon: a decoration narrows the wrapped text without the list growing the card.
    """

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            role = CARD_ROLE
        elif role == Qt.ItemDataRole.DecorationRole:
            return None
        elif role == Qt.ItemDataRole.FontRole:
            if super().data(index, FLAG_ROLE):
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)
