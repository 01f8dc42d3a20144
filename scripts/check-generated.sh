#!/usr/bin/env bash
# Fails when a generated file differs from what its generator writes now: regenerate it with the
# named script and commit the result. Run after `npm run build`, which regenerates API.md.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
npm run --silent generate >/dev/null 2>&1 || { echo "npm run generate failed" >&2; exit 1; }
for dir in src/catalog/generated src/catalog/products src/catalog/data/products src/terraform/generated src/input/data docs/rules.md; do
  if [ -n "$(git status --porcelain -- "$dir")" ]; then
    echo "$dir/ differs from what 'npm run generate' writes (from src/catalog/data/ and provider-schema/): run it and commit the result" >&2
    git --no-pager status --short -- "$dir" | head -20 >&2
    status=1
  fi
done
for doc in API.md docs/l1-reference.md; do
  if [ -n "$(git status --porcelain -- "$doc")" ]; then
    echo "$doc differs from the committed one: run 'npm run build' and commit it" >&2
    git --no-pager diff --stat -- "$doc" >&2
    status=1
  fi
done
if [ -n "$(git status --porcelain -- API.md)" ] && ! git ls-files --error-unmatch API.md >/dev/null 2>&1; then
  echo "API.md is not committed: run 'npm run build' and commit it" >&2
  status=1
fi
exit $status
