"""`make bench`: build the ten-year journal once, measure every case, print the table.

Usage: python -m tests.bench.run_bench [--journal DIR] [--runs N]
The journal is generated into DIR (default: .bench/journal) when it is missing. Cases
that type into the journal or remember a tab work on a copy, and every process gets its
own settings folder, so runs do not change each other's starting point or the user's
settings.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.harness import Row, repeat, summarise, table, time_process, time_to_ready

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TARGETS = {"start": 0.5, "tab": 0.05, "memory": 200.0, "search": 0.02,
           "search_cli": 0.35, "progress_first": 1.0, "progress_redraw": 0.15,
           "pdf_year": 2.0, "pdf_all": 10.0, "autosave": 0.005}
WORDS = {"common word “feedback”": "feedback", "rare word “zeugma”": "zeugma",
         "phrase “design review”": "design review"}


def ensure_journal(data_dir: Path) -> None:
    if (data_dir / "journal.sqlite3").exists():
        return
    print(f"Generating the ten-year journal in {data_dir.name}/ …", file=sys.stderr)
    subprocess.run([BIN / "mentorjournal", "demo", "--scale", "large", "--years", "10",
                    "--data-dir", str(data_dir)], check=True)


def _env(config_dir: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen",
            "MENTORJOURNAL_CONFIG_DIR": str(config_dir), **extra}


def _probe(module: str, env: dict[str, str], *args: object) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-m", f"tests.bench.{module}",
                          *map(str, args)], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True)
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def bench_start(data_dir: Path, runs: int, scratch: Path) -> list[Row]:
    rows = []
    for tab in ("charter", "sessions", "progress"):
        config = scratch / f"config-{tab}"
        config.mkdir()
        # The tab the user left open last time is the one start-up builds.
        (config / "settings.ini").write_text(f"[window]\ncurrentTab={tab}\n",
                                             encoding="utf-8")
        env = _env(config, MENTORJOURNAL_QUIT_WHEN_READY="1")
        argv = [str(BIN / "mentorjournal"), "--data-dir", str(data_dir)]
        # The warm-up run (not counted) is an earlier session: on Progress it leaves the
        # charts it drew remembered, as any session the user closed does.
        ready, whole = [], []
        for i in range(runs + 1):
            to_ready, to_exit = time_to_ready(argv, env)
            if i:
                ready.append(to_ready)
                whole.append(to_exit)
        rows.append(Row(f"start to a painted, filled, idle main window on {tab.title()}",
                        summarise(ready), TARGETS["start"]))
        rows.append(Row("… the same, whole process until it has closed again",
                        summarise(whole), None))
    version = repeat(lambda: time_process([str(BIN / "mentorjournal"), "--version"]), runs)
    rows.append(Row("`mentorjournal --version` (whole process)", version, None))
    return rows


def bench_search(data_dir: Path, runs: int, scratch: Path) -> list[Row]:
    from mentorjournal.core.journal import Journal
    from mentorjournal.core.search import search

    journal = Journal.open(data_dir)
    journal.prepare()
    rows = []
    try:
        one = journal.reader().execute("SELECT id FROM mentorships LIMIT 1").fetchone()[0]
        for scope, scope_id in (("every mentorship", None), ("one mentorship", one)):
            for label, query in WORDS.items():
                hits = search(journal, query, mentorship_id=scope_id)
                assert hits, f"the benchmark journal has no hit for {query!r}"
                stats = repeat(lambda q=query, m=scope_id: (  # type: ignore[misc]
                    search(journal, q, mentorship_id=m), None)[1], runs * 3)
                rows.append(Row(f"in-app search, {label}, {scope}", stats,
                                TARGETS["search"]))
    finally:
        journal.close()
    env = _env(scratch / "config-search")
    for label, query in WORDS.items():
        argv = [str(BIN / "mentorjournal"), "--data-dir", str(data_dir), "search", query]
        stats = repeat(lambda argv=argv: time_process(argv, env), runs)
        rows.append(Row(f"`mentorjournal search` {label} (whole process)", stats,
                        TARGETS["search_cli"]))
    return rows


def bench_gui(data_dir: Path, rounds: int, scratch: Path) -> list[Row]:
    probe = _probe("gui_probe", _env(scratch / "config-gui"), data_dir, rounds)
    first_show: dict[str, float] = probe["first_show"]  # type: ignore[assignment]
    switches: dict[str, list[float]] = probe["switches"]  # type: ignore[assignment]
    rows = [Row(f"first show of {name}", summarise([seconds]), None)
            for name, seconds in first_show.items()]
    worst = max(switches.items(), key=lambda kv: summarise(kv[1]).median)
    every = [s for samples in switches.values() for s in samples]
    rows.append(Row("tab switch, every pair", summarise(every), TARGETS["tab"]))
    rows.append(Row(f"tab switch, slowest pair ({worst[0]})", summarise(worst[1]),
                    TARGETS["tab"]))
    rows.append(Row("one autosave write (the check-in editor's write)",
                    summarise(probe["autosave_write"]), TARGETS["autosave"]))  # type: ignore[arg-type]
    rows.append(Row("one keystroke while typing 1,000 characters, autosave running",
                    summarise(probe["keystroke"]), None))  # type: ignore[arg-type]
    rows.append(Row("resident memory after opening every tab",
                    summarise([probe["rss_mb"]]), TARGETS["memory"], unit="MB"))  # type: ignore[list-item]
    return rows


def bench_progress(data_dir: Path, rounds: int, scratch: Path) -> list[Row]:
    firsts: list[float] = []
    new: list[float] = []
    quick: list[float] = []
    settled: list[float] = []
    again: list[float] = []
    walks: list[float] = []
    for i in range(rounds):  # first paint happens once per process
        probe = _probe("progress_probe", _env(scratch / f"config-progress-{i}"),
                       data_dir, 3)
        firsts.append(float(probe["first_paint"]))  # type: ignore[arg-type]
        new.extend(probe["redraw_new"])  # type: ignore[arg-type]
        quick.extend(probe["redraw_quick"])  # type: ignore[arg-type]
        settled.extend(probe["redraw_settled"])  # type: ignore[arg-type]
        again.extend(probe["redraw_again"])  # type: ignore[arg-type]
        walks.append(float(probe["walk_mb"]))  # type: ignore[arg-type]
    return [Row("Progress tab, first paint, nothing remembered (charts in sight drawn)",
                summarise(firsts), TARGETS["progress_first"]),
            Row("Progress tab, redraw for a range not shown yet, picked once the tab "
                "has settled", summarise(settled), TARGETS["progress_redraw"]),
            Row("Progress tab, redraw for a range not shown yet, picked half a second "
                "after the first charts appear", summarise(quick), TARGETS["progress_redraw"]),
            Row("Progress tab, redraw for a range not shown yet, picked the moment the "
                "first charts appear", summarise(new), TARGETS["progress_redraw"]),
            Row("Progress tab, redraw for a range shown before (kept drawings)",
                summarise(again), TARGETS["progress_redraw"]),
            Row("resident memory after walking through every Progress chart in both "
                "scopes and all three ranges (not a target case; 200 MB for scale)",
                summarise(walks), None, unit="MB")]


def bench_reports(data_dir: Path, scratch: Path) -> list[Row]:
    probe = _probe("report_probe", _env(scratch / "config-report"), data_dir, 3, 2)
    return [Row(f"PDF report, one mentorship, one year ({probe['year_pages']} pages)",
                summarise(probe["year"]), TARGETS["pdf_year"]),  # type: ignore[arg-type]
            Row(f"PDF report, one mentorship, all ten years ({probe['all_pages']} pages)",
                summarise(probe["all"]), TARGETS["pdf_all"])]  # type: ignore[arg-type]


def precompile() -> None:
    """Measure the app as installed: pip byte-compiles a wheel at install time, so no
    start-up should pay for compiling our modules. A shell with PYTHONDONTWRITEBYTECODE
    would otherwise make every measured process compile them again (about 70 ms)."""
    import compileall

    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # inherited by every probe process
    compileall.compile_dir(str(ROOT / "mentorjournal"), quiet=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--journal", type=Path, default=ROOT / ".bench" / "journal")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    precompile()
    ensure_journal(args.journal)
    with tempfile.TemporaryDirectory(prefix="mentorjournal-bench-") as tmp:
        scratch = Path(tmp)
        copy = scratch / "journal"  # typing and autosave write here, not in the original
        shutil.copytree(args.journal, copy)
        rows = (bench_start(args.journal, args.runs, scratch)
                + bench_search(args.journal, args.runs, scratch)
                + bench_gui(copy, 3, scratch)
                + bench_progress(args.journal, 3, scratch)
                + bench_reports(args.journal, scratch))
    print(table(rows))
    print(f"\n{len(rows)} cases in {time.perf_counter() - started:.0f} s.")
    missed = [r.case for r in rows if r.met is False]
    if missed:
        print(f"\nTargets missed: {', '.join(missed)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
