# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

BUNDLE_STAMP := $(VENV)/.bundle-installed

.PHONY: run test lint bench clean system-deps-run system-deps-test bundle check-bundle

# The system libraries first (Debian/Ubuntu: installed when possible, or the
# one apt-get line to run), so a missing one stops here, not in the tests.
system-deps-run:
	@scripts/system-deps run

system-deps-test:
	@scripts/system-deps test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: system-deps-run $(STAMP)
	$(BIN)/workshop

test: system-deps-test $(STAMP)
	$(BIN)/ruff check workshop tests benchmarks
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check workshop tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# The standalone one-folder app (PyInstaller) in dist/workshop/, and its check.
$(BUNDLE_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $(BUNDLE_STAMP)

bundle: system-deps-run $(BUNDLE_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level ERROR --distpath dist \
		--workpath build/pyinstaller scripts/workshop.spec

check-bundle:
	scripts/check-bundle dist/workshop

clean:
	rm -rf $(VENV) build dist *.egg-info
