"""export / import / calendar from the command line, in-process and fast."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentorjournal.cli import main


def _demo(tmp_path: Path) -> Path:
    data = tmp_path / "source"
    assert main(["--data-dir", str(data), "demo"]) == 0
    return data


def test_json_archive_round_trip_through_the_cli(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    source = _demo(tmp_path)
    archive = tmp_path / "all.json"
    assert main(["export", "--format", "json", "--out", str(archive),
                 "--data-dir", str(source)]) == 0
    target = tmp_path / "target"
    assert main(["import", "json", str(archive), "--data-dir", str(target)]) == 0
    assert "Added" in capsys.readouterr().out
    assert main(["import", "json", str(archive), "--data-dir", str(target)]) == 0
    assert capsys.readouterr().out.startswith("Added 0 and updated 0 entries")
    again = tmp_path / "again.json"
    assert main(["export", "--format", "json", "--out", str(again),
                 "--data-dir", str(target)]) == 0
    first, second = json.loads(archive.read_text()), json.loads(again.read_text())
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second
    one = tmp_path / "priya.json"
    assert main(["export", "--format", "json", "--out", str(one), "--mentorship", "priya",
                 "--data-dir", str(source)]) == 0
    assert [m["name"] for m in json.loads(one.read_text())["tables"]["mentorships"]] == ["Priya"]
    md = tmp_path / "md"
    assert main(["export", "--format", "markdown", "--out", str(md),
                 "--data-dir", str(source)]) == 0
    assert (md / "priya" / "charter.md").exists() and (md / "index.md").exists()
    ics = tmp_path / "plan.ics"
    assert main(["calendar", "--mentorship", "Priya", "--months", "2", "--out", str(ics),
                 "--data-dir", str(source)]) == 0
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_cli_errors_are_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"format": "mentorjournal-archive", "vers')
    assert main(["import", "json", str(bad), "--data-dir", str(tmp_path / "d")]) == 1
    assert "not valid JSON" in capsys.readouterr().err
    jrnl = tmp_path / "jrnl.json"
    jrnl.write_text('{"tags": {}, "entries": [{"title": "Hi", "body": "", "date": "2024-01-02",'
                    ' "time": "08:00", "tags": [], "starred": false}]}')
    assert main(["import", "jrnl", str(jrnl), "--data-dir", str(tmp_path / "d")]) == 1
    assert "--mentorship" in capsys.readouterr().err
    assert main(["import", "jrnl", str(jrnl), "--mentorship", "Old notes",
                 "--data-dir", str(tmp_path / "d")]) == 0
    assert "Imported 1 check-in(s) into “Old notes”" in capsys.readouterr().out
    assert main(["export", "--format", "json", "--out", str(tmp_path / "x.json"),
                 "--mentorship", "Nobody", "--data-dir", str(tmp_path / "d")]) == 1
    assert "no mentorship called “Nobody”" in capsys.readouterr().err


def test_report_command_writes_a_pdf(qapp: object, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    source = _demo(tmp_path)
    out = tmp_path / "r.pdf"
    assert main(["report", "--mentorship", "Jonah", "--sections", "cover,checkins",
                 "--out", str(out), "--data-dir", str(source)]) == 0
    assert out.read_bytes().startswith(b"%PDF") and "-page report" in capsys.readouterr().out
    assert main(["report", "--sections", "chart", "--out", str(out),
                 "--data-dir", str(source)]) == 1
    assert "no report section called “chart”" in capsys.readouterr().err
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert main(["report", "--out", str(blocker / "r.pdf"), "--data-dir", str(source)]) == 1
    assert "Cannot write r.pdf: the folder is missing or not writable." in (
        capsys.readouterr().err)


def test_unwritable_destinations_are_one_sentence(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    source = _demo(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for argv in (["export", "--format", "json", "--out", str(blocker / "x.json")],
                 ["export", "--format", "markdown", "--out", str(blocker / "md")],
                 ["calendar", "--mentorship", "Priya", "--out", str(blocker / "p.ics")]):
        assert main([*argv, "--data-dir", str(source)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("mentorjournal: Cannot write") and "unexpected" not in err
