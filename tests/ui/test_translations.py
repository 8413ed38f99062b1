"""Ready for translators: the GUI's strings are in a Qt Linguist file, and a compiled
translation for the user's locale is picked up at start."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from mentorjournal.resources import resource_path
from mentorjournal.ui.app import install_translations
from mentorjournal.ui.charter.fields import FIELD_TEXTS

TS_FILE = resource_path("translations", "mentorjournal_en.ts")


def _sources() -> dict[str, set[str]]:
    tree = ElementTree.parse(TS_FILE)
    return {ctx.findtext("name", ""): {m.findtext("source", "") for m in ctx.iter("message")}
            for ctx in tree.getroot().iter("context")}


def test_the_ts_file_holds_the_strings_people_see() -> None:
    sources = _sources()
    assert {"Charter", "Sessions", "Experiments", "Progress", "&Quit",
            "Sections"} <= sources["MainWindow"]  # the tab titles too, from TAB_SPECS
    assert "Export &report…" in {s for texts in sources.values() for s in texts}
    assert "What do I want from this?" in sources["CharterFields"]  # from a table
    assert "&New experiment" in sources["ExperimentsPage"]
    assert sum(len(texts) for texts in sources.values()) > 700


def test_a_compiled_translation_for_the_locale_is_loaded(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists() and shutil.which("pyside6-lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "mentorjournal_de.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
                  '<TS version="2.1" language="de_DE"><context><name>MainWindow</name>'
                  '<message><source>&amp;Quit</source><translation>&amp;Beenden'
                  '</translation></message></context><context><name>CharterFields</name>'
                  '<message><source>What do I want from this?</source>'
                  '<translation>Was will ich davon?</translation></message></context></TS>',
                  encoding="utf-8")
    subprocess.run([str(lrelease if lrelease.exists() else "pyside6-lrelease"), str(ts)],
                   check=True, capture_output=True, timeout=60)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translations(app, QLocale("de_DE"), tmp_path)
    try:
        assert QCoreApplication.translate("MainWindow", "&Quit") == "&Beenden"
        assert FIELD_TEXTS["my_objectives"].question == "Was will ich davon?"  # tables too
    finally:
        for translator in installed:
            app.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Quit"
    installed = install_translations(app, QLocale("fi_FI"), tmp_path)  # no Finnish here
    try:
        assert QCoreApplication.translate("MainWindow", "&Quit") == "&Quit"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
