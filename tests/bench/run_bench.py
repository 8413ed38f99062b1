"""`make bench`: build the ten-year journal once, measure every case, print the table.

Usage: python -m tests.bench.run_bench [--journal DIR] [--runs N]
The journal is generated into DIR (default: .bench/journal) when it is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.bench.harness import Row, repeat, summarise, table, time_process

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TARGETS = {"start": 0.5, "tab": 0.05, "memory": 200.0}


def ensure_journal(data_dir: Path) -> None:
    if (data_dir / "journal.sqlite3").exists():
        return
    print(f"Generating the ten-year journal in {data_dir.name}/ …", file=sys.stderr)
    subprocess.run([BIN / "mentorjournal", "demo", "--scale", "large", "--years", "10",
                    "--data-dir", str(data_dir)], check=True)


def bench_start(data_dir: Path, runs: int) -> list[Row]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "MENTORJOURNAL_QUIT_WHEN_READY": "1"}
    start = repeat(lambda: time_process([str(BIN / "mentorjournal"), "--data-dir",
                                         str(data_dir)], env), runs)
    version = repeat(lambda: time_process([str(BIN / "mentorjournal"), "--version"]), runs)
    return [Row("start to a filled, idle main window (whole process)", start,
                TARGETS["start"]),
            Row("`mentorjournal --version` (whole process)", version, None)]


def bench_gui(data_dir: Path, rounds: int) -> list[Row]:
    out = subprocess.run([sys.executable, "-m", "tests.bench.gui_probe", str(data_dir),
                          str(rounds)], cwd=ROOT, check=True, capture_output=True, text=True)
    probe = json.loads(out.stdout.strip().splitlines()[-1])
    rows = [Row(f"first show of {name}", summarise([seconds]), None)
            for name, seconds in probe["first_show"].items()]
    worst = max(probe["switches"].items(), key=lambda kv: summarise(kv[1]).median)
    every = [s for samples in probe["switches"].values() for s in samples]
    rows.append(Row("tab switch, every pair", summarise(every), TARGETS["tab"]))
    rows.append(Row(f"tab switch, slowest pair ({worst[0]})", summarise(worst[1]),
                    TARGETS["tab"]))
    rows.append(Row("resident memory after opening every tab",
                    summarise([probe["rss_mb"]]), TARGETS["memory"], unit="MB"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--journal", type=Path, default=ROOT / ".bench" / "journal")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    ensure_journal(args.journal)
    rows = bench_start(args.journal, args.runs) + bench_gui(args.journal, 3)
    print(table(rows))
    missed = [r.case for r in rows if r.met is False]
    if missed:
        print(f"\nTargets missed: {', '.join(missed)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
