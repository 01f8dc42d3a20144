#!/usr/bin/env bash
# Writes the plans and states of test/fixtures/real-plans/ with real Terraform: each case's
# configuration (main.tf.json; cdk.tf.json for the examples' stacks, which `npm run synth` writes and
# this script copies to cdktf-<example>/) is planned (plan.json, as `terraform show -json` writes it);
# a case with a next.tf.json is applied, its state written (state.json), and next.tf.json planned
# against it (next-plan.json), in place of main.tf.json.
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
# A launcher per provider, in a filesystem mirror, at versions cdktf's constraints accept.
launcher() { # source version schema
  local bin="$WORK/mirror/registry.terraform.io/$1/$2/linux_amd64"
  mkdir -p "$bin"
  printf '#!/bin/sh\nTCAM_PROVIDER_SCHEMA=%s exec node %s/server.js "$@"\n' "$3" "$PROVIDER" > "$bin/terraform-provider-${1##*/}_v$2"
  chmod +x "$bin/terraform-provider-${1##*/}_v$2"
}
launcher tencentcloudstack/tencentcloud 1.82.0 "$SHARED/provider-schema/tencentcloud-cam.schema.json"
launcher hashicorp/null 3.2.4 "$HERE/null.schema.json"
STANDIN='"registry.terraform.io/tencentcloudstack/tencentcloud", "registry.terraform.io/hashicorp/null"'
cat > "$WORK/cli.tfrc" <<RC
provider_installation {
  filesystem_mirror {
    path    = "$WORK/mirror"
    include = [$STANDIN]
  }
  direct { exclude = [$STANDIN] }
}
RC
export TF_CLI_CONFIG_FILE="$WORK/cli.tfrc" TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1

tf() { terraform "$@" -no-color > "$RUN/terraform.log" 2>&1 || { cat "$RUN/terraform.log" >&2; exit 1; }; }

# The examples' stacks, as `npm run synth` writes them (the local backend's absolute path made relative).
(cd "$REPO" && npm run synth > "$WORK/synth.log" 2>&1) || { cat "$WORK/synth.log" >&2; exit 1; }
for stack in "$REPO"/cdktf.out/*/stacks/*/cdk.tf.json; do
  example="$(basename "$(dirname "$(dirname "$(dirname "$stack")")")")"
  mkdir -p "$CASES/cdktf-$example"
  node -e '
    const fs = require("fs");
    const config = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    const local = config.terraform?.backend?.local;
    if (local) local.path = require("path").basename(local.path);
    fs.writeFileSync(process.argv[2], `${JSON.stringify(config, null, 2)}\n`);
  ' "$stack" "$CASES/cdktf-$example/cdk.tf.json"
  # Applied, and planned again unchanged: a state and the plan of no change, as a pipeline has them
  # (not a stack whose tccli attachments run a command when applied).
  if grep -q '"provisioner"' "$CASES/cdktf-$example/cdk.tf.json"; then rm -f "$CASES/cdktf-$example/next.tf.json"
  else cp "$CASES/cdktf-$example/cdk.tf.json" "$CASES/cdktf-$example/next.tf.json"; fi
done

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
    cp "$case_dir/next.tf.json" "$(ls *.tf.json | grep -v '^next\.tf\.json$' | head -1)"
    rm next.tf.json 2>/dev/null || true
    tf plan -input=false -parallelism=1 -out=next.tfplan
    terraform show -json next.tfplan > "$case_dir/next-plan.json"
  fi
  echo "real-plans: $name"
  cd "$REPO"
done
