"""The one-pager's HTML: user text escaped, private notes left out, rhythm in words."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from mentorjournal.core import charter as ch
from mentorjournal.reports.charter_onepager import charter_html


def _revision(**changes: object) -> ch.CharterRevisionInfo:
    content = replace(ch.CharterContent(my_objectives="Grow."), **changes)  # type: ignore[arg-type]
    return ch.CharterRevisionInfo("r1", "m1", 2, "saved", "Renegotiated <scope>",
                                  date(2026, 1, 5), datetime(2026, 1, 5, 9, 0), content)


def test_user_text_is_escaped_and_private_notes_never_printed() -> None:
    page = charter_html("Charter: <i>Priya</i>", _revision(
        candor="<b>blunt</b> & <img src=x>", confidential_notes="secret plan",
        success_criteria=(ch.SuccessCriterion("<script>talk</script>", date(2026, 6, 1)),)),
        None)
    assert "<b>blunt</b>" not in page and "<img" not in page and "<script>" not in page
    assert "&lt;b&gt;blunt&lt;/b&gt; &amp; &lt;img src=x&gt;" in page
    assert "Charter: &lt;i&gt;Priya&lt;/i&gt;" in page
    assert "Renegotiated &lt;scope&gt;" in page
    assert "secret plan" not in page
    assert "[not yet] &lt;script&gt;talk&lt;/script&gt; (by 2026-06-01)" in page


def test_rhythm_reads_as_words() -> None:
    weekly = charter_html("c", _revision(cadence_value=1, session_minutes=45,
                                         review_interval_months=6), None)
    assert "Every week, 45 minutes per session, charter reviewed every 6 months" in weekly
    fortnightly = charter_html("c", _revision(cadence_value=14, cadence_unit="days"), None)
    assert "Every 14 days" in fortnightly
    assert "Rhythm" not in charter_html("c", _revision(), None)
