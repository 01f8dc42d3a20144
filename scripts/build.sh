#!/usr/bin/env bash
# Compiles src/ to lib/ with jsii and regenerates API.md from the assembly.
set -euo pipefail
cd "$(dirname "$0")/.."
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="${JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION:-20}"
npx jsii --silence-warnings=reserved-word --compress-assembly
# Read on first use with require(), so not emitted by the compiler: every product's action names.
cp -r src/catalog/data/products lib/catalog/data/
node scripts/lazy-exports.js
npx tsx scripts/docgen.ts
