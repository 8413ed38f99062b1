"""The board: planned, running and concluded experiments side by side, as cards."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core.experiments import STATUS_LABELS, STATUSES
from mentorjournal.ui.experiments.item_models import (
    ID_ROLE,
    BoardColumnProxy,
    ExperimentTableModel,
)


class ExperimentBoard(QWidget):
    experiment_selected = Signal(str)

    def __init__(self, model: ExperimentTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Experiments board"))
        self.setStyleSheet(
            "QListView::item { padding: 6px 4px; border-bottom: 1px solid palette(midlight); }"
            "QListView::item:selected { background: palette(highlight); "
            "color: palette(highlighted-text); }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.proxies: dict[str, BoardColumnProxy] = {}
        self.views: dict[str, QListView] = {}
        self._headers: dict[str, QLabel] = {}
        for status in STATUSES:
            column = QVBoxLayout()
            header = QLabel()
            header.setObjectName("boardHeader")
            proxy = BoardColumnProxy(self, status=status)
            proxy.setSourceModel(model)
            view = QListView()
            view.setObjectName(f"board_{status}")
            view.setModel(proxy)
            view.setWordWrap(True)
            view.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap cards on resize
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setSpacing(3)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setAccessibleName(f"{STATUS_LABELS[status]} experiments")
            view.setToolTip(f"Experiments that are {status}; pick one to edit it")
            header.setBuddy(view)
            view.selectionModel().currentChanged.connect(
                lambda current, _prev, s=status: self._picked(s, current))
            view.clicked.connect(lambda index, s=status: self._picked(s, index))
            for signal in (proxy.modelReset, proxy.rowsInserted, proxy.rowsRemoved,
                           proxy.layoutChanged):
                signal.connect(self._update_headers)
            column.addWidget(header)
            column.addWidget(view, 1)
            layout.addLayout(column, 1)
            self.proxies[status], self.views[status], self._headers[status] = proxy, view, header
        self._update_headers()

    def _update_headers(self) -> None:
        for status, header in self._headers.items():
            header.setText(f"{STATUS_LABELS[status]} ({self.proxies[status].rowCount()})")

    def _picked(self, status: str, index: QModelIndex) -> None:
        if not index.isValid():
            return
        for other, view in self.views.items():
            if other != status:
                view.selectionModel().clearSelection()
        self.experiment_selected.emit(str(index.data(ID_ROLE)))

    def select(self, experiment_id: str | None) -> None:
        """Highlight one card without announcing it (the page already shows it)."""
        for status, view in self.views.items():
            proxy = self.proxies[status]
            selection = view.selectionModel()
            selection.blockSignals(True)
            selection.clearSelection()
            source = proxy.sourceModel()
            row = source.row_of(experiment_id) if isinstance(source, ExperimentTableModel) \
                else -1
            index = proxy.mapFromSource(source.index(row, 0)) if row >= 0 else QModelIndex()
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                view.scrollTo(index)
            selection.blockSignals(False)

    def card_texts(self, status: str) -> list[str]:
        proxy = self.proxies[status]
        return [str(proxy.index(r, 0).data()) for r in range(proxy.rowCount())]
