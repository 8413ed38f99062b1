"""`mentorjournal`: opens the window, or runs a sub-command headless.

The parser is built from argparse alone so `--version` answers without loading Qt,
SQLAlchemy or matplotlib. Sub-commands report failures as one sentence on stderr with a
non-zero exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from mentorjournal import APP_NAME, __version__

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentorjournal",
        description=f"{APP_NAME}: a private journal for running a mentorship on purpose. "
                    "With no command, opens the app.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder holding the journal (default: your user data folder; "
                             "also MENTORJOURNAL_DATA_DIR)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # `--data-dir` also works after the command (`mentorjournal demo --data-dir D`).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="folder holding the journal")

    demo = sub.add_parser("demo", parents=[common],
                          help="fill an empty journal with a realistic sample")
    demo.add_argument("--seed", type=int, default=None, help="random seed")
    demo.add_argument("--scale", choices=("small", "large"), default="small",
                      help="small: two mentorships over two years (default); large: the "
                           "heavy benchmark journal")
    demo.add_argument("--years", type=int, default=10,
                      help="years of history for --scale large (default 10)")
    demo.set_defaults(handler=_cmd_demo)

    search = sub.add_parser("search", parents=[common],
                            help="print entries matching QUERY (date, mentorship, snippet)")
    search.add_argument("query", metavar="QUERY", help="words to find, all of them")
    search.add_argument("--mentorship", metavar="NAME", help="only this mentorship")
    search.add_argument("--limit", type=int, default=20, help="at most this many hits")
    search.set_defaults(handler=_cmd_search)

    from mentorjournal.backup_cli import add_commands as add_backup_commands
    from mentorjournal.portability_cli import add_commands as add_portability_commands

    add_backup_commands(sub, common)  # backup, backups, restore, check
    add_portability_commands(sub, common)  # export, import, calendar, report
    return parser


def _open_journal(args: argparse.Namespace):
    from mentorjournal.core.journal import Journal

    return Journal.open(args.data_dir)


def _cmd_demo(args: argparse.Namespace) -> int:
    if args.scale == "large":
        return _cmd_demo_large(args)
    from mentorjournal.core.demo import fill_demo

    journal = _open_journal(args)
    try:
        summary = fill_demo(journal, seed=7 if args.seed is None else args.seed)
    finally:
        journal.close()
    print(f"Demo journal written to {journal.path}: {summary.mentorships} mentorships, "
          f"{summary.sessions} check-ins, {summary.actions} actions, "
          f"{summary.charter_revisions} charter revisions, {summary.goals} goals, "
          f"{summary.experiments} experiments, {summary.introductions} introductions.")
    return EXIT_OK


def _cmd_demo_large(args: argparse.Namespace) -> int:
    from mentorjournal.core.demo_large import fill_large

    if not 1 <= args.years <= 30:
        raise ValueError("--years must be between 1 and 30.")
    journal = _open_journal(args)
    try:
        summary = fill_large(journal, years=args.years,
                             seed=42 if args.seed is None else args.seed)
    finally:
        journal.close()
    print(f"Large demo journal written to {journal.path}: {summary.mentorships} mentorships, "
          f"{summary.sessions} check-ins ({summary.words:,} words), {summary.actions} actions, "
          f"{summary.contributions} contributions, {summary.introductions} introductions, "
          f"{summary.experiments} experiments, {summary.goals} goals and "
          f"{summary.milestones} milestones, {summary.charter_revisions} charter revisions.")
    return EXIT_OK


def _cmd_search(args: argparse.Namespace) -> int:
    from mentorjournal.core.search import run_cli

    journal = _open_journal(args)
    try:
        return run_cli(journal, args.query, mentorship=args.mentorship, limit=args.limit)
    finally:
        journal.close()


def _run_gui(args: argparse.Namespace) -> int:
    from mentorjournal.core.integrity import start_quick_check
    from mentorjournal.paths import DataDirError, DataPaths

    try:  # checked while Qt loads; a bad folder is explained by run_app as usual
        early = start_quick_check(DataPaths.resolve(args.data_dir).journal)
    except DataDirError:
        early = None
    from mentorjournal.ui.app import run_app

    return run_app(args.data_dir, early_check=early)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = getattr(args, "handler", _run_gui)
    from mentorjournal.logs import setup_logging

    setup_logging()
    try:
        if handler is not _run_gui:
            from mentorjournal.backup_cli import unlock_for_cli

            unlock_for_cli(args)  # a protected journal's passphrase, asked once
        return handler(args)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # one sentence for the user, the traceback for the log
        import logging

        from mentorjournal.core.schema import JournalError
        from mentorjournal.paths import DataDirError

        logging.getLogger("mentorjournal").exception("command failed")
        if isinstance(exc, JournalError | DataDirError | ValueError):
            print(f"mentorjournal: {exc}", file=sys.stderr)
        else:
            print(f"mentorjournal: unexpected error ({type(exc).__name__}: {exc}); "
                  "details are in the log.", file=sys.stderr)
        return EXIT_ERROR
