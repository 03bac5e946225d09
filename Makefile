# The two commands of the README: `make run` and `make test`. Everything they need, they install.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Shared libraries that Qt needs to run offscreen on a bare Debian machine (QtPdf: gssapi),
# qpdf and poppler-utils, with which the tests check and read the printed PDFs; SANE (its
# test scanner), Tesseract with Indonesian, and CUPS with cups-pdf, which the scanning and
# printing tests use for real.
SYSTEM_PACKAGES := libegl1 libgl1 libx11-6 libfontconfig1 libfreetype6 libglib2.0-0 \
                   libdbus-1-3 libxkbcommon0 libgssapi-krb5-2 qpdf poppler-utils \
                   libsane-dev libsane1 tesseract-ocr tesseract-ocr-ind ghostscript \
                   cups cups-client cups-bsd printer-driver-cups-pdf

.PHONY: run test lint bench system-deps frozen translations icons screenshots clean

$(STAMP): pyproject.toml | system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,sane]'
	touch $@

run: system-deps $(STAMP)
	$(BIN)/loket $(ARGS)

system-deps:
	@bash scripts/system-deps.sh $(SYSTEM_PACKAGES)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: system-deps $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# After changing visible strings: update the .ts files (translate the new entries in Qt
# Linguist, `pyside6-linguist resources/translations/loket_id.ts`), then compile them.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate desktop/gui/*.py ui/*.ui -ts resources/translations/loket_id.ts -no-obsolete
	$(BIN)/pyside6-lrelease resources/translations/loket_id.ts resources/translations/qt_id.ts

# After naming a new icon in the code ("mdi6.…"): render the glyphs the window loads at start
# (importing qtawesome itself would cost a quarter of a second there).
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.gui.icons

# The README's screenshots, from a demo folder made for them.
SHOTS := docs/screenshots
screenshots: $(STAMP)
	rm -rf build/shots-data
	$(BIN)/loket demo --cases 3000 --seed 11 --data-dir build/shots-data
	for view in today visitors cases case-file intake settings reports sign-in setup letters letter schedule meetings; do \
	  QT_QPA_PLATFORM=offscreen $(BIN)/loket screenshot $$view --data-dir build/shots-data \
	    --out $(SHOTS)/$$view.png || exit 1; done
	QT_QPA_PLATFORM=offscreen $(BIN)/loket screenshot cases --size 1920x1080 \
	  --data-dir build/shots-data --out $(SHOTS)/cases-1920.png

# Benchmarks (not part of make test): demo folders of 10,000 and 1,000,000 cases are made once
# in bench-data/ and reused; prints the table and writes bench-data/results.json.
bench: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run $(BENCH_ARGS)

frozen: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec

clean:
	rm -rf build dist .pytest_cache .ruff_cache
