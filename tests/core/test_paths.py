"""Where the journal lives, and that only its owner can read it."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from mentorjournal.core.journal import Journal
from mentorjournal.paths import DataDirError, DataPaths, ensure_private_dir, resolve_data_dir


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_explicit_dir_beats_environment_beats_default(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTORJOURNAL_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "flag") == tmp_path / "flag"
    assert resolve_data_dir() == tmp_path / "env"
    monkeypatch.delenv("MENTORJOURNAL_DATA_DIR")
    default = resolve_data_dir()
    assert default.name == "MentorJournal"
    assert str(tmp_path) not in str(default)


def test_new_journal_folder_0700_and_files_0600(private_locations: Path) -> None:
    journal = Journal.open()
    from mentorjournal.core.mentorships import create_mentorship

    create_mentorship(journal, "Priya")
    assert journal.path.parent == private_locations
    assert _mode(private_locations) == 0o700
    for f in private_locations.iterdir():
        if f.is_file():
            assert _mode(f) == 0o600, f.name
    journal.close()


def test_existing_journal_file_is_tightened(private_locations: Path) -> None:
    private_locations.mkdir(mode=0o755)
    Journal.open().close()
    (private_locations / "journal.sqlite3").chmod(0o644)
    private_locations.chmod(0o755)
    Journal.open().close()
    assert _mode(private_locations / "journal.sqlite3") == 0o600
    assert _mode(private_locations) == 0o700


def test_shared_folder_is_not_chmodded(tmp_path: Path) -> None:
    shared = tmp_path / "Documents"
    shared.mkdir(mode=0o755)
    (shared / "holiday.txt").write_text("not ours")
    Journal.open(shared).close()
    assert _mode(shared) == 0o755  # someone else's folder: leave it alone
    assert _mode(shared / "journal.sqlite3") == 0o600


def test_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(DataDirError, match="is a file, not a folder"):
        ensure_private_dir(target)


def test_unwritable_parent_gives_one_sentence(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", refuse)  # as a non-root user on a read-only parent
    with pytest.raises(DataDirError, match="permission denied"):
        ensure_private_dir(tmp_path / "locked" / "journal")


def test_data_paths_names() -> None:
    paths = DataPaths(Path("/j"))
    assert paths.journal == Path("/j/journal.sqlite3")
    assert paths.lock_file == Path("/j/journal.lock")
