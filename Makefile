# The two commands a new user needs: `make run` and `make test`. Both build the same release
# profile, so `make test` after `make run` reuses every compiled dependency.
CARGO ?= cargo
SHARED ?= ../shared
VENV ?= .venv
PYTHON ?= $(VENV)/bin/python
BIN = target/release/reactions

.PHONY: run test lint doc bench bench-scale bench-spark-scale build differential report-test eval-stance train-extraction eval-extraction train-sentiment eval-sentiment python-env python-package chromium dist dashboard dashboard-env dashboard-test

# The main job on the bundled data/, no network: dataset, tables, report.html, report.ipynb.
run:
	$(CARGO) run --release --locked --quiet -p reactions -- run data/ --targets data/targets.toml --out notebooks-out
	@echo "open notebooks-out/report.html"

build:
	$(CARGO) build --release --locked -p reactions

# The shipped binary: whole-program optimization (see Cargo.toml's dist profile).
dist:
	$(CARGO) build --profile dist --locked -p reactions

test: lint doc python-env chromium
	$(CARGO) test --workspace --release --locked
	$(MAKE) differential
	$(MAKE) report-test

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets --locked --quiet -- -D warnings

doc:
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --workspace --no-deps --locked --quiet

# `python3 -m venv DIR`, installing Debian's python3-venv first where it is missing.
define make-venv
	@python3 -m venv $(1) 2>/dev/null || { \
		echo "python3 -m venv needs Debian's python3-venv; installing it"; \
		if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo -n"; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq python3-venv >/dev/null && \
		rm -rf $(1) && python3 -m venv $(1); }
endef

# A virtual environment with the pinned Python test dependencies, made once per change of
# requirements-dev.txt.
python-env: $(VENV)/.installed
$(VENV)/.installed: requirements-dev.txt
	$(call make-venv,$(VENV))
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# Headless Chromium renders report.html in one report test: installed from Debian when this
# user may (root, or sudo without a password), else the command to run is printed and that
# test is skipped.
chromium:
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && command -v apt-get >/dev/null 2>&1; then \
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "chromium is missing, so the rendering test will be skipped; install it with: sudo apt-get install chromium"; \
	fi

# The `reactions` Python package: an abi3 wheel built by maturin (pinned in
# requirements-dev.txt) from crates/python, installed into .venv.
python-package: python-env
	rm -f target/wheels/reactions-*.whl
	$(PYTHON) -m maturin build --release --locked --quiet -m crates/python/Cargo.toml -o target/wheels
	$(PYTHON) -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps target/wheels/reactions-*.whl

# The outputs as pyarrow, DuckDB, nbformat and headless Chromium read them; the Python
# package against the command line.
report-test: build python-package
	REACTIONS_BIN=$(abspath $(BIN)) $(PYTHON) -m pytest -q tests/python

# Apache Superset on 127.0.0.1 with a dashboard over the DuckDB views of DASHBOARD_DIR (default
# notebooks-out/, made by `make run` when missing): docs/dashboard.md. Superset, duckdb-engine
# and the test's Playwright live in their own virtual environment, pinned in
# dashboard/requirements.txt; Superset's state (metadata database, secret key, admin password)
# in .dashboard/. Runs until Ctrl-C.
DASHBOARD_VENV ?= .venv-dashboard
DASHBOARD_DIR ?= notebooks-out
DASHBOARD_PORT ?= 8088
dashboard: dashboard-env $(DASHBOARD_DIR)/reactions.duckdb
	$(DASHBOARD_VENV)/bin/python dashboard/serve.py $(DASHBOARD_DIR) --port $(DASHBOARD_PORT)

dashboard-env: $(DASHBOARD_VENV)/.installed
$(DASHBOARD_VENV)/.installed: dashboard/requirements.txt
	$(call make-venv,$(DASHBOARD_VENV))
	$(DASHBOARD_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r dashboard/requirements.txt
	touch $@

# The database of views a dashboard opens, made again whenever a run rewrites views.sql.
$(DASHBOARD_DIR)/reactions.duckdb: $(DASHBOARD_DIR)/views.sql
	$(MAKE) python-package
	$(PYTHON) -c 'import sys, reactions; reactions.create_views_database(sys.argv[1])' $(DASHBOARD_DIR)
notebooks-out/views.sql:
	$(MAKE) run

# Not part of `make test` (about two minutes, most of it Superset's first start): starts
# Superset with a new state directory, loads the dashboard in headless Chromium, checks that
# its charts show the numbers of DASHBOARD_DIR/tables/*.csv, stops it. The screenshot is
# docs/dashboard.png's source.
dashboard-test: dashboard-env chromium $(DASHBOARD_DIR)/reactions.duckdb
	REACTIONS_DASHBOARD_DIR=$(abspath $(DASHBOARD_DIR)) \
	REACTIONS_DASHBOARD_SCREENSHOT=$(abspath .dashboard/dashboard-test.png) \
		$(DASHBOARD_VENV)/bin/python -m pytest -q tests/dashboard

# vaderSentiment 3.3.2 against ours on 100,000 generated sentences: zero mismatches.
differential: build python-env
	$(PYTHON) scripts/vader_differential.py --binary $(BIN) --count 100000
	$(PYTHON) scripts/vader_differential.py --binary $(BIN) --lang pt --count 100000
	$(PYTHON) scripts/vader_differential.py --binary $(BIN) --lang fr --count 100000

# Five-fold cross-validation of the stance model on the SemEval-2016 training file.
STANCE_DATA = $(SHARED)/stance/semeval2016-task6-trainingdata.txt
eval-stance:
	@if [ -f "$(STANCE_DATA)" ]; then \
		$(CARGO) run --release --quiet -p reactions -- stance cross-validate --data "$(STANCE_DATA)" --folds 5; \
	else \
		echo "eval-stance SKIPPED: $(STANCE_DATA) is not available"; \
	fi

# The extractor's decision (a logistic regression over each candidate's features), learned from
# the hand-labelled articles in ../shared and committed as crates/extract/data/decision.json;
# the binary is built again so that it carries the new weights.
EXTRACTION_DEV = $(SHARED)/extraction/dev
EXTRACTION_SCORER = $(SHARED)/extraction/score.py
train-extraction: build
	@if [ -d "$(EXTRACTION_DEV)" ]; then \
		$(BIN) extraction train --data "$(EXTRACTION_DEV)" --trained-on ../shared/extraction/dev \
			--out crates/extract/data/decision.json && \
		$(CARGO) build --release --locked --quiet -p reactions; \
	else \
		echo "train-extraction SKIPPED: $(EXTRACTION_DEV) is not available"; \
	fi

# Three figures of `reactions collect` on hand-labelled real articles: the dev set (trained on),
# a 5-fold cross-validation by article on it (what to expect of articles it was not trained on),
# and the held-out validation set of other publishers.
eval-extraction: build
	@if [ -f "$(EXTRACTION_SCORER)" ]; then \
		echo "dev set (90 articles, the decision's training data):"; \
		python3 "$(EXTRACTION_SCORER)" --binary $(BIN) | tail -n 1; \
		echo "5-fold cross-validation by article on the dev set:"; \
		$(BIN) extraction cross-validate --data "$(EXTRACTION_DEV)" --folds 5; \
		echo "held-out validation set:"; \
		python3 "$(EXTRACTION_SCORER)" --binary $(BIN) --validation | tail -n 1; \
	else \
		echo "eval-extraction SKIPPED: $(EXTRACTION_SCORER) is not available"; \
	fi

# The trained sentiment packs (crates/scoring/src/packs.rs), retrained from the vendored
# AfriSenti files: models/LANG.model and metrics.jsonl (test figures included), then the
# language router from the train files and the SemEval stance tweets of ../shared (English),
# then the binary, which carries them. Deterministic: a retrain changes no byte.
AFRISENTI = crates/scoring/data/afrisenti
SENTIMENT_PACKS = ha ig yo pcm sw kr ts twi dz ma
train-sentiment: build
	@rm -f $(AFRISENTI)/metrics.jsonl.new
	@for lang in $(SENTIMENT_PACKS); do \
		echo "training afrisenti-$$lang"; \
		$(BIN) sentiment train --lang $$lang --train $(AFRISENTI)/tsv/$${lang}_train.tsv \
			--dev $(AFRISENTI)/tsv/$${lang}_dev.tsv --test $(AFRISENTI)/tsv/$${lang}_test.tsv \
			--out $(AFRISENTI)/models/$$lang.model >> $(AFRISENTI)/metrics.jsonl.new || exit 1; \
	done
	mv $(AFRISENTI)/metrics.jsonl.new $(AFRISENTI)/metrics.jsonl
	@if [ -f "$(STANCE_DATA)" ]; then \
		$(BIN) language train --afrisenti $(AFRISENTI)/tsv --english "$(STANCE_DATA)" \
			--out crates/collector/data/langid.model; \
	else \
		echo "language router SKIPPED: $(STANCE_DATA) (its English tweets) is not available"; \
	fi
	$(CARGO) build --release --locked --quiet -p reactions

# Each pack's weighted F1 and accuracy on its official test set and its speed, and the
# language router's confusion matrix on held-out tweets (with ../shared's English tweets).
VADER_TWEETS = $(SHARED)/vader/tweets.tsv
eval-sentiment: build
	$(BIN) sentiment packs
	@echo
	@if [ -f "$(VADER_TWEETS)" ]; then \
		$(BIN) sentiment eval --data $(AFRISENTI)/tsv --english "$(VADER_TWEETS)" \
			--write-vader-accuracy crates/scoring/data/vader-accuracy.jsonl; \
	else \
		echo "(English tweets SKIPPED: $(VADER_TWEETS) is not available)"; \
		$(BIN) sentiment eval --data $(AFRISENTI)/tsv; \
	fi

bench:
	$(CARGO) build --release --workspace --benches --quiet
	$(CARGO) bench --quiet -p scoring --bench sentiment -- $(abspath $(SHARED))
	$(CARGO) bench --quiet -p scoring --bench stance -- $(abspath $(SHARED))
	$(CARGO) bench --quiet -p scoring --bench packs
	$(CARGO) bench --quiet -p collector --bench extraction
	$(CARGO) bench --quiet -p collector --bench comments
	$(CARGO) bench --quiet -p collector --bench web
	$(CARGO) bench --quiet -p report --bench report
	$(MAKE) build python-package
	$(PYTHON) scripts/bench_python.py --binary $(abspath $(BIN))

# reactions run at scale (not part of `make test`, an hour at 10M): a generated Reddit-shaped
# corpus of SCALE comments with the 8 bundled targets, then one night of 10,000 more (the
# incremental run), a --rebuild, and `reactions report --dataset`, each under /usr/bin/time -v.
# Figures and how they scale: docs/benchmarks.md.
SCALE ?= 1000000
bench-scale: build
	nice scripts/bench_scale.sh $(abspath $(BIN)) $(abspath target/bench-scale) $(SCALE)

# The Spark job at scale (not part of `make test`; tens of minutes at 1 GB on two cores): a
# mixed corpus of SPARK_MB megabytes (two Reddit-shaped dumps, split across tasks, beside
# generated articles) by `reactions run` and by Spark on local[1] and local[2], then one dump of
# DUMP_MB on local[2]. Figures: docs/benchmarks.md, "The Spark job at scale".
SPARK_MB ?= 1000
DUMP_MB ?= 3000
bench-spark-scale: build python-package
	PATH=$(abspath $(VENV))/bin:$$PATH scripts/bench_spark_scale.sh $(abspath $(BIN)) \
		$(abspath $(PYTHON)) $(abspath target/bench-spark) $(SPARK_MB) $(DUMP_MB)
