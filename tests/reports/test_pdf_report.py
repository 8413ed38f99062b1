"""The PDF report: valid, searchable, private by default, and immune to HTML in notes."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from mentorjournal.core import clock
from mentorjournal.core.demo import fill_demo
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import find_by_name
from mentorjournal.core.models import ActionItem, CharterRevision, CheckIn
from mentorjournal.reports.document import ReportCancelled
from mentorjournal.reports.options import ReportError, ReportOptions, parse_sections
from mentorjournal.reports.pdf import page_size_for_locale, write_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or
                                shutil.which("qpdf") is None, reason="poppler/qpdf missing")

TODAY = date(2026, 3, 2)
HEADINGS = ("Mentorship report", "Charter", "Check-ins", "Actions", "Experiments",
            "Milestones achieved", "Introductions", "Contributions", "Progress charts",
            "Summary of the metrics", "Momentum at the end of the range")
PUBLIC = "Ship the caching proposal before the planning week."
SECRET = "The reorg rumour stays between the two of us."
HOSTILE = '<img src="file:///etc/passwd"> and <b>x</b> & friends'


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(out.split())


def _images(pdf: Path) -> list[str]:
    out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    return out[2:]  # two header lines


@pytest.fixture
def demo(journal: Journal) -> str:
    fill_demo(journal, today=TODAY)
    info = find_by_name(journal, "Priya")
    assert info is not None
    with journal.store.session() as s:
        s.add(CheckIn(mentorship_id=info.id, held_at=datetime(2026, 2, 20, 9, 0),
                      what_happened=PUBLIC, insights=HOSTILE))
        secret = CheckIn(mentorship_id=info.id, held_at=datetime(2026, 2, 21, 9, 0),
                         private=True, what_happened=SECRET)
        s.add(secret)
        s.flush()
        s.add(ActionItem(mentorship_id=info.id, session_id=secret.id,
                         text="Private follow-up nobody else should read."))
        s.add(CharterRevision(mentorship_id=info.id, number=9, state="saved",
                              effective_on=date(2026, 2, 1), reason="Moved to <i>monthly</i>.",
                              cadence_value=4, my_objectives="Lead the platform RFC.",
                              confidential_notes="Considering the offer from another team."))
    return info.id


def test_demo_report_is_valid_searchable_and_has_every_section(
        qapp: object, journal: Journal, demo: str, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    with clock.use_clock(clock.FixedClock(datetime(2026, 3, 2, 12, 0))):
        pages = write_pdf(journal, ReportOptions(start=date(2025, 3, 1), end=TODAY,
                                                 page_size="A4"), out)
    assert pages >= 3
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    text = _text(out)
    for heading in HEADINGS:
        assert heading in text
    assert PUBLIC in text and "Jonah" in text and "Priya" in text
    assert "Generated on 2 March 2026" in text and "1 March 2025 – 2 March 2026" in text
    assert f"Page 2 of {pages}" in text and "Mentorship report · 2 mentorships" in text
    assert "Moved to <i>monthly</i>." in text  # a revision's reason, literally
    assert not _images(out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)  # every font embedded
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "595.276 x 841.89" in info or "595 x 842" in info


def test_private_entries_appear_only_when_asked_for(
        qapp: object, journal: Journal, demo: str, tmp_path: Path) -> None:
    hidden, shown = tmp_path / "hidden.pdf", tmp_path / "shown.pdf"
    base = {"mentorship_id": demo, "start": date(2026, 2, 1), "end": TODAY}
    write_pdf(journal, ReportOptions(**base), hidden)  # type: ignore[arg-type]
    write_pdf(journal, ReportOptions(**base, include_private=True), shown)  # type: ignore[arg-type]
    without, with_private = _text(hidden), _text(shown)
    assert SECRET not in without and "Private follow-up" not in without
    assert "Considering the offer" not in without
    assert "confidential notes are left out" in without
    assert SECRET in with_private and "Private follow-up" in with_private
    assert "Considering the offer" in with_private
    assert "confidential notes are included" in with_private
    assert PUBLIC in without and PUBLIC in with_private


def test_html_in_a_note_is_printed_literally_and_loads_nothing(
        qapp: object, journal: Journal, demo: str, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_pdf(journal, ReportOptions(mentorship_id=demo, start=date(2026, 2, 20),
                                     end=date(2026, 2, 20), sections=("checkins",)), out)
    text = _text(out)
    assert '<img src="file:///etc/passwd"> and <b>x</b> & friends' in text
    assert not _images(out)
    assert b"/Subtype /Image" not in out.read_bytes()


def test_only_the_chosen_sections_are_printed(
        qapp: object, journal: Journal, demo: str, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_pdf(journal, ReportOptions(mentorship_id=demo,
                                     sections=parse_sections("introductions, charter")), out)
    text = _text(out)
    assert "Charter" in text and "Introductions" in text
    assert "Check-ins" not in text and "Mentorship report Priya" not in text


def test_cancelling_leaves_no_file(qapp: object, journal: Journal, demo: str,
                                   tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ReportCancelled):
        write_pdf(journal, ReportOptions(), folder / "report.pdf",
                  progress=lambda done, total: done < 3)
    assert list(folder.iterdir()) == []


def test_bad_requests_are_one_sentence() -> None:
    with pytest.raises(ReportError, match="no report section called “chart”"):
        parse_sections("charter,chart")
    with pytest.raises(ReportError, match="start date is after its end date"):
        ReportOptions(start=date(2026, 2, 1), end=date(2026, 1, 1))


def test_paper_follows_the_locale() -> None:
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    de = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert page_size_for_locale(us).id() == QPageSize.PageSizeId.Letter
    assert page_size_for_locale(de).id() == QPageSize.PageSizeId.A4


def test_a_registered_section_can_paint_vectors_into_the_flow(
        qapp: object, journal: Journal, demo: str, tmp_path: Path) -> None:
    """The hook the progress charts plug into: drawn as paths on the PDF, never pixels."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QPainter, QPdfWriter

    from mentorjournal.reports import sections

    devices: list[object] = []

    def paint(painter: QPainter, rect: object) -> None:
        devices.append(painter.device())
        painter.setPen(QColor("#3b6ea8"))
        painter.drawLine(QPointF(0, 0), QPointF(100, 100))
        painter.drawText(QPointF(10, 40), "Drawn label 42")

    def render(ctx: sections.SectionContext) -> str:
        return "<p>Before the drawing.</p>" + ctx.place(
            sections.Drawing(120, 40, paint)) + "<p>After the drawing.</p>"

    sections.register(sections.Section("vectors", "Vector test", render))
    try:
        out = tmp_path / "report.pdf"
        write_pdf(journal, ReportOptions(mentorship_id=demo, sections=("vectors",)), out)
    finally:
        sections._REGISTRY.pop("vectors")
    text = _text(out)
    assert "Before the drawing." in text and "After the drawing." in text
    assert "Drawn label 42" in text and "[[drawing" not in text
    assert devices and isinstance(devices[0], QPdfWriter)
    assert not _images(out)
