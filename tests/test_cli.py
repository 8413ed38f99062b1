"""The command line, run as a user would run it: whole processes, stdout and stderr."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from mentorjournal import __version__


def run(*args: str, env_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mentorjournal", *args],
                          capture_output=True, text=True, timeout=120)


def test_version_is_instant_and_loads_nothing_heavy() -> None:
    code = ("import sys\nfrom mentorjournal.cli import main\n"
            "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
            "print([m for m in ('PySide6', 'sqlalchemy', 'matplotlib', 'alembic')"
            " if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == [f"MentorJournal {__version__}", "[]"]


def test_demo_then_check(tmp_path: Path) -> None:
    target = tmp_path / "demo"
    done = run("--data-dir", str(target), "demo")
    assert done.returncode == 0, done.stderr
    assert "2 mentorships" in done.stdout
    assert (target / "journal.sqlite3").exists()
    checked = run("--data-dir", str(target), "check")
    assert checked.returncode == 0 and "passed" in checked.stdout


def test_demo_refuses_a_full_journal_with_one_sentence(tmp_path: Path) -> None:
    run("--data-dir", str(tmp_path), "demo")
    again = run("--data-dir", str(tmp_path), "demo")
    assert again.returncode != 0
    assert again.stdout == ""
    lines = again.stderr.strip().splitlines()
    assert len(lines) == 1 and "already holds entries" in lines[0]
    assert "Traceback" not in again.stderr


def test_check_reports_a_damaged_journal(tmp_path: Path) -> None:
    run("--data-dir", str(tmp_path), "demo")
    journal = tmp_path / "journal.sqlite3"
    data = bytearray(journal.read_bytes())
    for offset in range(4096 * 3, len(data), 4096):  # scribble over every page but the first
        data[offset + 100: offset + 140] = b"\xff" * 40
    journal.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"journal.sqlite3{suffix}").unlink(missing_ok=True)
    checked = run("--data-dir", str(tmp_path), "check")
    assert checked.returncode != 0
    assert "Traceback" not in checked.stderr


def test_data_dir_env_variable_is_honoured(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MENTORJOURNAL_DATA_DIR", str(tmp_path / "env"))
    done = run("demo")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "env" / "journal.sqlite3").exists()


def test_unknown_command_is_a_usage_error() -> None:
    done = run("frobnicate")
    assert done.returncode == 2 and "invalid choice" in done.stderr
