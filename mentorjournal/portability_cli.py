"""Sub-commands for reports and data portability: export, import, report, calendar.

Kept out of cli.py so that file stays a short table of contents; every handler imports
what it needs lazily, so `mentorjournal --version` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_ERROR = 1


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    export = sub.add_parser("export", parents=[common],
                            help="export the journal as a JSON archive or Markdown files")
    export.add_argument("--format", choices=("json", "markdown"), required=True)
    export.add_argument("--out", required=True, metavar="PATH",
                        help="the .json file, or the folder for Markdown")
    export.add_argument("--mentorship", metavar="NAME", help="only this mentorship")
    export.set_defaults(handler=_cmd_export)

    imp = sub.add_parser("import", parents=[common],
                         help="import a JSON archive, or a jrnl or Day One export")
    imp.add_argument("kind", choices=("json", "jrnl", "dayone"))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--mentorship", metavar="NAME",
                     help="for jrnl and Day One: the mentorship the entries go to "
                          "(created when missing)")
    imp.set_defaults(handler=_cmd_import)

    cal = sub.add_parser("calendar", parents=[common],
                         help="write the planned check-ins as an .ics calendar file")
    cal.add_argument("--mentorship", required=True, metavar="NAME")
    cal.add_argument("--months", type=int, default=3, help="how far ahead (default 3)")
    cal.add_argument("--out", required=True, metavar="FILE.ics")
    cal.set_defaults(handler=_cmd_calendar)

    report = sub.add_parser("report", parents=[common], help="write a PDF report")
    report.add_argument("--mentorship", metavar="NAME", help="default: every mentorship")
    report.add_argument("--from", dest="start", type=date.fromisoformat, metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="end", type=date.fromisoformat, metavar="YYYY-MM-DD")
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--sections", metavar="KEY,KEY",
                        help="comma-separated section keys (default: all); see docs/cli.md")
    report.add_argument("--include-private", action="store_true",
                        help="include private check-ins and the charter's confidential notes")
    report.set_defaults(handler=_cmd_report)


def _journal(args: argparse.Namespace) -> Any:
    from mentorjournal.core.journal import Journal

    return Journal.open(args.data_dir)


def _mentorship_id(journal: Any, name: str | None) -> str | None:
    from mentorjournal.core.mentorships import find_by_name

    if name is None:
        return None
    info = find_by_name(journal, name)
    if info is None:
        raise ValueError(f"There is no mentorship called “{name}”.")
    return info.id


def _cmd_export(args: argparse.Namespace) -> int:
    journal = _journal(args)
    try:
        scope = _mentorship_id(journal, args.mentorship)
        out = Path(args.out)
        if args.format == "json":
            from mentorjournal.interop.json_archive import export_json

            document = export_json(journal.store, out, scope)
            count = sum(len(rows) for rows in document["tables"].values())
            print(f"Wrote {count} entries to {out}.")
        else:
            from mentorjournal.interop.markdown_export import export_markdown

            files = export_markdown(journal, out, scope)
            print(f"Wrote {files} Markdown files to {out}.")
    finally:
        journal.close()
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    journal = _journal(args)
    try:
        if args.kind == "json":
            from mentorjournal.interop.json_archive import import_json

            print(import_json(journal.store, path).sentence())
            return EXIT_OK
        if not args.mentorship:
            print("mentorjournal: say which mentorship the entries go to with --mentorship.",
                  file=sys.stderr)
            return EXIT_ERROR
        from mentorjournal.interop.foreign import apply_import, plan_import, read_foreign

        plan = plan_import(journal, read_foreign(args.kind, path), args.mentorship)
        added = apply_import(journal, plan)
        print(f"Imported {added} check-in(s) into “{plan.mentorship_name}”; "
              f"{plan.already_there} were already there.")
    finally:
        journal.close()
    return EXIT_OK


def _cmd_calendar(args: argparse.Namespace) -> int:
    from mentorjournal.interop.calendar import write_calendar

    journal = _journal(args)
    try:
        scope = _mentorship_id(journal, args.mentorship)
        assert scope is not None
        count = write_calendar(journal, scope, Path(args.out), months=args.months)
    finally:
        journal.close()
    print(f"Wrote {count} planned check-ins to {args.out}.")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from mentorjournal.reports.options import ReportOptions, parse_sections
    from mentorjournal.reports.pdf import write_pdf

    app = QGuiApplication.instance() or QGuiApplication(["mentorjournal"])  # noqa: F841
    journal = _journal(args)
    try:
        scope = _mentorship_id(journal, args.mentorship)
        options = ReportOptions(mentorship_id=scope, start=args.start, end=args.end,
                                sections=parse_sections(args.sections),
                                include_private=args.include_private)
        pages = write_pdf(journal, options, Path(args.out))
    finally:
        journal.close()
    print(f"Wrote a {pages}-page report to {args.out}.")
    return EXIT_OK
