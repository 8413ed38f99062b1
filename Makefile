# The one front door. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint typecheck system-deps venv bench clean demo soak

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

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
