#!/usr/bin/env bash
# Mutation testing of one module with mutmut 3, against the few test files that cover it (docs/mutation.md).
#   tools/mutate.sh maze/io/csv_safe.py tests/io/test_csv_safe.py tests/io/test_spreadsheet_exports.py
# It works on a copy of the checkout (under $MUTATION_DIR, default /tmp/electric-maze-mutation/MODULE), niced and
# on one core, then prints mutmut's results: "killed" is a mutant a test caught, "survived" one none did.
# MUTANTS="name ..." runs only those mutants (e.g. the survivors of an earlier run, once tests are added).
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: tools/mutate.sh MODULE.py TEST_FILE..." >&2
  exit 2
fi
module=$1
shift
root=$(cd "$(dirname "$0")/.." && pwd)
mutmut=${MUTMUT:-$root/.venv/bin/mutmut}
work=${MUTATION_DIR:-/tmp/electric-maze-mutation}/$(echo "${module%.py}" | tr / .)${MUTANTS:+-again}
rm -rf "$work"
mkdir -p "$work"
tar -C "$root" --exclude=./.venv --exclude=./.git --exclude=./mutants --exclude=__pycache__ \
  --exclude=./.hypothesis --exclude=./.pytest_cache -cf - . | tar -C "$work" -xf -
sed -i '/^\[tool\.mutmut\]/,/^\[/d' "$work/pyproject.toml"  # this script's settings, not any in the file
{
  echo "[mutmut]"
  echo "source_paths = maze"
  echo "only_mutate = $module"
  echo "also_copy ="
  echo "    levels"
  echo "    assets"
  echo "pytest_add_cli_args ="
  echo "    -n0"
  echo "    -p"
  echo "    no:cacheprovider"
  echo "pytest_add_cli_args_test_selection ="
  for test in "$@"; do echo "    $test"; done
} >"$work/setup.cfg"
cd "$work"
# shellcheck disable=SC2086 # MUTANTS is a list of names
nice -n 15 "$mutmut" run --max-children "${MUTATION_CHILDREN:-1}" ${MUTANTS:-} >"$work/run.log" 2>&1 || {
  tail -40 "$work/run.log"
  exit 1
}
"$mutmut" results --all true >"$work/results.txt" 2>&1 || "$mutmut" results >"$work/results.txt" 2>&1
tail -3 "$work/run.log" | tr '\r' '\n' | tail -2
echo "killed $(grep -c ': killed' "$work/results.txt" || true), survived $(grep -c ': survived' "$work/results.txt" || true)" \
  "(all: $work/results.txt; a mutant's diff: cd $work && $mutmut show NAME)"
