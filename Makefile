# Procura — two commands do everything: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

PACKAGE_STAMP := $(VENV)/.package-installed

.PHONY: run test check lint format typecheck layers translations bench clean serve \
	package package-test icons

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

translations: $(STAMP)
	$(PY) -m app.i18n_build

run: $(STAMP) translations
	$(VENV)/bin/procura

serve: $(STAMP)
	$(VENV)/bin/procura-server serve --host 127.0.0.1 --port 8765

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy app server

layers: $(STAMP)
	$(VENV)/bin/lint-imports

check: lint typecheck layers

test: $(STAMP) translations check
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	$(MAKE) package-test

# The installable program (packaging/README.md): PyInstaller is installed only for this.
$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP) translations
	$(PY) packaging/build.py

# The frozen program checks itself: embedded service, demo sign-in, a receipt in PDF.
package-test: package
	dist/procura/procura --self-test

icons: $(STAMP)
	$(PY) packaging/make_icons.py

bench: $(STAMP)
	for b in bench/[!_]*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache
