"""jrnl and Day One exports become check-ins; the same file twice adds nothing."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import create_mentorship
from mentorjournal.interop.foreign import (
    ForeignFileError,
    apply_import,
    plan_import,
    read_foreign,
)

# Exactly what `jrnl --format json` writes (jrnl 4.x).
JRNL = {
    "tags": {"@career": 2, "@Feedback": 1},
    "entries": [
        {"title": "Talked with Priya about the promotion packet.",
         "body": "She said: write the impact, not the activity. Ça marche — 👍",
         "date": "2024-02-05", "time": "18:30", "tags": ["@career", "@Feedback"],
         "starred": True},
        {"title": "Short note.", "body": "", "date": "2024-02-12", "time": "09:05",
         "tags": ["@career"], "starred": False},
        {"title": "No tags at all", "body": "Übung macht den Meister.", "date": "2024-03-01",
         "time": "07:00", "tags": [], "starred": False},
    ],
}

# The shape of Day One's Journal.json, with a few of its many optional fields.
DAYONE = {
    "metadata": {"version": "1.0"},
    "entries": [
        {"uuid": "5C0D2A8E0F6B4A1C9E3B7D2F1A0C9E8B", "text": "Mentoring call 🎯\n\nAgreed to "
         "draft the RFC.\n![](dayone-moment://0F1E2D3C)", "creationDate": "2024-04-02T16:45:00Z",
         "modifiedDate": "2024-04-02T17:00:00Z", "timeZone": "Europe/Berlin",
         "tags": ["career", "writing"], "starred": False, "duration": 0, "isPinned": False,
         "creationDevice": "iPhone", "location": {"localityName": "Berlin",
                                                  "latitude": 52.5, "longitude": 13.4},
         "weather": {"temperatureCelsius": 12}, "photos": [{"identifier": "0F1E2D3C"}],
         "richText": "{\"meta\": {}}"},
        {"uuid": "A1B2C3D4E5F60718293A4B5C6D7E8F90", "creationDate": "2024-04-09T07:00:00Z"},
        {"uuid": "FFEEDDCCBBAA00998877665544332211", "text": "",
         "creationDate": "2024-04-10T23:30:00Z", "timeZone": "Not/AZone", "tags": ["CAREER"],
         "starred": True},
    ],
}


def _sessions(journal: Journal) -> list[tuple[str, str, str]]:
    rows = journal.reader().execute(
        "SELECT s.held_at, s.what_happened, group_concat(t.name, '|') FROM sessions s "
        "LEFT JOIN session_topics st ON st.session_id = s.id "
        "LEFT JOIN topics t ON t.id = st.topic_id GROUP BY s.id ORDER BY s.held_at")
    return [(r[0], r[1], r[2] or "") for r in rows]


def _import(journal: Journal, kind: str, path: Path, name: str = "Priya") -> int:
    plan = plan_import(journal, read_foreign(kind, path), name)
    return apply_import(journal, plan)


def test_jrnl_export_becomes_checkins_with_topics_and_twice_adds_nothing(
        journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps(JRNL, ensure_ascii=False), encoding="utf-8")
    plan = plan_import(journal, read_foreign("jrnl", path), "Priya")
    assert plan.creates_mentorship and len(plan.new_entries) == 3
    assert set(plan.new_topics) == {"career", "Feedback", "starred"}
    assert apply_import(journal, plan) == 3
    rows = _sessions(journal)
    assert rows[0][0].startswith("2024-02-05 18:30")
    assert rows[0][1].endswith("Ça marche — 👍")
    assert set(rows[0][2].split("|")) == {"career", "Feedback", "starred"}
    assert rows[1][1] == "Short note."
    assert _import(journal, "jrnl", path) == 0
    assert len(_sessions(journal)) == 3
    again = plan_import(journal, read_foreign("jrnl", path), "priya")
    assert not again.creates_mentorship and again.already_there == 3


def test_dayone_zip_and_bare_json_import_the_same_entries_once(
        journal: Journal, tmp_path: Path) -> None:
    create_mentorship(journal, "Priya")
    journal.store  # noqa: B018  (the ORM writes below)
    with journal.store.session() as s:
        from mentorjournal.core.models import Topic

        s.add(Topic(name="Career"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Journal.json", json.dumps(DAYONE))
        archive.writestr("photos/0F1E2D3C.jpeg", b"\xff\xd8not really a jpeg")
    zipped = tmp_path / "export.zip"
    zipped.write_bytes(buffer.getvalue())
    assert _import(journal, "dayone", zipped) == 3
    bare = tmp_path / "Journal.json"
    bare.write_text(json.dumps(DAYONE), encoding="utf-8")
    assert _import(journal, "dayone", bare) == 0
    rows = _sessions(journal)
    assert len(rows) == 3
    berlin = rows[0]
    assert berlin[0].startswith("2024-04-02 18:45")  # local time in Berlin (UTC+2)
    assert "dayone-moment" not in berlin[1] and berlin[1].endswith("draft the RFC.")
    assert set(berlin[2].split("|")) == {"Career", "writing"}
    assert rows[1][1] == "" and rows[1][0].startswith("2024-04-09 07:00")  # no zone: UTC
    names = [r[0] for r in journal.reader().execute("SELECT name FROM topics")]
    assert sorted(names) == ["Career", "starred", "writing"]


@pytest.mark.parametrize(("kind", "payload", "words"), [
    ("jrnl", json.dumps(JRNL)[:200].encode(), "truncated"),
    ("jrnl", b"\xff\xfe{}", "UTF-8"),
    ("jrnl", b'{"entries": [\x00]}', "NUL"),
    ("jrnl", b'{"items": []}', "not a jrnl"),
    ("jrnl", json.dumps({"entries": [{"title": "x", "date": "yesterday"}]}).encode(), "date"),
    ("dayone", json.dumps(DAYONE)[:300].encode(), "truncated"),
    ("dayone", b"PK\x03\x04broken", "damaged"),
    ("dayone", json.dumps({"entries": [{"text": "no uuid"}]}).encode(), "uuid"),
    ("dayone", json.dumps({"entries": [{"uuid": "u", "tags": "x",
                                        "creationDate": "2024-01-01T00:00:00Z"}]}).encode(),
     "wrong type"),
    ("dayone", b"", "empty"),
])
def test_malformed_files_are_refused_and_nothing_is_written(
        journal: Journal, tmp_path: Path, kind: str, payload: bytes, words: str) -> None:
    path = tmp_path / "bad"
    path.write_bytes(payload)
    with pytest.raises(ForeignFileError, match=words) as caught:
        read_foreign(kind, path)
    assert str(caught.value).endswith(".")
    assert journal.reader().execute("SELECT count(*) FROM mentorships").fetchone()[0] == 0


def test_a_zip_without_a_journal_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photos/a.jpeg", b"x")
    path = tmp_path / "export.zip"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ForeignFileError, match="no Day One journal"):
        read_foreign("dayone", path)


def test_imported_checkins_keep_their_time(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps(JRNL), encoding="utf-8")
    _import(journal, "jrnl", path, name="  Jonah   K ")
    row = journal.reader().execute("SELECT name, started_on FROM mentorships").fetchone()
    assert row[0] == "Jonah K" and row[1] == "2024-02-05"
    assert datetime.fromisoformat(_sessions(journal)[2][0]) == datetime(2024, 3, 1, 7, 0)


def test_an_entry_repeated_in_the_file_is_imported_once(journal: Journal, tmp_path: Path) -> None:
    doubled = {"tags": {}, "entries": [JRNL["entries"][0], JRNL["entries"][0]]}
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps(doubled), encoding="utf-8")
    plan = plan_import(journal, read_foreign("jrnl", path), "Priya")
    assert len(plan.new_entries) == 1 and plan.already_there == 1
    assert apply_import(journal, plan) == 1
