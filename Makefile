# econfacts: `make facts` then `make test` on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SPARK_STAMP := $(VENV)/.installed-spark
GOLD   ?= tests/gold/dev.jsonl
SHOW   ?= 0
SIZE_MB ?= 20

.PHONY: install facts test check eval bench schema clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The tests also run the Spark engine (local mode; Java 17+): the spark extra is installed for them.
$(SPARK_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,spark]'
	touch $(SPARK_STAMP)

install: $(STAMP)

facts: $(STAMP)
	$(BIN)/econfacts extract seeds/ -o out/facts.parquet
	$(BIN)/econfacts show out/facts.parquet

test: $(SPARK_STAMP)
	$(BIN)/python -m pytest -q

check: facts
	$(BIN)/econfacts validate out/facts.parquet

eval: $(STAMP)
	$(BIN)/econfacts eval $(GOLD) --show $(SHOW)

bench: $(STAMP)
	$(BIN)/python scripts/bench.py --gold $(GOLD) --size-mb $(SIZE_MB)

schema: $(STAMP)
	$(BIN)/econfacts schema -o schemas/facts.schema.json

clean:
	rm -rf out build *.egg-info .pytest_cache bench-out
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
