#!/usr/bin/env bash
# The checks to run before a commit: lint, format and types (the tests are `.venv/bin/python -m pytest`).
#   tools/check.sh          check everything
#   tools/check.sh --fix    let ruff fix what it can and format the tree first
# mypy is configured in pyproject.toml: --strict on maze/core and maze/io, plain mypy elsewhere (CI fails on it).
set -uo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
[ -x "$bin/ruff" ] && [ -x "$bin/mypy" ] || "$bin/pip" install -q ruff mypy
if [ "${1:-}" = "--fix" ]; then
  "$bin/ruff" check --fix . && "$bin/ruff" format .
fi
failed=0
"$bin/ruff" check . || failed=1
"$bin/ruff" format --check . || failed=1
"$bin/mypy" || failed=1
exit "$failed"
