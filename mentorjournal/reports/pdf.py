"""Painting the report into a PDF with QtGui alone (QTextDocument + QPdfWriter).

Text stays text (selectable, searchable, fonts embedded by Qt's PDF engine). The page is
A4 or Letter from the locale. Each page gets a running header and "Page N of M"; the
cover page carries neither. A QGuiApplication must exist (the CLI makes an offscreen one).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from mentorjournal.core import clock
from mentorjournal.core.journal import Journal, connect_sqlite
from mentorjournal.reports.document import (
    ACCENT,
    STYLE,
    Progress,
    ReportCancelled,
    ReportHtml,
    build_html,
    header_text,
)
from mentorjournal.reports.drawings import place_drawings
from mentorjournal.reports.options import ReportError, ReportOptions
from mentorjournal.reports.sections import Drawing

FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Helvetica", "Arial"]
RESOLUTION = 300


class _SafeDocument(QTextDocument):
    """Never loads a resource: no image, stylesheet or file can enter the report."""

    def loadResource(self, kind: int, name: QUrl | str, /) -> object:
        return None


def make_document(html: str, device: QPdfWriter | None = None,
                  drawings: dict[str, Drawing] | None = None) -> QTextDocument:
    """The report as a QTextDocument (also used for the on-screen preview)."""
    doc = _SafeDocument()
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(10)
    for tag in ("liga", "clig"):  # "fi" must stay two letters, so searching "file" finds it
        font.setFeature(QFont.Tag(tag), 0)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE)
    doc.setHtml(html)
    place_drawings(doc, drawings or {})
    return doc


def page_size_for_locale(locale: QLocale | None = None) -> QPageSize:
    locale = locale or QLocale()
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def _page_size(options: ReportOptions) -> QPageSize:
    from mentorjournal.paths import read_setting

    chosen = options.page_size or read_setting("reports/pageSize")  # Preferences
    if chosen == "Letter":
        return QPageSize(QPageSize.PageSizeId.Letter)
    if chosen == "A4":
        return QPageSize(QPageSize.PageSizeId.A4)
    return page_size_for_locale()


def write_pdf(journal: Journal, options: ReportOptions, out: Path,
              progress: Progress | None = None) -> int:
    """Write the report; returns the number of pages. Cancelling leaves no file behind."""
    # Its own read-only connection: the report may be written on a worker thread while
    # the window keeps reading through the journal's shared reader.
    conn = connect_sqlite(journal.path, readonly=True)
    try:
        report = build_html(conn, options, clock.now(), progress)
        header = header_text(conn, options)
    finally:
        conn.close()
    tmp = out.with_name(out.name + ".part")
    try:
        pages = _paint(report, header, options, tmp, progress)
        tmp.replace(out)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return pages


def _paint(report: ReportHtml, header: str, options: ReportOptions, path: Path,
           progress: Progress | None) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(header)
    writer.setCreator("MentorJournal")
    writer.setPageLayout(QPageLayout(_page_size(options), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 24, 20, 22), QPageLayout.Unit.Millimeter))
    body = writer.pageLayout().paintRectPixels(RESOLUTION)
    band = RESOLUTION * 10 / 25.4  # 10 mm for the header and footer bands
    doc = make_document(report.html, writer, report.drawings)
    font = doc.defaultFont()
    doc.setPageSize(QSizeF(body.width(), body.height()))
    count = doc.pageCount()
    small = QFont(font)
    small.setPointSizeF(8)
    painter = QPainter(writer)
    if not painter.isActive():
        raise ReportError(f"Cannot write {path.name.removesuffix('.part')}: the folder is "
                          "missing or not writable.")
    try:
        has_cover = "cover" in options.sections
        for page in range(count):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            doc.drawContents(painter, QRectF(0, page * body.height(), body.width(),
                                             body.height()))
            painter.restore()
            if has_cover and page == 0:
                painter.fillRect(QRectF(0, -band * 0.6, body.width() * 0.18,
                                        RESOLUTION * 2.5 / 25.4), QColor(ACCENT))
            else:
                _furniture(painter, small, header, page + 1, count, body.width(),
                           body.height(), band)
            if progress is not None and not progress(page + 1, count):
                raise ReportCancelled("The report was cancelled; no file was written.")
    finally:
        painter.end()
    return count


def _furniture(painter: QPainter, font: QFont, header: str, page: int, count: int,
               width: float, height: float, band: float) -> None:
    """The running header above the text area and the page number below it."""
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#5a6068"))
    top = QRectF(0, -band, width, band * 0.8)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                     header)
    painter.drawLine(0, int(-band * 0.1), int(width), int(-band * 0.1))
    bottom = QRectF(0, height + band * 0.2, width, band * 0.8)
    painter.drawText(bottom, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                     f"Page {page} of {count}")
    painter.restore()
