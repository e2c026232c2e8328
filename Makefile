# The two commands of the README. Both create the virtual environment in .venv when it is missing
# or older than pyproject.toml, so a fresh clone needs nothing else.
VENV := .venv
PYTHON ?= python3
STAMP := $(VENV)/.installed-stamp

export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PREFECT_LOGGING_LEVEL ?= WARNING

.PHONY: run test venv benchmarks clean

run: $(STAMP)
	$(VENV)/bin/datelines run

test: $(STAMP)
	$(VENV)/bin/pytest

venv: $(STAMP)

# pip is upgraded first: the pip bundled with Python 3.11 (23.2) resolves trafilatura 2.3
# without lxml_html_clean.
$(STAMP): pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet --quiet -e '.[test]'
	touch $(STAMP)

benchmarks: $(STAMP)
	$(VENV)/bin/python benchmarks/timex_eval.py
	$(VENV)/bin/python benchmarks/timeline_eval.py
	$(VENV)/bin/python benchmarks/tls_eval.py
	$(VENV)/bin/python benchmarks/fetch_eval.py

clean:
	rm -rf $(VENV) warehouse/datelines.duckdb warehouse/datelines.duckdb.wal
