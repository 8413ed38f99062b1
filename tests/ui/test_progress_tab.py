"""The Progress tab as a user meets it: charts for a full and an empty journal, range
changes, hover and click on markers, export, and matplotlib kept out of start-up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt

from mentorjournal.charts.base import empty_message, is_empty_chart, markers_of
from mentorjournal.charts.progress_charts import CHARTS
from mentorjournal.core import mentorships as ms
from mentorjournal.core.journal import Journal
from mentorjournal.paths import DataPaths
from tests.ui.conftest import write_demo

ROOT = Path(__file__).resolve().parents[2]


def _demo(private_locations: Path) -> None:
    write_demo(private_locations)


def _progress(window, qtbot):  # type: ignore[no-untyped-def]
    window.show_tab(3)
    tab = window.tab("progress")
    qtbot.waitUntil(lambda: tab.redraw_count >= 1, timeout=5000)
    tab.panel.draw_all()
    return tab


@pytest.fixture
def demo_tab(open_window, qtbot, private_locations: Path):  # type: ignore[no-untyped-def]
    _demo(private_locations)
    window = open_window()
    window.reload(select_id=ms.find_by_name(window.journal, "Priya").id)
    return window, _progress(window, qtbot)


def test_demo_journal_draws_every_chart_and_a_summary(demo_tab) -> None:  # type: ignore[no-untyped-def]
    _window, tab = demo_tab
    assert list(tab.panel.cards) == [key for key, _t, _b in CHARTS]
    for key, card in tab.panel.cards.items():
        assert card.figure is not None and not is_empty_chart(card.figure), key
        assert card.canvas.isVisibleTo(tab)
    assert "check-in" in tab.summary_label.text() and "momentum" in tab.summary_label.text()
    kinds = {m.label.split(" ")[0] for m in markers_of(tab.panel.cards["momentum"].figure)}
    assert {"Check-in", "Milestone:", "Charter", "Experiment:"} <= kinds


def test_changing_the_range_or_scope_redraws(demo_tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, tab = demo_tab
    assert (tab.view.end - tab.view.start).days == 365
    old_figure = tab.panel.cards["momentum"].figure
    count = tab.redraw_count
    tab.set_range("3m")
    tab.set_range("all")  # two changes in a burst: one redraw
    qtbot.waitUntil(lambda: tab.redraw_count > count, timeout=3000)
    qtbot.wait(100)
    assert tab.redraw_count == count + 1
    assert (tab.view.end - tab.view.start).days > 700
    qtbot.waitUntil(lambda: tab.panel.cards["momentum"].figure is not old_figure, timeout=3000)
    sessions_priya = len(tab.view.snapshot.sessions)
    tab.set_scope_all(True)
    qtbot.waitUntil(lambda: tab.redraw_count == count + 2, timeout=3000)
    assert len(tab.view.snapshot.sessions) > sessions_priya


def test_charts_out_of_sight_are_built_when_scrolled_to(open_window, qtbot,  # type: ignore[no-untyped-def]
                                                         private_locations: Path) -> None:
    _demo(private_locations)
    window = open_window()
    window.resize(1000, 700)
    window.show_tab(3)
    tab = window.tab("progress")
    cards = tab.panel.cards
    qtbot.waitUntil(lambda: cards["momentum"].figure is not None, timeout=5000)
    assert cards["network"].figure is None  # far below the fold: not drawn yet
    tab.scroll_area.ensureWidgetVisible(cards["network"])
    qtbot.waitUntil(lambda: cards["network"].figure is not None, timeout=5000)


def test_hidden_tab_waits_until_shown(demo_tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab = demo_tab
    window.show_tab(0)
    count = tab.redraw_count
    tab.set_range("3m")
    qtbot.wait(150)
    assert tab.redraw_count == count  # not drawn while nobody can see it
    window.show_tab(3)
    qtbot.waitUntil(lambda: tab.redraw_count == count + 1, timeout=3000)
    assert (tab.view.end - tab.view.start).days == 91


def test_hover_names_a_marker_and_click_opens_the_session(demo_tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, tab = demo_tab
    card = tab.panel.cards["momentum"]
    marker = next(m for m in reversed(markers_of(card.figure)) if m.session_id)
    pos = card.marker_position(marker)
    ratio = card.canvas.devicePixelRatioF()
    hit = card.marker_at(pos.x() * ratio, (card.canvas.height() - pos.y()) * ratio)
    assert hit is not None and hit.label.startswith("Check-in on")
    with qtbot.waitSignal(tab.open_session_requested, timeout=2000) as opened:
        qtbot.mouseClick(card.canvas, Qt.MouseButton.LeftButton, pos=pos)
    assert opened.args == [marker.session_id]
    assert card.marker_at(2, 2) is None  # the corner holds nothing


def test_export_writes_valid_png_svg_and_pdf(demo_tab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _window, tab = demo_tab
    card = tab.panel.cards["topics"]
    card.export(tmp_path / "topics.png")
    assert (tmp_path / "topics.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    card.export(tmp_path / "topics.svg")
    root = ElementTree.parse(tmp_path / "topics.svg").getroot()
    assert root.tag.endswith("svg") and "Topics by month" in (tmp_path / "topics.svg").read_text()
    tab.panel.cards["momentum"].export(tmp_path / "momentum.pdf")
    assert (tmp_path / "momentum.pdf").read_bytes()[:5] == b"%PDF-"
    messages: list[str] = []
    tab.status_message.connect(messages.append)
    card.export(tmp_path / "missing-folder" / "x.png")
    assert messages and messages[-1].startswith("Could not save the chart")


def test_empty_journal_explains_what_each_chart_will_show(open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    ms.create_mentorship(window.journal, "Priya")
    window.reload()
    tab = _progress(window, qtbot)
    assert tab.summary_label.text().startswith("Nothing recorded yet")
    for key, card in tab.panel.cards.items():
        assert card.figure is not None and is_empty_chart(card.figure), key
        assert "will" in empty_message(card.figure), key
    assert "momentum score" in empty_message(tab.panel.cards["momentum"].figure)


def test_matplotlib_stays_off_start_up_and_off_the_gui_thread(private_locations: Path) -> None:
    """Start-up does not import matplotlib at all; the Progress tab has it imported (and
    drawn with) by its chart worker, so the window answers while it loads."""
    _demo(private_locations)
    code = (
        "import sys, threading, time\n"
        "importers = []\n"
        "class Spy:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'matplotlib':\n"
        "            importers.append(threading.current_thread().name)\n"
        "sys.meta_path.insert(0, Spy())\n"
        "from mentorjournal.ui.app import ensure_application, open_main_window\n"
        "app = ensure_application()\n"
        "window, lock = open_main_window(None)\n"
        "app.processEvents()\n"
        "print('matplotlib' in sys.modules)\n"
        "window.show_tab(3)\n"
        "tab = window.tab('progress')\n"
        "deadline = time.monotonic() + 30\n"
        "while not tab.is_filled() and time.monotonic() < deadline:\n"
        "    app.processEvents(); time.sleep(0.005)\n"
        "print(tab.is_filled(), importers)\n"
        "window.close(); window.tasks.shutdown(); window.journal.close(); lock.unlock()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["False", "True ['charts']"]


def test_theme_override_forces_light_or_dark(monkeypatch, qapp) -> None:  # type: ignore[no-untyped-def]
    from mentorjournal.ui import style

    monkeypatch.setenv(style.THEME_ENV, "dark")
    assert style.is_dark()
    monkeypatch.setenv(style.THEME_ENV, "light")
    assert not style.is_dark()


def _wait_live(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: tab.is_filled() and not any(
        card.remembered for card in tab.panel.cards_in_sight()), timeout=10000)


def _a_session_on_progress(restartable, qtbot, data: Path):  # type: ignore[no-untyped-def]
    """The demo journal, a session that draws the Progress charts live, then closed
    (its chart worker's last job remembers what was in sight).
    Returns (mentorship id, summary line, keys of the charts in sight)."""
    open_app, close_app = restartable
    _demo(data)
    window = open_app()
    window.show_tab(3)
    tab = window.tab("progress")
    _wait_live(tab, qtbot)
    in_sight = {card.key for card in tab.panel.cards_in_sight()}
    shown = (window.current.id, tab.summary_label.text(), in_sight)
    close_app(window)
    return shown


def test_the_last_charts_are_remembered_for_the_next_first_paint(  # type: ignore[no-untyped-def]
        restartable, qtbot, private_locations: Path) -> None:
    open_app, _close = restartable
    _id, summary, in_sight = _a_session_on_progress(restartable, qtbot, private_locations)
    folder = private_locations / "cache" / "progress"
    assert folder.stat().st_mode & 0o777 == 0o700
    saved = {p.stem for p in folder.glob("*.png")}
    assert in_sight and in_sight <= saved
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in folder.iterdir())

    again = open_app()
    again.show_tab(3)
    tab = again.tab("progress")
    # Painted from memory at once, before the worker has drawn anything.
    assert tab.summary_label.text() == summary
    assert all(tab.panel.cards[key].remembered for key in in_sight)
    qtbot.waitUntil(tab.is_filled, timeout=5000)
    _wait_live(tab, qtbot)  # then replaced by the live drawing
    assert tab.panel.cards["momentum"].marker_at(2, 2) is None  # hover works on live ones


def test_remembered_charts_are_not_shown_once_the_journal_changed(  # type: ignore[no-untyped-def]
        restartable, qtbot, private_locations: Path) -> None:
    from mentorjournal.core import checkins

    open_app, _close = restartable
    mentorship_id, _summary, _in_sight = _a_session_on_progress(restartable, qtbot,
                                                                private_locations)
    journal = Journal(DataPaths(private_locations))  # the data moves on meanwhile
    journal.prepare()
    checkins.create_checkin(journal, mentorship_id)
    journal.close()
    again = open_app()  # reopens on Progress, the tab left open
    tab = again.tab("progress")
    assert tab.isVisible()
    assert not any(card.remembered for card in tab.panel.cards.values())
    _wait_live(tab, qtbot)


def test_a_protected_journal_remembers_no_chart(private_locations: Path) -> None:
    from mentorjournal.core import crypto
    from mentorjournal.ui.progress.remembered import RememberedCharts

    journal = Journal(DataPaths(private_locations))
    journal.prepare()
    try:
        assert RememberedCharts(journal).enabled
        crypto.unlock(private_locations, "a passphrase")
        assert not RememberedCharts(journal).enabled  # images would show it in the clear
    finally:
        crypto.unlock(private_locations, None)
        journal.close()


def test_chart_worker_runs_what_is_in_sight_first_and_stops_cleanly(qapp) -> None:  # type: ignore[no-untyped-def]
    import threading

    from mentorjournal.ui.progress.render import AHEAD, NOW, ChartWorker

    worker = ChartWorker()
    gate = threading.Event()
    order: list[str] = []
    first = worker.submit(lambda: gate.wait(5))
    ahead = worker.submit(lambda: order.append("ahead"), AHEAD)
    now = worker.submit(lambda: order.append("now"), NOW)
    gate.set()
    worker.wait(ahead)
    worker.wait(now)
    assert first.result() is True and order == ["now", "ahead"]
    assert worker.worker_thread is not None and worker.worker_thread.name == "charts"
    gate.clear()
    worker.submit(lambda: gate.wait(5))
    dropped = worker.submit(lambda: order.append("never"), AHEAD)
    last: list[str] = []
    threading.Timer(0.05, gate.set).start()
    worker.shutdown(last=lambda: last.append("closed"))
    assert dropped.cancelled() and last == ["closed"] and "never" not in order
    assert not worker.worker_thread.is_alive()
    assert worker.submit(lambda: None).cancelled()  # nothing runs after shutdown


def test_a_chart_that_cannot_be_drawn_says_so_in_its_card(demo_tab, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mentorjournal.ui.progress import charts_panel

    def broken(_key):  # type: ignore[no-untyped-def]
        def build(_view, _theme):  # type: ignore[no-untyped-def]
            raise ValueError("no room for the legend")
        return build

    _window, tab = demo_tab
    monkeypatch.setattr(charts_panel, "builder_for", broken)
    card = charts_panel.ChartCard("momentum", "Momentum", tab.worker)
    qtbot.addWidget(card)
    card.resize(800, 320)
    card.show()
    card.show_chart(tab.view, tab.panel.cards["momentum"].drawing.theme)
    qtbot.waitUntil(lambda: "could not be drawn" in card.canvas.placeholder, timeout=5000)
    assert "no room for the legend" in card.canvas.placeholder
    assert card.figure is None and not card.is_drawn()


def test_leaving_the_tab_before_its_charts_arrive_draws_them_on_return(  # type: ignore[no-untyped-def]
        open_window, qtbot, private_locations: Path) -> None:
    """Chart work queued for a hidden tab is dropped (it would only slow the tab in
    sight) and asked for again once the Progress tab shows."""
    import threading

    _demo(private_locations)
    window = open_window()
    window.show_tab(3)
    tab = window.tab("progress")
    gate = threading.Event()
    tab.worker.submit(lambda: gate.wait(5))  # keep the worker busy: the rest queues up
    tab.set_range("3m")
    qtbot.wait(20)
    window.show_tab(0)  # leave before anything was drawn
    gate.set()
    qtbot.wait(200)
    assert not any(card.is_drawn() for card in tab.panel.cards.values())
    window.show_tab(3)
    _wait_live(tab, qtbot)
    assert (tab.view.end - tab.view.start).days == 91
    assert all("could not" not in card.canvas.placeholder for card in tab.panel.cards.values())


def test_a_screen_of_another_density_gets_a_sharp_redraw(demo_tab, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    _window, tab = demo_tab
    card = tab.panel.cards["momentum"]
    before = card.drawing
    width, height, _ratio = card._size()
    monkeypatch.setattr(card, "_size", lambda: (width, height, 2.0))  # the window moved
    QApplication.sendEvent(card.canvas, QEvent(QEvent.Type.DevicePixelRatioChange))
    qtbot.waitUntil(lambda: card.drawing is not before and card.drawing.size[2] == 2.0,
                    timeout=5000)
    assert card.drawing.image.devicePixelRatio() == 2.0
    assert card.drawing.image.width() == 2 * width  # twice the pixels, not stretched


def test_switching_the_theme_redraws_the_charts(demo_tab, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from mentorjournal.ui import style

    _window, tab = demo_tab
    assert tab._theme == "light"
    app = QApplication.instance()
    monkeypatch.setenv(style.THEME_ENV, "dark")
    try:
        style.apply_style(app, "dark")  # what Preferences does for a new theme
        qtbot.waitUntil(lambda: tab._theme == "dark", timeout=5000)
        _wait_live(tab, qtbot)
        card = tab.panel.cards["momentum"]
        assert card.drawing is not None and card.drawing.theme.name == "dark"
    finally:
        monkeypatch.setenv(style.THEME_ENV, "light")
        style.apply_style(app, "light")
