# The one front door. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint system-deps venv bench bundle icons validate-desktop screenshots clean demo \
	soak translations

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "MentorJournal needs Python 3.11 or newer; $(PYTHON) is older."; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

## Qt needs a few system libraries to open a real window on Linux.
system-deps:
	@$(PYTHON) packaging/system_deps.py --install

run: $(STAMP) system-deps
	$(BIN)/mentorjournal

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

## The SIGKILL durability test, 1000 kills instead of 50 (a few minutes).
soak: $(STAMP)
	MENTORJOURNAL_SOAK_RUNS=$${SOAK_RUNS:-1000} QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest -q tests/reliability/test_kill_loop.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports pyproject.toml
	$(BIN)/ruff check .
	$(BIN)/mypy

demo: $(STAMP)
	$(BIN)/mentorjournal --data-dir demo-journal demo

## The benchmark suite on a generated ten-year journal (not part of `make test`).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench.run_bench

## A one-folder PyInstaller bundle, then a smoke test of the bundled binary.
bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet "pyinstaller>=6.5"
	$(BIN)/pyinstaller --noconfirm --clean --distpath build/dist --workpath build/work \
		packaging/mentorjournal.spec
	packaging/smoke_test.sh build/dist/mentorjournal/mentorjournal

icons: $(STAMP)
	$(BIN)/python packaging/render_icons.py

## desktop-file-validate and appstreamcli (installed with apt-get when missing and root).
validate-desktop:
	@command -v desktop-file-validate >/dev/null && command -v appstreamcli >/dev/null || \
		{ [ "$$(id -u)" = 0 ] && apt-get install -y -qq desktop-file-utils appstream; } || \
		{ echo "Install desktop-file-utils and appstream first."; exit 1; }
	desktop-file-validate packaging/linux/io.github.mentorjournal.MentorJournal.desktop
	appstreamcli validate --no-net packaging/linux/io.github.mentorjournal.MentorJournal.metainfo.xml

## Every tab in the light and dark themes, under Xvfb, into docs/screenshots/.
screenshots: $(STAMP)
	@command -v Xvfb >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq xvfb; } || \
		{ echo "Install xvfb first (apt-get install xvfb)."; exit 1; }
	Xvfb :97 -screen 0 1400x900x24 >/dev/null 2>&1 & pid=$$!; sleep 1; \
	for theme in light dark; do \
		DISPLAY=:97 QT_QPA_PLATFORM=xcb $(BIN)/python tools/screenshots.py $$theme docs/screenshots \
		|| { kill $$pid; exit 1; }; \
	done; kill $$pid

## The translation source: every tr() string of the GUI, for Qt Linguist. A translated
## mentorjournal_<locale>.qm next to it is loaded at start for that system locale.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find mentorjournal/ui -name '*.py' | sort) \
		-ts resources/translations/mentorjournal_en.ts

clean:
	rm -rf $(VENV) .bench build dist .pytest_cache .mypy_cache .ruff_cache
