# The two commands of the README: `make run` and `make test`. Everything they need, they install.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Shared libraries that Qt needs to run offscreen on a bare Debian machine (QtPdf: gssapi).
SYSTEM_PACKAGES := libegl1 libgl1 libx11-6 libfontconfig1 libfreetype6 libglib2.0-0 \
                   libdbus-1-3 libxkbcommon0 libgssapi-krb5-2

.PHONY: run test lint bench system-deps frozen clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
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

frozen: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec

clean:
	rm -rf build dist .pytest_cache .ruff_cache
