"""Small timing harness: repeat a measurement, report median and spread.

Kept free of pytest-benchmark so each case can be a whole process (start-up, CLI) or
an in-process step (tab switch, search) and still land in one table with its target.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Stats:
    median: float
    low: float
    high: float
    runs: int

    @property
    def spread(self) -> float:
        return self.high - self.low


def summarise(samples: Sequence[float]) -> Stats:
    """Median and the interquartile range (robust to one slow outlier)."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    if len(ordered) >= 4:
        q = statistics.quantiles(ordered, n=4, method="inclusive")
        low, high = q[0], q[2]
    else:
        low, high = ordered[0], ordered[-1]
    return Stats(statistics.median(ordered), low, high, len(ordered))


def repeat(fn: Callable[[], float | None], runs: int, warmup: int = 1) -> Stats:
    """Run `fn` `runs` times; it returns its own duration or None to be timed here."""
    samples: list[float] = []
    for i in range(warmup + runs):
        started = time.perf_counter()
        measured = fn()
        elapsed = measured if measured is not None else time.perf_counter() - started
        if i >= warmup:
            samples.append(elapsed)
    return summarise(samples)


READY = re.compile(r"ready at monotonic ([0-9.]+)")


def time_to_ready(argv: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """(start to ready, start to exit) of one app process, in seconds.

    The app prints a system-wide monotonic stamp when its window is painted, filled and
    idle (`MENTORJOURNAL_QUIT_WHEN_READY`); counting from just before the process is
    started includes the interpreter, every import and the first paint, and leaves out
    only closing down, which the user does not wait for.
    """
    started = time.monotonic()
    done = subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    ended = time.monotonic()
    match = READY.search(done.stderr)
    if match is None:
        raise RuntimeError(f"the app never said it was ready: {done.stderr[-500:]}")
    return float(match.group(1)) - started, ended - started


def time_process(argv: Sequence[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


@dataclass(frozen=True)
class Row:
    case: str
    stats: Stats
    target: float | None  # seconds (or MB for memory rows)
    unit: str = "s"

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.stats.median <= self.target


def _fmt(value: float, unit: str) -> str:
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def table(rows: Sequence[Row]) -> str:
    lines = ["| case | median | spread (IQR) | runs | target | met |",
             "| --- | --- | --- | --- | --- | --- |"]
    for row in rows:
        target = "—" if row.target is None else "≤ " + _fmt(row.target, row.unit)
        met = {True: "yes", False: "**no**", None: "—"}[row.met]
        lines.append(f"| {row.case} | {_fmt(row.stats.median, row.unit)} | "
                     f"{_fmt(row.stats.low, row.unit)} – {_fmt(row.stats.high, row.unit)} | "
                     f"{row.stats.runs} | {target} | {met} |")
    return "\n".join(lines)
