# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
UV := $(BIN)/uv
DATA_DIR ?= $(CURDIR)/.demo-data

.PHONY: run test test-fast translations lint typecheck bench screenshots venv clean dist

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip uv
	$(UV) pip install -q --python $(BIN)/python -e ".[dev,ui,hq]"
	touch $(STAMP)

venv: $(STAMP)

# The .qm catalogues are build output (gitignored): lrelease over resources/i18n/*.ts when stale.
translations: $(STAMP)
	$(BIN)/python -m pos_desktop.i18n.build

run: $(STAMP) translations
	POS_DATA_DIR=$(DATA_DIR) $(BIN)/pos demo --if-missing
	POS_DATA_DIR=$(DATA_DIR) $(BIN)/pos run

test: $(STAMP) translations
	$(BIN)/ruff check pos_desktop sync tests bench installer
	$(BIN)/mypy
	$(BIN)/python -m pytest -n 2 --dist loadgroup -q

test-fast: $(STAMP) translations
	$(BIN)/python -m pytest -n 2 -q -m "not slow"

# The installer: dist/pos-desktop/ (PyInstaller one-folder bundle, checked by its own
# --self-test offscreen) and dist/pos-desktop-<version>-linux-<arch>.tar.gz. See docs/installer.md.
dist: $(STAMP) translations
	$(BIN)/python installer/build.py

lint: $(STAMP)
	$(BIN)/ruff check pos_desktop sync tests bench installer
	$(BIN)/ruff format --check pos_desktop sync tests bench installer

typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m bench.run_all --out BENCHMARKS.md

# Screens as a person sees them: a real X server (Xvfb) and Qt's xcb platform, into docs/.
screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1366x900x24" env QT_QPA_PLATFORM=xcb \
		POS_SCREENSHOT_DIR=$(CURDIR)/docs/screenshots \
		$(BIN)/python -m pytest -q -p no:xdist tests/ui/test_screenshots.py tests/ui/test_sell_screenshots.py \
		tests/i18n/test_screenshots_lang.py tests/backoffice/test_screenshots_*.py

clean:
	rm -rf $(VENV) .demo-data .mypy_cache .pytest_cache .ruff_cache
