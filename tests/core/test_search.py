"""FTS5 search: ranking, snippets, and an index that follows every edit and delete."""

from __future__ import annotations

from datetime import date, datetime

from mentorjournal.core import actions as ac
from mentorjournal.core import checkins as ci
from mentorjournal.core import network as nw
from mentorjournal.core import search as se
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import create_mentorship
from mentorjournal.core.search_schema import rebuild_statements


def _ms(journal: Journal, name: str = "Priya") -> str:
    return create_mentorship(journal, name, started_on=date(2025, 1, 1)).id


def test_ranking_prefers_dense_and_title_hits(journal: Journal) -> None:
    mid = _ms(journal)
    filler = " ".join(["meeting"] * 200)
    sparse = ci.create_checkin(journal, mid, held_at=datetime(2025, 2, 1, 12),
                               sections={"notes": f"{filler} latency {filler}"})
    dense = ci.create_checkin(journal, mid, held_at=datetime(2025, 2, 8, 12),
                              sections={"wins": "latency budget, latency charts, latency"})
    hits = se.search(journal, "latency")
    assert [h.item_id for h in hits] == [dense.id, sparse.id]
    assert hits[0].score < hits[1].score  # bm25: lower is better
    action = ac.add_action(journal, sparse.id, "Write the latency budget")
    assert se.search(journal, "latency budget")[0].item_id == action.id


def test_snippet_marks_matches_and_escapes_user_html(journal: Journal) -> None:
    mid = _ms(journal)
    ci.create_checkin(journal, mid, sections={
        "challenges": "The <script>alert(1)</script> demo & the Übergabe went badly"})
    (hit,) = se.search(journal, "ubergabe")  # diacritics folded
    assert f"{se.MARK_START}Übergabe{se.MARK_END}" in hit.snippet
    assert hit.plain_snippet.startswith("The <script>alert(1)</script> demo")
    rendered = se.snippet_html(hit.snippet)
    assert "&lt;script&gt;" in rendered and "<script>" not in rendered
    assert "<b>Übergabe</b>" in rendered and "&amp;" in rendered
    assert hit.kind_label == "Check-in" and hit.mentorship_name == "Priya"


def test_index_follows_edits_and_deletes(journal: Journal) -> None:
    mid = _ms(journal)
    c = ci.create_checkin(journal, mid, held_at=datetime(2025, 3, 3, 9),
                          sections={"wins": "kangaroo"})
    assert [h.item_id for h in se.search(journal, "kangaroo")] == [c.id]
    assert se.search(journal, "kang")[0].on == date(2025, 3, 3)  # prefix while typing
    ci.update_checkin(journal, c.id, sections={"wins": "wombat"})
    assert se.search(journal, "kangaroo") == []
    assert [h.item_id for h in se.search(journal, "wombat")] == [c.id]
    action = ac.add_action(journal, c.id, "Feed the wombat")
    intro = nw.add_introduction(journal, session_id=c.id, person_name="Wombat Expert")
    assert {h.kind for h in se.search(journal, "wombat")} == {"session", "action",
                                                              "introduction"}
    ac.delete_action(journal, action.id)
    nw.delete_introduction(journal, intro.id)
    ci.delete_checkin(journal, c.id)
    assert se.search(journal, "wombat") == []
    count = journal.reader().execute("SELECT count(*) FROM search_index").fetchone()[0]
    assert count == 0


def test_filters_by_mentorship_and_survives_operators(journal: Journal) -> None:
    a, b = _ms(journal), _ms(journal, "Jonah")
    ci.create_checkin(journal, a, sections={"wins": "NOT a problem \"quoted\" (x) OR y*"})
    ci.create_checkin(journal, b, sections={"wins": "not again"})
    assert len(se.search(journal, 'NOT "')) == 2
    assert len(se.search(journal, "not", mentorship_id=b)) == 1
    assert se.search(journal, "  ...  ") == []
    assert se.match_expression('say "hi') == '"say" "hi"*'


def test_charter_text_is_searchable_and_rebuild_matches_triggers(journal: Journal) -> None:
    from mentorjournal.core.models import CharterRevision

    mid = _ms(journal)
    with journal.store.session() as s:
        s.add(CharterRevision(mentorship_id=mid, number=1, state="saved",
                              success_vision="Lead the platformization effort",
                              success_criteria=[{"id": "c1", "text": "Give a keynote"}]))
    assert [h.kind for h in se.search(journal, "platformization")] == ["charter"]
    assert [h.kind for h in se.search(journal, "keynote")] == ["charter"]
    before = journal.reader().execute(
        "SELECT kind, item_id, title, body FROM search_index ORDER BY item_id").fetchall()
    conn = journal.reader()
    with conn:
        for statement in rebuild_statements():
            conn.execute(statement)
    after = conn.execute(
        "SELECT kind, item_id, title, body FROM search_index ORDER BY item_id").fetchall()
    assert [tuple(r) for r in after] == [tuple(r) for r in before]


def test_upgrading_an_older_journal_indexes_what_it_already_holds(
        private_locations) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from mentorjournal.core.migrate import upgrade_to
    from mentorjournal.core.store import make_engine
    from mentorjournal.paths import DataPaths

    private_locations.mkdir(parents=True)
    path = private_locations / "journal.sqlite3"
    engine = make_engine(path)
    upgrade_to(engine, "0001")  # a journal written before search existed
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO mentorships(id, name, counterpart, my_role, status, "
                     "created_at, updated_at) VALUES('m1', 'Priya', 'Priya', 'mentee', "
                     "'active', '2025-01-01', '2025-01-01')")
        conn.execute("INSERT INTO sessions(id, mentorship_id, held_at, format, private, agenda, "
                     "what_happened, wins, challenges, questions, insights, scenarios, notes, "
                     "source, created_at, updated_at) VALUES('s1', 'm1', "
                     "'2025-02-03 17:00:00.000000', 'video', 0, '', 'An old armadillo note', "
                     "'', '', '', '', '', '', '', '2025-02-03', '2025-02-03')")
    conn.close()
    journal = Journal(DataPaths(private_locations))
    journal.prepare()  # migrates 0001 → head
    try:
        (hit,) = se.search(journal, "armadillo")
        assert (hit.item_id, hit.on, hit.mentorship_name) == ("s1", date(2025, 2, 3), "Priya")
    finally:
        journal.close()
