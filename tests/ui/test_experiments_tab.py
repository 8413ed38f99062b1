"""The Experiments tab as a user meets it: goals and milestones, an experiment from
planned to concluded, the refusal without a learning, the overdue flag, skill gaps, and
all of it still there after a restart."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from mentorjournal.core import career as cr
from mentorjournal.core import experiments as ex
from mentorjournal.core import goals as gl
from mentorjournal.core import mentorships as ms
from mentorjournal.core.clock import FixedClock, use_clock
from mentorjournal.ui.experiments import ExperimentsTab
from mentorjournal.ui.main_window import MainWindow
from tests.ui.conftest import close_app


def _open_tab(window: MainWindow) -> ExperimentsTab:
    window.reload()
    window.tab_actions[2].trigger()
    tab = window.tab("experiments")
    assert isinstance(tab, ExperimentsTab) and tab.isVisible()
    return tab


def _restart(qtbot, window: MainWindow) -> tuple[MainWindow, ExperimentsTab]:  # type: ignore[no-untyped-def]
    from mentorjournal.ui.app import open_main_window

    close_app(window)
    window._test_lock.unlock()  # type: ignore[attr-defined]
    again, lock = open_main_window(None)
    qtbot.addWidget(again)
    again._test_lock = lock  # type: ignore[attr-defined]
    return again, _open_tab(again)


def _start(qtbot) -> tuple[MainWindow, ExperimentsTab]:  # type: ignore[no-untyped-def]
    from mentorjournal.ui.app import open_main_window

    window, lock = open_main_window(None)
    qtbot.addWidget(window)
    window._test_lock = lock  # type: ignore[attr-defined]
    ms.create_mentorship(window.journal, "Priya")
    return window, _open_tab(window)


def _finish(window: MainWindow) -> None:
    close_app(window)
    window._test_lock.unlock()  # type: ignore[attr-defined]


def test_goal_with_two_milestones_one_reached_survives_a_restart(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab = _start(qtbot)
    tab.pages.setCurrentIndex(1)
    page = tab.goals_page
    assert page.stack.currentIndex() == 0 and page.empty.action_button is not None
    page.empty.action_button.click()
    page.editor.title_edit.selectAll()
    qtbot.keyClicks(page.editor.title_edit, "Lead a cross-team decision")
    for title in ("Write the proposal", "Run the design review"):
        qtbot.keyClicks(page.milestones.new_edit, title)
        qtbot.mouseClick(page.milestones.add_button, Qt.MouseButton.LeftButton)
    panel = page.milestones
    assert panel.model.rowCount() == 2
    panel.select_row(0)
    assert panel.title_edit.text() == "Write the proposal"
    qtbot.keyClicks(panel.celebration_edit, "Lunch with Priya.")
    qtbot.mouseClick(panel.achieve_button, Qt.MouseButton.LeftButton)

    assert tab.banner.isVisible()
    assert "Milestone reached: Write the proposal" in tab.banner.label.text()
    assert "Milestone reached" in window.statusBar().currentMessage()
    assert panel.unachieve_button.isVisible() and not panel.achieve_button.isVisible()
    assert panel.model.item(0, 2).text().startswith("✓ ")
    assert "1 of 2 milestones reached" in page.list_model.item(0).text()

    window, tab = _restart(qtbot, window)
    try:
        goals = gl.list_goals(window.journal, window.current.id)  # type: ignore[union-attr]
        assert [g.title for g in goals] == ["Lead a cross-team decision"]
        stones = {s.title: s for s in goals[0].milestones}
        assert stones["Write the proposal"].achieved_on is not None
        assert stones["Write the proposal"].celebration == "Lunch with Priya."
        assert not stones["Run the design review"].achieved
        tab.pages.setCurrentIndex(1)
        assert tab.goals_page.editor.title_edit.text() == "Lead a cross-team decision"
        assert not tab.banner.isVisible()  # the moment passed; no nagging on restart
    finally:
        _finish(window)


def test_experiment_planned_to_concluded_refused_without_learning(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab = _start(qtbot)
    page = tab.experiments_page
    assert page.stack.currentIndex() == 0  # the empty state explains what belongs here
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Write before meetings")
    qtbot.mouseClick(editor.start_button, Qt.MouseButton.LeftButton)
    assert editor.hypothesis_error.isVisible()  # no hypothesis yet: refused, said inline
    assert "hypothesis" in editor.hypothesis_error.text()
    qtbot.keyClicks(editor.hypothesis_edit, "If I send a brief first, then one meeting does.")
    qtbot.mouseClick(editor.start_button, Qt.MouseButton.LeftButton)
    assert page.board.card_texts("running")[0].startswith("Write before meetings")
    assert editor.conclusion.isVisible() and not editor.start_button.isVisible()

    editor.outcome_combo.setCurrentIndex(editor.outcome_combo.findData("refuted"))
    qtbot.keyClicks(editor.result_edit, "Still two meetings.")
    qtbot.mouseClick(editor.conclude_button, Qt.MouseButton.LeftButton)
    assert editor.learning_error.isVisible()
    assert "what you learned" in editor.learning_error.text()
    assert "what you learned" in window.statusBar().currentMessage()
    assert editor.result_edit.toPlainText() == "Still two meetings."  # nothing lost
    assert ex.list_experiments(window.journal, window.current.id)[0].status == "running"  # type: ignore[union-attr]

    qtbot.keyClicks(editor.learning_edit, "People skim briefs; ask one question instead.")
    assert not editor.learning_error.isVisible()
    qtbot.mouseClick(editor.conclude_button, Qt.MouseButton.LeftButton)
    assert page.board.card_texts("running") == []
    assert page.board.card_texts("concluded")[0].splitlines()[:2] == [
        "Write before meetings", f"Refuted · {date.today().day} {date.today():%b %Y}"]
    assert "counts as progress" in window.statusBar().currentMessage()

    window, tab = _restart(qtbot, window)
    try:
        editor = tab.experiments_page.editor
        assert editor.info is not None and editor.info.status == "concluded"
        assert editor.learning_edit.toPlainText() == "People skim briefs; ask one question instead."
        assert editor.result_edit.toPlainText() == "Still two meetings."
        assert editor.reopen_button.isVisible() and not editor.conclude_button.isVisible()
    finally:
        _finish(window)


def test_overdue_flag_appears_after_the_end_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = FixedClock(datetime(2026, 3, 1, 9))
    with use_clock(clock):
        window, tab = _start(qtbot)
        mid = window.current.id  # type: ignore[union-attr]
        e = ex.create_experiment(window.journal, mid, "Office hours", hypothesis="If I …",
                                 starts_on=date(2026, 3, 1), ends_on=date(2026, 3, 14))
        ex.start_experiment(window.journal, e.id)
        page = tab.experiments_page
        page.refresh()
        page.list_button.click()
        flag = page.list_proxy.index(0, 5)
        assert "Overdue" not in page.board.card_texts("running")[0]
        assert flag.data() == "" and not page.editor.overdue_row.isVisibleTo(page.editor)

        clock.advance(days=15)  # 16 March: two days past the end
        tab.pages.setCurrentIndex(1)
        tab.pages.setCurrentIndex(0)  # coming back re-reads the list
        assert page.board.card_texts("running")[0].splitlines()[:2] == [
            "Office hours", "⚠ Overdue by 2 days"]
        flag = page.list_proxy.index(0, 5)
        assert flag.data() == "Overdue by 2 days"  # said in words, not by colour alone
        assert flag.data(Qt.ItemDataRole.DecorationRole) is not None
        assert page.editor.overdue_row.isVisible()
        assert "Overdue by 2 days" in page.editor.overdue_label.text()
        page.overdue_check.setChecked(True)
        assert page.list_proxy.rowCount() == 1
        ex.conclude_experiment(window.journal, e.id, "inconclusive", "Too short to tell.")
        page.refresh()
        assert page.list_proxy.rowCount() == 0  # concluded: no longer overdue
        _finish(window)


def test_skill_gaps_widest_first_and_list_sorting(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab = _start(qtbot)
    tab.pages.setCurrentIndex(2)
    page = tab.career_page
    for name, current, target in (("Writing", 2, 3), ("Architecture", 1, 5),
                                  ("Coaching", 2, 4), ("Budgeting", 3, 5)):
        qtbot.keyClicks(page.new_skill_edit, name)
        qtbot.mouseClick(page.add_skill_button, Qt.MouseButton.LeftButton)
        page.skill_editor.current_spin.setValue(current)
        page.skill_editor.target_spin.setValue(target)
        page.skill_editor.flush(wait=True)
        qtbot.waitUntil(lambda: not page.skill_editor.pending)
    page.refresh()
    assert page.gap_names() == ["Architecture", "Budgeting", "Coaching", "Writing"]
    assert page.gap_model.item(0, 3).text() == "4 levels to go"
    qtbot.keyClicks(page.new_skill_edit, "writing")
    qtbot.mouseClick(page.add_skill_button, Qt.MouseButton.LeftButton)
    assert "already a skill called “Writing”" in page.skill_error.text()

    window, tab = _restart(qtbot, window)
    try:
        tab.pages.setCurrentIndex(2)
        assert tab.career_page.gap_names() == ["Architecture", "Budgeting", "Coaching",
                                               "Writing"]
        assert [s.gap for s in cr.skill_gaps(window.journal, window.current.id)] == [4, 2, 2, 1]  # type: ignore[union-attr]
    finally:
        _finish(window)


def test_list_view_sorts_and_filters(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab = _start(qtbot)
    mid = window.current.id  # type: ignore[union-attr]
    goal = gl.create_goal(window.journal, mid, "Promotion")
    today = date.today()
    for title, days, goal_id in (("Beta", 20, goal.id), ("Alpha", 40, None),
                                 ("Gamma", 5, goal.id)):
        ex.create_experiment(window.journal, mid, title, goal_id=goal_id,
                             ends_on=today + timedelta(days=days))
    page = tab.experiments_page
    page.refresh()
    page.list_button.click()
    titles = lambda: [page.list_proxy.index(r, 0).data()  # noqa: E731
                      for r in range(page.list_proxy.rowCount())]
    assert titles() == ["Gamma", "Beta", "Alpha"]  # by end date
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert titles() == ["Alpha", "Beta", "Gamma"]
    page.goal_filter.setCurrentIndex(page.goal_filter.findData(goal.id))
    assert titles() == ["Beta", "Gamma"]
    qtbot.keyClicks(page.search_edit, "gam")
    assert titles() == ["Gamma"]
    _finish(window)


def test_deleting_asks_first_and_keeps_on_cancel(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mentorjournal.ui.experiments import forms

    window, tab = _start(qtbot)
    mid = window.current.id  # type: ignore[union-attr]
    ex.create_experiment(window.journal, mid, "Keep me")
    page = tab.experiments_page
    page.refresh()
    answers = iter([False, True])
    asked: list[str] = []

    def fake_confirm(_parent, what: str, _consequence: str = "") -> bool:  # type: ignore[no-untyped-def]
        asked.append(what)
        return next(answers)

    monkeypatch.setattr(forms, "confirm_delete", fake_confirm)
    page.editor.delete_button.click()
    assert [e.title for e in ex.list_experiments(window.journal, mid)] == ["Keep me"]
    page.editor.delete_button.click()
    assert asked == ["the experiment “Keep me”"] * 2
    assert ex.list_experiments(window.journal, mid) == []
    assert page.stack.currentIndex() == 0  # back to the empty state
    assert "Deleted the experiment “Keep me”" in window.statusBar().currentMessage()
    _finish(window)
