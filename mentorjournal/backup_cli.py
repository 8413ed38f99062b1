"""The `backup`, `restore` and `check` sub-commands (handlers kept out of cli.py).

`restore` takes the journal's lock like the app does, so it never pulls a journal out
from under a running window; it backs the current journal up first and refuses a file
that fails the integrity check.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    backup = sub.add_parser("backup", parents=[common],
                            help="back the journal up now (into the data folder's backups/)")
    backup.set_defaults(handler=_cmd_backup)
    restore = sub.add_parser("restore", parents=[common],
                             help="replace the journal with a backup (the current journal "
                                  "is backed up first)")
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    restore.set_defaults(handler=_cmd_restore)
    listing = sub.add_parser("backups", parents=[common], help="list the backups")
    listing.set_defaults(handler=_cmd_list)
    check = sub.add_parser("check", parents=[common],
                           help="run a full integrity check of the journal")
    check.set_defaults(handler=_cmd_check)


PASSPHRASE_ENV = "MENTORJOURNAL_PASSPHRASE"


def unlock_for_cli(args: argparse.Namespace) -> None:
    """A protected journal's passphrase for a command: from the environment or a prompt."""
    import os

    from mentorjournal.core import crypto
    from mentorjournal.paths import DataPaths

    paths = DataPaths.resolve(getattr(args, "data_dir", None))
    if not crypto.looks_encrypted(paths.journal):
        return
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase is None and sys.stdin.isatty():
        import getpass

        passphrase = getpass.getpass("Passphrase of the journal: ")
    if passphrase is None:
        raise crypto.PassphraseError(
            f"The journal {paths.journal} is protected by a passphrase; set "
            f"{PASSPHRASE_ENV} or run the command in a terminal to be asked for it.")
    crypto.verify_passphrase(paths.journal, passphrase)
    crypto.unlock(paths.data_dir, passphrase)


def _cmd_backup(args: argparse.Namespace) -> int:
    from mentorjournal.core.backup import take_backup, thin_backups
    from mentorjournal.core.journal import Journal

    journal = Journal.open(args.data_dir)  # checks the journal before copying it
    journal.close()
    info = take_backup(journal.paths, "manual")
    thin_backups(journal.paths)
    print(f"Backed up the journal to {info.path} ({info.label}).")
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    from mentorjournal.core.backup import list_backups
    from mentorjournal.paths import DataPaths

    backups = list_backups(DataPaths.resolve(args.data_dir))
    if not backups:
        print("There are no backups yet; `mentorjournal backup` makes one.")
    for info in backups:
        print(f"{info.path}  {info.label}")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from mentorjournal.core.backup import restore_backup
    from mentorjournal.core.journal import Journal
    from mentorjournal.paths import DataPaths
    from mentorjournal.ui.app import acquire_lock

    paths = DataPaths.resolve(args.data_dir)
    lock = acquire_lock(paths)
    try:
        safety = restore_backup(paths, Path(args.file))
        Journal.open(paths.data_dir).close()  # migrates a backup made by an older version
    finally:
        lock.unlock()
    kept = f" The journal as it was is kept in {safety.path}." if safety else ""
    print(f"Restored the journal from {args.file}.{kept}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from mentorjournal.core.integrity import check_summary, full_check
    from mentorjournal.core.journal import Journal

    journal = Journal.open(args.data_dir)
    journal.close()
    summary = check_summary(journal.path)
    if full_check(journal.path):
        print(f"mentorjournal: {summary}", file=sys.stderr)
        return 1
    print(f"{summary} ({journal.path})")
    return 0
