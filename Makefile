# The README's commands. `make run` and `make test` set up .venv themselves.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO := corpora/harrowfield

.PHONY: run test lint format bench eval corpora clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	$(BIN)/python -m extract.pdf.pdfium_build
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/carryforward serve --demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP)
	$(BIN)/python -m tests.bench

eval: $(STAMP)
	$(BIN)/python -m tests.eval

corpora: $(STAMP)
	$(BIN)/python -m corpora.generate

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache

variants: $(STAMP)
	$(BIN)/python -m corpora.variants
