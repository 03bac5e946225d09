# The two commands of the README: `make run` and `make test`. Everything they need, they install.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Two stamps: `make run` installs the application alone (no test extras: among them is a
# plaintext keyring), `make test` adds the test extras on top.
STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test
# What the desk needs to run on a bare Debian machine: the shared libraries of Qt (QtPdf:
# gssapi) and of its xcb platform plugin, which draws the window on X11 (Qt 6.5 and later
# need libxcb-cursor0); SANE, built against libsane-dev; Tesseract with Indonesian and Ghostscript
# for OCR (OCRmyPDF);
# the CUPS client that prints.
RUN_PACKAGES := libegl1 libgl1 libx11-6 libfontconfig1 libfreetype6 libglib2.0-0 \
                libdbus-1-3 libxkbcommon0 libgssapi-krb5-2 \
                libxcb1 libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 \
                libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 \
                libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 \
                libsane-dev libsane1 tesseract-ocr tesseract-ocr-ind ghostscript cups-client
# And for the tests: qpdf and poppler-utils, with which they check and read the printed PDFs;
# CUPS with cups-pdf, a real print queue; SoftHSM2, the PKCS#11 token the signing tests keep a key on;
# the PostgreSQL server, of which the office-mode tests start a private cluster.
SYSTEM_PACKAGES := $(RUN_PACKAGES) qpdf poppler-utils cups cups-bsd printer-driver-cups-pdf \
                   softhsm2 postgresql

.PHONY: run test lint bench run-deps system-deps frozen translations icons forms screenshots documents clean

$(STAMP): pyproject.toml | run-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[sane]'
	touch $@

$(TEST_STAMP): $(STAMP) | system-deps
	$(BIN)/python -m pip install --quiet -e '.[test,sane]'
	touch $@

run: run-deps $(STAMP) forms
	$(BIN)/loket $(ARGS)

# The Designer forms compiled by pyside6-uic (only those changed since; the desk loads a form
# from its .ui where its compiled module is missing or older).
forms: $(STAMP)
	$(BIN)/python -m desktop.gui.compile_forms

run-deps:
	@bash scripts/system-deps.sh $(RUN_PACKAGES)

system-deps:
	@bash scripts/system-deps.sh $(SYSTEM_PACKAGES)

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: system-deps $(TEST_STAMP) lint forms
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# After changing visible strings: update the .ts files (translate the new entries in Qt
# Linguist, `pyside6-linguist resources/translations/loket_id.ts`), then compile them.
translations: $(TEST_STAMP)
	$(BIN)/pyside6-lupdate desktop/gui/*.py ui/*.ui -ts resources/translations/loket_id.ts -no-obsolete
	$(BIN)/pyside6-lrelease resources/translations/loket_id.ts resources/translations/qt_id.ts

# After naming a new icon in the code ("mdi6.…"): render the glyphs the window loads at start
# (importing qtawesome itself would cost a quarter of a second there).
icons: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.gui.icons

# The README's screenshots, from a demo folder made for them.
SHOTS := docs/screenshots
# The views past sign-in are the window of the demo's admin, signed in with its password.
screenshots: export LOKET_PASSWORD := loket-demo-2026
# The demo folder's key in a file keyring of its own beside it (chosen explicitly, as the tests do).
screenshots: export PYTHON_KEYRING_BACKEND := keyrings.alt.file.PlaintextKeyring
screenshots: export LOKET_ALLOW_INSECURE_KEYRING := 1
screenshots: export XDG_DATA_HOME := $(CURDIR)/build/shots-keyring
screenshots: $(TEST_STAMP)
	rm -rf build/shots-data build/shots-keyring
	$(BIN)/loket demo --cases 3000 --seed 11 --data-dir build/shots-data
	for view in today visitors cases case-file case-documents intake settings reports dashboard sign-in setup letters letter schedule meetings; do \
	  QT_QPA_PLATFORM=offscreen $(BIN)/loket screenshot $$view --data-dir build/shots-data \
	    --user admin --out $(SHOTS)/$$view.png || exit 1; done
	QT_QPA_PLATFORM=offscreen $(BIN)/loket screenshot today --data-dir build/shots-data \
	  --user analis --out $(SHOTS)/my-cases.png
	QT_QPA_PLATFORM=offscreen $(BIN)/loket screenshot receipt --data-dir build/shots-data \
	  --user admin --out $(SHOTS)/receipt-preview.png
	QT_QPA_PLATFORM=offscreen $(BIN)/loket screenshot cases --size 1920x1080 \
	  --user admin --data-dir build/shots-data --out $(SHOTS)/cases-1920.png

# The README's pictures of printed documents (docs/documents/*.png), from an office of their own.
documents: export PYTHON_KEYRING_BACKEND := keyrings.alt.file.PlaintextKeyring
documents: export LOKET_ALLOW_INSECURE_KEYRING := 1
documents: export XDG_DATA_HOME := $(CURDIR)/build/documents-keyring
documents: $(TEST_STAMP)
	rm -rf build/documents-keyring
	$(BIN)/python scripts/documents.py

# Benchmarks (not part of make test): demo folders of 10,000 and 1,000,000 cases are made once
# in bench-data/ and reused; prints the table and writes bench-data/results.json.
bench: system-deps $(TEST_STAMP) forms
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run $(BENCH_ARGS)

frozen: $(TEST_STAMP) forms
	$(BIN)/pyinstaller --noconfirm --clean build.spec

clean:
	rm -rf build dist .pytest_cache .ruff_cache
