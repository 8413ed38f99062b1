"""The benchmark harness reports medians and spreads honestly."""

from __future__ import annotations

from tests.bench.harness import Row, repeat, summarise, table


def test_summarise_uses_median_and_iqr() -> None:
    stats = summarise([0.1, 0.2, 0.3, 0.4, 5.0])
    assert stats.median == 0.3
    assert stats.low == 0.2 and stats.high == 0.4  # the 5 s outlier does not widen it
    assert stats.runs == 5


def test_repeat_skips_warmup_and_uses_reported_durations() -> None:
    values = iter([9.0, 1.0, 2.0, 3.0])
    stats = repeat(lambda: next(values), runs=3, warmup=1)
    assert stats.median == 2.0 and stats.runs == 3


def test_table_marks_missed_targets() -> None:
    text = table([Row("fast", summarise([0.01]), 0.05), Row("slow", summarise([0.9]), 0.5)])
    assert "| fast | 10.0 ms" in text and "| yes |" in text
    assert "| slow | 900.0 ms" in text and "**no**" in text


def test_time_to_ready_counts_from_process_start_to_the_apps_stamp() -> None:
    import os
    import sys

    import pytest

    from tests.bench.harness import time_to_ready

    says_ready = ("import sys, time; time.sleep(0.05); "
                  "print(f'mentorjournal: ready at monotonic {time.monotonic():.6f}', "
                  "file=sys.stderr); time.sleep(0.3)")
    ready, whole = time_to_ready([sys.executable, "-c", says_ready], dict(os.environ))
    assert 0.05 <= ready < whole  # the stamp counts, not the process's end
    assert whole - ready >= 0.3
    with pytest.raises(RuntimeError, match="never said it was ready"):
        time_to_ready([sys.executable, "-c", "pass"], dict(os.environ))
