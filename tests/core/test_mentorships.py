from __future__ import annotations

from datetime import date

import pytest

from mentorjournal.core import mentorships as ms
from mentorjournal.core.journal import Journal


def test_create_list_rename_role_archive(journal: Journal) -> None:
    priya = ms.create_mentorship(journal, "  Priya  ", counterpart="Priya Raman",
                                 started_on=date(2026, 1, 5))
    jonah = ms.create_mentorship(journal, "Jonah", my_role="mentor")
    assert [i.name for i in ms.list_mentorships(journal)] == ["Jonah", "Priya"]
    assert priya.started_on == date(2026, 1, 5) and priya.counterpart == "Priya Raman"
    assert jonah.role_label == "I am the mentor"

    ms.rename_mentorship(journal, priya.id, "Priya R.")
    ms.set_my_role(journal, priya.id, "mentor")
    got = ms.get_mentorship(journal, priya.id)
    assert got is not None and (got.name, got.my_role) == ("Priya R.", "mentor")

    ms.archive_mentorship(journal, jonah.id)
    assert [i.name for i in ms.list_mentorships(journal)] == ["Priya R."]
    everything = ms.list_mentorships(journal, include_archived=True)
    assert [(i.name, i.archived) for i in everything] == [("Priya R.", False), ("Jonah", True)]
    ms.unarchive_mentorship(journal, jonah.id)
    assert len(ms.list_mentorships(journal)) == 2


@pytest.mark.parametrize("name, message", [
    ("", "needs a name"), ("   ", "needs a name"), ("x" * 201, "under 200 characters"),
])
def test_bad_names_are_refused(journal: Journal, name: str, message: str) -> None:
    with pytest.raises(ms.MentorshipError, match=message):
        ms.create_mentorship(journal, name)


def test_duplicate_names_are_refused_regardless_of_case(journal: Journal) -> None:
    ms.create_mentorship(journal, "Priya")
    with pytest.raises(ms.MentorshipError, match="already a mentorship"):
        ms.create_mentorship(journal, "PRIYA")
    other = ms.create_mentorship(journal, "Jonah")
    with pytest.raises(ms.MentorshipError, match="already a mentorship"):
        ms.rename_mentorship(journal, other.id, "priya")


def test_bad_role_is_refused(journal: Journal) -> None:
    with pytest.raises(ms.MentorshipError, match="mentee or mentor"):
        ms.create_mentorship(journal, "Priya", my_role="boss")


def test_odd_script_names_round_trip(journal: Journal) -> None:
    for name in ("שרה כהן", "王小明", "Zoë 🌱", "<b>Sam</b> &amp;"):
        created = ms.create_mentorship(journal, name)
        assert ms.get_mentorship(journal, created.id).name == name  # type: ignore[union-attr]
