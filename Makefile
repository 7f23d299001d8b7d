# econfacts: `make facts` then `make test` on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# make test runs in its own environment with the spark extra too: pyspark brings pandas, and
# pandera loads pandas whenever it is installed (+70 MB in every worker of a local run).
TEST_VENV  := .venv-test
TEST_STAMP := $(TEST_VENV)/.installed
GOLD   ?= tests/gold/dev.jsonl
SHOW   ?= 0
SIZE_MB ?= 20

.PHONY: install facts test check eval train bench schema clean chromium

# `make check VENV=.venv-test` (CI) runs in the test environment, a superset of this one.
ifneq ($(VENV),$(TEST_VENV))
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)
endif

# The tests also run the Spark engine (local mode; Java 17+).
$(TEST_STAMP): pyproject.toml
	$(PYTHON) -m venv $(TEST_VENV)
	$(TEST_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(TEST_VENV)/bin/python -m pip install --quiet -e '.[dev,spark]'
	touch $(TEST_STAMP)

install: $(STAMP)

facts: $(STAMP)
	$(BIN)/econfacts extract seeds/ -o out/facts.parquet
	$(BIN)/econfacts show out/facts.parquet
	$(BIN)/econfacts report out/facts.parquet -o out/report.html --inputs seeds/
	@echo "review page: $(CURDIR)/out/report.html"

# The report's browser test drives Debian's chromium (Playwright with the system browser: no
# browser download); installed here when missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || { echo "installing Debian's chromium for the report's browser test"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: $(TEST_STAMP) chromium
	$(TEST_VENV)/bin/python -m pytest -q

check: facts
	$(BIN)/econfacts validate out/facts.parquet

eval: $(STAMP)
	$(BIN)/econfacts eval $(GOLD) --show $(SHOW) --groups

# The labeller's context model (econfacts/data/context_model.json), learned from the gold passages.
train: $(STAMP)
	$(BIN)/python -m econfacts.learn $(GOLD)

bench: $(STAMP)
	$(BIN)/python scripts/bench.py --gold $(GOLD) --size-mb $(SIZE_MB) $(BENCH_ARGS)

schema: $(STAMP)
	$(BIN)/econfacts schema -o schemas/facts.schema.json

clean:
	rm -rf out build *.egg-info .pytest_cache bench-out
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
