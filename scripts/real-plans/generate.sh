#!/usr/bin/env bash
# Writes the plans and states of test/fixtures/real-plans/ with real Terraform: each case's
# main.tf.json is planned (plan.json, as `terraform show -json` writes it); a case with a next.tf.json
# is applied, its state written (state.json), and next.tf.json planned against it (next-plan.json).
# Terraform runs the stand-in provider of provider/ (no Tencent API is called; an id is made from its
# resource's arguments, so that a run writes the same ids).
# Needs terraform (1.11 was used) and the npm registry for the provider's three packages.
# Run: bash scripts/real-plans/generate.sh [case...]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SHARED="${TCAM_SHARED:-$REPO/../shared}"
CASES="$REPO/test/fixtures/real-plans"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

PROVIDER="$WORK/provider"
cp -r "$HERE/provider" "$PROVIDER"
(cd "$PROVIDER" && npm install --no-audit --no-fund --silent > /dev/null)
VERSION=1.81.0
BIN="$WORK/mirror/registry.terraform.io/tencentcloudstack/tencentcloud/$VERSION/linux_amd64"
mkdir -p "$BIN"
printf '#!/bin/sh\nexec node %s/server.js "$@"\n' "$PROVIDER" > "$BIN/terraform-provider-tencentcloud_v$VERSION"
chmod +x "$BIN/terraform-provider-tencentcloud_v$VERSION"
cat > "$WORK/cli.tfrc" <<RC
provider_installation {
  filesystem_mirror {
    path    = "$WORK/mirror"
    include = ["registry.terraform.io/tencentcloudstack/tencentcloud"]
  }
  direct { exclude = ["registry.terraform.io/tencentcloudstack/tencentcloud"] }
}
RC
export TF_CLI_CONFIG_FILE="$WORK/cli.tfrc" TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1
export TCAM_PROVIDER_SCHEMA="$SHARED/provider-schema/tencentcloud-cam.schema.json"

tf() { terraform "$@" -no-color > "$RUN/terraform.log" 2>&1 || { cat "$RUN/terraform.log" >&2; exit 1; }; }

if [ $# -gt 0 ]; then names=("$@"); else names=(); for d in "$CASES"/*/; do names+=("$(basename "$d")"); done; fi
for name in "${names[@]}"; do
  case_dir="$CASES/$name"
  RUN="$WORK/run-$name"
  mkdir -p "$RUN"
  (cd "$case_dir" && tar cf - --exclude='*plan.json' --exclude=state.json --exclude=next.tf.json .) | (cd "$RUN" && tar xf -)
  cd "$RUN"
  tf init -input=false
  tf plan -input=false -parallelism=1 -out=main.tfplan
  terraform show -json main.tfplan > "$case_dir/plan.json"
  if [ -f "$case_dir/next.tf.json" ]; then
    tf apply -input=false -parallelism=1 -auto-approve main.tfplan
    terraform show -json > "$case_dir/state.json"
    cp "$case_dir/next.tf.json" main.tf.json
    tf plan -input=false -parallelism=1 -out=next.tfplan
    terraform show -json next.tfplan > "$case_dir/next-plan.json"
  fi
  echo "real-plans: $name"
  cd "$REPO"
done
