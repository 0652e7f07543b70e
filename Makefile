# The two commands a new user needs: `make run` and `make test`.
CARGO ?= cargo
PYTHON ?= python3
SHARED ?= ../shared

.PHONY: run test lint bench differential build eval-stance eval-extraction report-test

# The main job on the bundled data/, no network: dataset, tables, report.html, report.ipynb.
run:
	$(CARGO) run --release --quiet -p reactions -- run data/ --targets data/targets.toml --out notebooks-out
	@echo "open notebooks-out/report.html"

build:
	$(CARGO) build --workspace

test: build lint
	$(CARGO) test --workspace
	$(MAKE) differential
	$(MAKE) report-test

# The outputs as pyarrow, DuckDB, nbformat and headless Chromium read them.
report-test: build
	REACTIONS_BIN=$(abspath target/debug/reactions) $(PYTHON) -m pytest -q tests/python

# vaderSentiment 3.3.2 against ours on 100,000 generated sentences: zero mismatches.
differential: build
	$(PYTHON) scripts/vader_differential.py --binary target/debug/reactions --count 100000

# Five-fold cross-validation of the stance model on the SemEval-2016 training file.
STANCE_DATA = $(SHARED)/stance/semeval2016-task6-trainingdata.txt
eval-stance:
	@if [ -f "$(STANCE_DATA)" ]; then \
		$(CARGO) run --release --quiet -p reactions -- stance cross-validate --data "$(STANCE_DATA)" --folds 5; \
	else \
		echo "eval-stance SKIPPED: $(STANCE_DATA) is not available"; \
	fi

# Recall and precision of `reactions collect` on the hand-labelled real articles in ../shared.
EXTRACTION_SCORER = $(SHARED)/extraction/score.py
eval-extraction:
	@if [ -f "$(EXTRACTION_SCORER)" ]; then \
		$(CARGO) build --release --quiet -p reactions && \
		$(PYTHON) "$(EXTRACTION_SCORER)" --binary target/release/reactions --verbose; \
	else \
		echo "eval-extraction SKIPPED: $(EXTRACTION_SCORER) is not available"; \
	fi

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets --quiet -- -D warnings

bench:
	$(CARGO) build --release --workspace --benches --quiet
	$(CARGO) bench --quiet -p scoring --bench sentiment -- $(abspath $(SHARED))
	$(CARGO) bench --quiet -p scoring --bench stance -- $(abspath $(SHARED))
	$(CARGO) bench --quiet -p collector --bench extraction
	$(CARGO) bench --quiet -p collector --bench comments
	$(CARGO) bench --quiet -p collector --bench web
	$(CARGO) bench --quiet -p report --bench report
