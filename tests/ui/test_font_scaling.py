"""Text follows the system font size: with a 1.5× larger application font, labels,
editors, buttons and tabs grow, and no code or style sheet pins a font size in pixels
or points."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

import mentorjournal
from mentorjournal.resources import resource_path
from tests.ui.conftest import write_demo


def _heights(widgets: dict[str, QWidget]) -> dict[str, tuple[float, int]]:
    """Font size and the height a layout gives each widget (its hint within its limits)."""
    return {name: (w.font().pointSizeF(),
                   min(max(w.sizeHint().height(), w.minimumHeight()), w.maximumHeight()))
            for name, w in widgets.items()}


def test_a_larger_system_font_makes_the_text_larger(open_window, private_locations,  # type: ignore[no-untyped-def]
                                                    qtbot) -> None:
    write_demo(private_locations)
    window = open_window()
    window.show_tab(1)
    sessions = window.tab("sessions")
    sessions.view.selectRow(0)  # type: ignore[attr-defined]
    editor = sessions.editor  # type: ignore[attr-defined]
    charter = window.tab("charter")
    section = next(iter(editor.sections.values()))
    widgets: dict[str, QWidget] = {
        "experiment pages tabs": window.tab("experiments").pages.tabBar(),  # type: ignore[attr-defined]
        "mentorship switcher": window.bar.combo(),
        "agenda button": sessions.agenda_button,  # type: ignore[attr-defined]
        "section heading": section.heading,
        "topics field": editor.topics,
        "charter text field": next(iter(charter.editors.text_edits.values())),  # type: ignore[attr-defined]
        "empty state title": window.welcome._title,
    }
    before = _heights(widgets)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = QFont(app.font())
    larger = QFont(normal)
    larger.setPointSizeF(normal.pointSizeF() * 1.5)
    try:
        QApplication.setFont(larger)
        QApplication.processEvents()
        after = _heights(widgets)
    finally:
        QApplication.setFont(normal)
    # Each widget must grow by most of what one line of text grew; padding and icons
    # stay the same size, so the whole widget grows by less than 1.5×.
    line_growth = QFontMetrics(larger).lineSpacing() - QFontMetrics(normal).lineSpacing()
    assert line_growth >= 4
    for name, (size, height) in before.items():
        new_size, new_height = after[name]
        assert new_size >= size * 1.45, f"the {name}'s font did not follow the system font"
        assert new_height - height >= 0.75 * line_growth, \
            f"the {name} did not grow with its text ({height} → {new_height} px)"


FIXED_FONT = re.compile(r"font-size\s*:\s*[\d.]+\s*(px|pt)|"
                        r"(setPixelSize|setPointSizeF?)\(\s*[\d.]+\s*\)")


def test_no_font_size_is_pinned_in_the_gui() -> None:
    """Reports are paper with their own sizes; the GUI never pins a size."""
    gui = Path(mentorjournal.__file__).parent / "ui"
    sources = [*gui.rglob("*.py"), *resource_path("styles").rglob("*.qss")]
    pinned = [f"{path.name}: {line.strip()}" for path in sources
              for line in path.read_text(encoding="utf-8").splitlines()
              if FIXED_FONT.search(line)]
    assert not pinned, pinned
