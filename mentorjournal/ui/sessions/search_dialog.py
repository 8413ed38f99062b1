"""Search the whole journal as you type; picking a hit opens it.

Hits come from the FTS5 index (milliseconds even on a large journal), so the query
runs on the GUI thread after a short pause in typing. Each hit is painted as rich text
built from escaped user text (`snippet_html`), with the matched words in bold.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core import search as se
from mentorjournal.core.journal import Journal
from mentorjournal.core.search import SearchError, SearchHit
from mentorjournal.ui.sessions.rows_model import ITEM_ROLE, RowsModel

Index = QModelIndex | QPersistentModelIndex


def hit_html(hit: SearchHit) -> str:
    day = hit.on.isoformat() if hit.on else ""
    head = " · ".join(html.escape(p) for p in (day, hit.mentorship_name, hit.kind_label) if p)
    return f"<small>{head}</small><br>{se.snippet_html(hit.snippet)}"


class HitDelegate(QStyledItemDelegate):
    """Paints a hit's escaped rich text; the plain text stays the accessible text."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(hit_html(index.data(ITEM_ROLE)))
        doc.setTextWidth(max(100, option.rect.width() - 12))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text,
                                 option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 3)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)


class SearchDialog(QDialog):
    hit_chosen = Signal(object)  # SearchHit

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.mentorship_id: str | None = None
        self.setWindowTitle(self.tr("Search the journal"))
        self.setObjectName("searchDialog")
        self.resize(720, 480)
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr("Words to find in check-ins, actions, people "
                                              "and charters"))
        self.query.setAccessibleName(self.tr("Search"))
        self.query.setToolTip(self.tr("Every word must occur; the last one may be partial"))
        self.query.setClearButtonEnabled(True)
        self.only_current = QCheckBox(self.tr("Only this mentorship"))
        self.only_current.setAccessibleName(self.tr("Only this mentorship"))
        self.only_current.setToolTip(self.tr("Search the current mentorship only"))
        self.model: RowsModel[SearchHit] = RowsModel(
            [("Hit", lambda h: f"{h.on or ''} {h.mentorship_name} {h.kind_label}: "
                               f"{h.plain_snippet}")], parent=self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setToolTip(self.tr("Press Enter or double-click to open a hit"))
        self.results.activated.connect(self._open_index)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.only_current)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.only_current.toggled.connect(lambda _on: self.run())
        self.query.returnPressed.connect(self._open_first)

    def start(self, mentorship_id: str | None) -> None:
        self.mentorship_id = mentorship_id
        self.only_current.setEnabled(mentorship_id is not None)
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()
        self.run()

    def run(self) -> None:
        self._timer.stop()
        scope = self.mentorship_id if self.only_current.isChecked() else None
        try:
            hits = se.search(self.journal, self.query.text(), mentorship_id=scope)
        except SearchError as exc:
            self.summary.setText(str(exc))
            return
        self.model.set_rows(hits)
        if not self.query.text().strip():
            self.summary.setText(self.tr("Type a word; results appear as you type."))
        elif hits:
            self.summary.setText(self.tr("%n hit(s); Enter opens the first.", "", len(hits)))
            self.results.setCurrentIndex(self.model.index(0, 0))
        else:
            self.summary.setText(self.tr("Nothing matches “%s”.") % self.query.text().strip())

    def hits(self) -> list[SearchHit]:
        return self.model.rows()

    def _open_first(self) -> None:
        self.run()
        current = self.results.currentIndex()
        if current.isValid():
            self._open_index(current)

    def _open_index(self, index: Any) -> None:
        self.hit_chosen.emit(self.model.item(index.row()))
        self.hide()
