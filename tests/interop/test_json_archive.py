"""The JSON archive round-trips any journal, merges by id, and refuses bad files whole."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from mentorjournal.core import clock
from mentorjournal.core.models import (
    ActionItem,
    Base,
    CharterRevision,
    CheckIn,
    Contribution,
    Experiment,
    Goal,
    Introduction,
    Mentorship,
    Milestone,
    Topic,
)
from mentorjournal.core.store import Store
from mentorjournal.interop.json_archive import (
    ArchiveError,
    build_archive,
    dumps,
    import_json,
    merge_archive,
    parse_archive,
    preview_merge,
)

FIXED = clock.FixedClock(datetime(2026, 3, 1, 12, 0))


@contextmanager
def memory_store() -> Iterator[Store]:
    store = Store(":memory:")
    Base.metadata.create_all(store.engine)
    try:
        yield store
    finally:
        store.close()


def _count(store: Store) -> int:
    with store.session() as s:
        return sum(s.scalar(select(func.count()).select_from(t)) or 0
                   for t in Base.metadata.sorted_tables)


texts = st.text(max_size=40)
moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1))
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1))
journals = st.lists(
    st.fixed_dictionaries({
        "name": st.text(min_size=1, max_size=30),
        "role": st.sampled_from(["mentee", "mentor"]),
        "sessions": st.lists(st.tuples(moments, texts, st.booleans(),
                                       st.lists(st.integers(0, 4), max_size=3)), max_size=4),
        "actions": st.lists(st.tuples(texts, st.sampled_from(["open", "done", "dropped"]),
                                      st.none() | days), max_size=3),
        "charter": st.none() | st.tuples(texts, st.integers(1, 8),
                                         st.lists(texts, max_size=2)),
        "goal": st.none() | st.tuples(texts, st.lists(st.tuples(texts, st.none() | days),
                                                      max_size=2)),
        "updated": moments,
        "extras": st.lists(st.tuples(st.sampled_from(["given", "received"]), texts,
                                     st.none() | days, st.booleans()), max_size=2),
    }),
    max_size=3,
)


def _fill(store: Store, spec: list[dict]) -> None:  # type: ignore[type-arg]
    with store.session() as s:
        topics = [Topic(name=f"topic {i} é") for i in range(5)]
        s.add_all(topics)
        for i, m in enumerate(spec):
            ms = Mentorship(name=f"{m['name']} {i}", counterpart=m["name"], my_role=m["role"],
                            started_on=date(2020, 1, 1), updated_at=m["updated"])
            s.add(ms)
            s.flush()
            for held_at, text, private, topic_ids in m["sessions"]:
                s.add(CheckIn(mentorship_id=ms.id, held_at=held_at, what_happened=text,
                              private=private,
                              topics=[topics[t] for t in sorted(set(topic_ids))]))
            for text, status, due in m["actions"]:
                s.add(ActionItem(mentorship_id=ms.id, text=text, status=status, due_on=due))
            if m["charter"] is not None:
                objectives, cadence, criteria = m["charter"]
                s.add(CharterRevision(
                    mentorship_id=ms.id, number=1, state="saved", my_objectives=objectives,
                    cadence_value=cadence, effective_on=date(2021, 2, 3),
                    success_criteria=[{"id": f"c{j}", "text": t, "met": False}
                                      for j, t in enumerate(criteria)]))
            for direction, text, when, concluded in m.get("extras", []):
                s.add(Contribution(mentorship_id=ms.id, direction=direction, text=text,
                                   happened_on=when))
                s.add(Introduction(mentorship_id=ms.id, person_name=text or "someone",
                                   met_on=when, outcome="referral"))
                s.add(Experiment(mentorship_id=ms.id, title=text or "try", hypothesis=text,
                                 status="concluded" if concluded else "running",
                                 outcome="confirmed" if concluded else None,
                                 learning=text, concluded_on=when if concluded else None))
            if m["goal"] is not None:
                title, milestones = m["goal"]
                goal = Goal(mentorship_id=ms.id, title=title or "goal", criterion_ids=["c0"])
                s.add(goal)
                s.flush()
                for mt, achieved in milestones:
                    s.add(Milestone(goal_id=goal.id, title=mt, achieved_on=achieved))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journals)
def test_export_import_export_gives_the_same_document(spec: list[dict]) -> None:  # type: ignore[type-arg]
    with clock.use_clock(FIXED), memory_store() as source, memory_store() as target:
        _fill(source, spec)
        first = build_archive(source)
        parsed = parse_archive(dumps(first).encode("utf-8"))
        summary = merge_archive(target, parsed)
        assert summary.total_added == sum(len(rows) for rows in first["tables"].values())
        assert build_archive(target) == first
        rows = _count(target)
        again = merge_archive(target, parse_archive(dumps(first).encode("utf-8")))
        assert again.total_added == 0 and again.total_updated == 0
        assert _count(target) == rows
        assert build_archive(target) == first


def test_one_mentorship_export_leaves_the_others_out() -> None:
    spec = [{"name": n, "role": "mentee", "sessions": [(datetime(2025, 1, 2), n, False, [1])],
             "actions": [], "charter": None, "goal": ("g", [("m", None)]),
             "updated": datetime(2025, 1, 1)} for n in ("Priya", "Jonah")]
    with clock.use_clock(FIXED), memory_store() as store:
        _fill(store, spec)
        with store.session() as s:
            priya = s.scalars(select(Mentorship).where(Mentorship.name == "Priya 0")).one().id
        doc = build_archive(store, priya)
    assert doc["scope"] == "mentorship"
    assert [m["name"] for m in doc["tables"]["mentorships"]] == ["Priya 0"]
    assert [s["what_happened"] for s in doc["tables"]["sessions"]] == ["Priya"]
    assert [t["name"] for t in doc["tables"]["topics"]] == ["topic 1 é"]
    assert len(doc["tables"]["milestones"]) == 1


def test_newer_row_wins_and_older_row_is_ignored() -> None:
    with clock.use_clock(FIXED), memory_store() as store:
        _fill(store, [{"name": "Priya", "role": "mentee", "sessions": [], "actions": [],
                       "charter": None, "goal": None, "updated": datetime(2025, 1, 1)}])
        doc = build_archive(store)
        row = doc["tables"]["mentorships"][0]
        older = json.loads(dumps(doc))
        older["tables"]["mentorships"][0].update(
            counterpart="Old name", updated_at=(datetime(2024, 1, 1)).isoformat())
        summary = merge_archive(store, parse_archive(dumps(older).encode()))
        assert summary.total_updated == 0
        newer = json.loads(dumps(doc))
        newer["tables"]["mentorships"][0].update(
            counterpart="Priya S.",
            updated_at=(datetime.fromisoformat(row["updated_at"]) + timedelta(days=1)).isoformat())
        summary = merge_archive(store, parse_archive(dumps(newer).encode()))
        assert summary.total_updated == 1
        assert build_archive(store)["tables"]["mentorships"][0]["counterpart"] == "Priya S."


def test_same_topic_name_with_another_id_is_reused_not_duplicated() -> None:
    with clock.use_clock(FIXED), memory_store() as source, memory_store() as target:
        _fill(source, [{"name": "P", "role": "mentee",
                        "sessions": [(datetime(2025, 1, 2), "x", False, [0])], "actions": [],
                        "charter": None, "goal": None, "updated": datetime(2025, 1, 1)}])
        with target.session() as s:
            s.add(Topic(name="TOPIC 0 É"))
        merge_archive(target, parse_archive(dumps(build_archive(source)).encode()))
        doc = build_archive(target)
    names = {t["id"]: t["name"] for t in doc["tables"]["topics"]}
    assert sorted(names.values(), key=str.casefold) == [
        "TOPIC 0 É", "topic 1 é", "topic 2 é", "topic 3 é", "topic 4 é"]
    assert names[doc["tables"]["session_topics"][0]["topic_id"]] == "TOPIC 0 É"


def _valid_bytes() -> bytes:
    with clock.use_clock(FIXED), memory_store() as store:
        _fill(store, [{"name": "P", "role": "mentee",
                       "sessions": [(datetime(2025, 1, 2), "x", False, [0])], "actions": [],
                       "charter": None, "goal": None, "updated": datetime(2025, 1, 1)}])
        return dumps(build_archive(store)).encode("utf-8")


def _broken(kind: str) -> bytes:
    raw = _valid_bytes()
    doc = json.loads(raw)
    if kind == "truncated":
        return raw[: len(raw) // 2]
    if kind == "utf8":
        return raw.replace(b'"x"', b'"\xff\xfe"')
    if kind == "nul":
        return raw.replace(b'"x"', b'"\x00"')
    if kind == "empty":
        return b"  \n"
    if kind == "foreign":
        return b'{"entries": []}'
    if kind == "future":
        doc["version"] = 99
    elif kind == "missing":
        del doc["tables"]["sessions"][0]["held_at"]
    elif kind == "type":
        doc["tables"]["sessions"][0]["private"] = "yes"
    elif kind == "dangling":
        doc["tables"]["sessions"][0]["mentorship_id"] = "no-such-mentorship"
    return json.dumps(doc).encode()


@pytest.mark.parametrize("kind", ["truncated", "utf8", "nul", "empty", "foreign", "future",
                                  "missing", "type", "dangling"])
def test_bad_archive_is_refused_in_one_sentence_and_nothing_is_written(
        kind: str, tmp_path: Path) -> None:
    path = tmp_path / "archive.json"
    path.write_bytes(_broken(kind))
    with memory_store() as store:
        with pytest.raises(ArchiveError) as caught:
            import_json(store, path)
        assert _count(store) == 0
    message = str(caught.value)
    assert message.endswith(".") and message.count(". ") == 0 and "\n" not in message


def test_cancelling_an_import_rolls_everything_back(tmp_path: Path) -> None:
    path = tmp_path / "archive.json"
    path.write_bytes(_valid_bytes())
    with memory_store() as store:
        with pytest.raises(ArchiveError, match="cancelled"):
            import_json(store, path, progress=lambda done, total: done < 2)
        assert _count(store) == 0


def test_preview_counts_without_writing() -> None:
    with clock.use_clock(FIXED), memory_store() as store:
        parsed = parse_archive(_valid_bytes())
        preview = preview_merge(store, parsed)
        assert preview.total_added == sum(len(rows) for rows in parsed.values())
        assert _count(store) == 0


def test_a_different_mentorship_with_the_same_name_is_kept_and_marked() -> None:
    spec = [{"name": "Priya", "role": "mentee", "sessions": [], "actions": [],
             "charter": None, "goal": None, "updated": datetime(2025, 1, 1)}]
    with clock.use_clock(FIXED), memory_store() as source, memory_store() as target:
        _fill(source, spec)
        _fill(target, spec)  # same name, another id: made separately on another computer
        for _ in range(2):
            merge_archive(target, parse_archive(dumps(build_archive(source)).encode()))
        names = sorted(m["name"] for m in build_archive(target)["tables"]["mentorships"])
    assert names == ["Priya 0", "Priya 0 (imported)"]
