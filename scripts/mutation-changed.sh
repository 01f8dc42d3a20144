#!/usr/bin/env bash
# Mutation testing of what a change touches: Stryker over the files of src/policy, src/input,
# src/catalog, src/lint and src/simulate that differ from BASE (default HEAD~1), within 20 minutes;
# then each file it mutated checked against its target (75%) on that run's report. The folder target
# (85%) is a property of a whole folder: the full run checks it (npm run test:mutation; figures in
# docs/testing.md). No incremental report is kept in git. Used by .ci/run; by hand:
#   bash scripts/mutation-changed.sh [BASE]
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-${TCAM_MUTATION_BASE:-HEAD~1}}"
if ! git rev-parse --verify --quiet "$base" >/dev/null; then
  echo "mutation-changed: no commit $base to compare with: nothing to do"
  exit 0
fi
files=$(git diff --name-only "$base" -- src/policy src/input src/catalog src/lint src/simulate \
  | grep -E '\.ts$' | grep -v -E '(^|/)index\.ts$' | grep -v -E '^src/catalog/(generated|products)/' | while read -r f; do [ -f "$f" ] && echo "$f"; done | paste -sd, - || true)
if [ -z "$files" ]; then
  echo "mutation-changed: no file of src/policy, src/input, src/catalog, src/lint or src/simulate changed since $base"
  exit 0
fi
echo "mutation-changed: $files"
rm -f reports/mutation/mutation.json
TCAM_SHARED="${TCAM_SHARED:-$(pwd)/../shared}" timeout 1200 npx stryker run --mutate "$files" --reporters clear-text,json,html
npx tsx scripts/mutation-score.ts --files --report reports/mutation/mutation.json
