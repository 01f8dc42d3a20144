#!/usr/bin/env bash
# Mutation testing of what a change touches: Stryker over the lines of src/policy, src/input,
# src/catalog, src/lint and src/simulate that differ from BASE (default HEAD~1), within 20 minutes;
# then each file it mutated checked against its target (75%, over its changed lines) on that run's
# report. The folder target (85%) is a property of a whole folder: the full run checks it (npm run
# test:mutation; figures in docs/testing.md). No incremental report is kept in git. Used by .ci/run; by hand:
#   bash scripts/mutation-changed.sh [BASE]
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-${TCAM_MUTATION_BASE:-HEAD~1}}"
if ! git rev-parse --verify --quiet "$base" >/dev/null; then
  echo "mutation-changed: no commit $base to compare with: nothing to do"
  exit 0
fi
# The lines the change added or rewrote, as Stryker's ranges (src/x.ts:10-24): a change to a few lines
# of a 600-line file mutates those lines, not the file (a whole reason.ts is 1,300 mutants, past the
# 20 minutes). Lines only deleted leave nothing to mutate.
ranges=$(git diff -U0 "$base" -- src/policy src/input src/catalog src/lint src/simulate | awk '
  /^\+\+\+ / { file = ($2 == "/dev/null") ? "" : substr($2, 3); next }
  /^@@ / {
    if (file !~ /\.ts$/ || file ~ /(^|\/)index\.ts$/ || file ~ /^src\/catalog\/(generated|products)\//) next
    split($3, added, ",")
    start = substr(added[1], 2) + 0
    count = (length(added) > 1) ? added[2] + 0 : 1
    if (count > 0) print file ":" start "-" (start + count - 1)
  }' | paste -sd, - || true)
if [ -z "$ranges" ]; then
  echo "mutation-changed: no line of src/policy, src/input, src/catalog, src/lint or src/simulate added since $base"
  exit 0
fi
echo "mutation-changed: $ranges"
rm -f reports/mutation/mutation.json
TCAM_SHARED="${TCAM_SHARED:-$(pwd)/../shared}" timeout 1200 npx stryker run --mutate "$ranges" --reporters clear-text,json,html
npx tsx scripts/mutation-score.ts --files --report reports/mutation/mutation.json
