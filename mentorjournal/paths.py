"""Every location the app touches, decided in one place.

platformdirs gives the per-OS defaults; `--data-dir` and the environment override them
so tests, demos and a second journal never touch the user's real one. Files the app
creates are readable by the owner alone (0600) and folders it creates are 0700,
because a journal of a mentorship is as private as a diary.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "MentorJournal"
JOURNAL_FILE_NAME = "journal.sqlite3"
DATA_DIR_ENV = "MENTORJOURNAL_DATA_DIR"
CONFIG_DIR_ENV = "MENTORJOURNAL_CONFIG_DIR"
LOG_DIR_ENV = "MENTORJOURNAL_LOG_DIR"

DIR_MODE = 0o700
FILE_MODE = 0o600


class DataDirError(Exception):
    """A data folder cannot be used; the message is one sentence for the user."""


def _platformdirs():  # imported lazily: it is cheap, but --version needs none of it
    import platformdirs

    return platformdirs


def default_data_dir() -> Path:
    return Path(_platformdirs().user_data_dir(APP_DIR_NAME, appauthor=False))


def default_config_dir() -> Path:
    return Path(_platformdirs().user_config_dir(APP_DIR_NAME, appauthor=False))


def default_log_dir() -> Path:
    return Path(_platformdirs().user_log_dir(APP_DIR_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `--data-dir`, else `MENTORJOURNAL_DATA_DIR`, else the OS default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def resolve_config_dir() -> Path:
    env = os.environ.get(CONFIG_DIR_ENV)
    return Path(env).expanduser().resolve() if env else default_config_dir()


def resolve_log_dir() -> Path:
    env = os.environ.get(LOG_DIR_ENV)
    return Path(env).expanduser().resolve() if env else default_log_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) as 0700; tighten it when it is ours and too open.

    A folder the user pointed us at that already exists and holds other things is left
    as it is: chmod-ing someone's home folder would be rude and surprising.
    """
    if path.exists() and not path.is_dir():
        raise DataDirError(f"{path} is a file, not a folder; choose a folder for the journal.")
    created = not path.exists()
    try:
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    except PermissionError as exc:
        raise DataDirError(f"Cannot create the folder {path}: permission denied.") from exc
    except OSError as exc:
        raise DataDirError(f"Cannot create the folder {path}: {exc.strerror}.") from exc
    mode = stat.S_IMODE(path.stat().st_mode)
    holds_only_ours = all(p.name.startswith(JOURNAL_FILE_NAME) or p.name in _OUR_NAMES
                          for p in path.iterdir())
    if (created or holds_only_ours) and mode != DIR_MODE:
        with contextlib.suppress(OSError):
            path.chmod(DIR_MODE)
    return path


_OUR_NAMES = {"backups", "journal.lock", "logs", "corrupt"}


def ensure_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if missing, and force 0600 if it exists."""
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        os.close(fd)
    if stat.S_IMODE(path.stat().st_mode) != FILE_MODE:
        path.chmod(FILE_MODE)


@dataclass(frozen=True)
class DataPaths:
    """The files of one journal, all inside one data folder."""

    data_dir: Path

    @property
    def journal(self) -> Path:
        return self.data_dir / JOURNAL_FILE_NAME

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "journal.lock"

    @property
    def cache_dir(self) -> Path:
        """Derived data kept to be quick (the last Progress charts); safe to delete."""
        return self.data_dir / "cache"

    @property
    def backups_dir(self) -> Path:
        """`backups/` beside the journal, or the folder chosen in Preferences (one
        sub-folder per journal there, so the demo's backups never mix with yours)."""
        chosen = read_setting("backups/folder")
        if chosen:
            return Path(chosen).expanduser() / self.data_dir.name
        return self.data_dir / "backups"

    @classmethod
    def resolve(cls, explicit: str | os.PathLike[str] | None = None) -> DataPaths:
        return cls(resolve_data_dir(explicit))


def demo_data_dir(journal_dir: Path | None = None) -> Path:
    """The demo journal's own folder, beside the real one and clearly named."""
    base = journal_dir or resolve_data_dir()
    return base.with_name(base.name + " demo")


def read_setting(key: str) -> str:
    """One value of the app's settings file, read without Qt (for the CLI and the core).

    The GUI writes `settings.ini` through QSettings in INI format: "group/name" is
    `name=` under `[group]`. A missing or unreadable file means the default ("").
    """
    import configparser

    group, _, name = key.rpartition("/")
    parser = configparser.RawConfigParser()
    try:
        parser.read(resolve_config_dir() / "settings.ini", encoding="utf-8")
        value = parser.get(group or "General", name, fallback="")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return ""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1].replace('\\\\', '\\')
    return value
