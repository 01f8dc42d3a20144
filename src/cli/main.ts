#!/usr/bin/env node
// tcam: lint Tencent Cloud CAM policies in files and folders. See `tcam --help`.
// This file parses arguments and dispatches; reading is in files.ts and inputs.ts, the lint command
// in lint.ts, and each output format in output.ts.
import { existsSync, readFileSync, writeSync } from 'fs';
import { join, resolve } from 'path';
import { unknownCodeProblem } from '../lint/codes';
import { PolicyContext } from '../lint/rule';
import { ALL_RULES } from '../lint/rules';
import { Severity, parseSeverity } from '../policy/finding';
import { CONFIG_FILE, ConfigError, TcamConfig, loadConfig } from './config';
import { DEFAULT_MAX_FILE_SIZE, UnreadableError, Workspace, parseSize } from '../input/files';
import { compileAction, requestAction } from '../simulate/simulator';
import { accessReport, addsAccess, diffAccess, principalKey, simulatePaths } from './access';
import { writeAccessJson, writeAccessMarkdown, writeCheck, writeDiff, writeSimulate } from './access-output';
import { writeAccessHtml, writeDiffHtml } from './access-html';
import { CHECK_EXIT, CheckResult, checkNoNewAccess, checkNoPublicAccess, checkNotGranted } from './check';
import { lintPaths } from './lint';
import { writeJson, writeSarif, writeText } from './output';
import { safeText } from '../input/safe-text';
import { Progress } from './progress';

const VERSION: string = (() => {
  try {
    return JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
})();

const MAIN_HELP = `tcam ${VERSION}: checks Tencent Cloud CAM policies before they are deployed.

Usage:
  tcam lint [options] PATH...       lint policies in files and folders
  tcam simulate [options] PATH...   is a request allowed? CAM's evaluation of the policies found
  tcam access [options] PATH...     who can do what, from cdk.tf.json files and plans
  tcam check CHECK [options] ...    pass, fail or unknown: no-new-access, access-not-granted,
                                    no-public-access, decided over every request
  tcam --help                       this text; tcam COMMAND --help for the options
  tcam --version                    the version

Exit codes: lint: 0 nothing at or above --fail-on, 1 something is; simulate: 0 allowed, 1 denied;
access: 0, or 1 with --fail-on-new-access when a change adds access; check: 0 pass, 1 fail, 3 unknown;
2 usage error or unreadable path.
`;

const CHECK_HELP = `Usage: tcam check no-new-access OLD NEW [--format text|json|sarif]
       tcam check access-not-granted --action A [--resource R] PATH... [--format text|json|sarif]
       tcam check no-public-access PATH... [--format text|json|sarif]

Answers one question about access, over every request (action, resource, condition context), not
by comparing statement text:
  no-new-access        NEW (files or folders: cdk.tf.json, plans) allows no principal a request
                       that OLD did not
  access-not-granted   no principal can make a request for action A (wildcards allowed, such as
                       cam:*), on resource R when given
  no-public-access     no statement of a COS bucket policy or a role trust policy lets anyone
                       (*, qcs::cam::anyone:anyone, qcs::cam::anonymous:anonymous) act

A failing answer names a witness request: tcam simulate answers it ALLOW. An answer that depends on
what cannot be known offline (a preset policy attached by name, a value Terraform fills in, a policy
variable) is unknown, with the reason, never pass.

Options:
  --format text|json|sarif   output (default: text). json: {check, result, witnesses: [{principal,
                             request: {action, resource, context}, allowedBy: [{policy, path}],
                             otherwise}], unknown: [reason]}; sarif: SARIF 2.1.0, a witness an
                             error result, a reason for unknown a warning
  --max-file-size SIZE       refuse files larger than SIZE (default: 256m)
  --verbose                  name every file read, and what it holds (cdktf's manifest.json too), on
                             stderr
  -h, --help                 this text

Exit codes: 0 pass; 1 fail; 2 usage error or unreadable input (an empty folder too); 3 unknown.
`;

const SIMULATE_HELP = `Usage: tcam simulate --action ACTION --resource RESOURCE [options] PATH...

Evaluates one request with CAM's logic (no matching statement denies; a matching deny wins; else a
matching allow allows) against the policies in the files and folders given: documents, CMQ legacy
requests, cdk.tf.json files and plans, as tcam lint reads them. Prints the decision and the
statements behind it, or those that did not apply and why.

Options:
  --action ACTION            the API action, service:Name or name/service:Name (no wildcards)
  --resource RESOURCE        the six-segment resource, such as qcs::tcmpp::uin/100000000001:Limit/T1
  --principal P              evaluate only what P holds in cdk.tf.json files and plans: user/NAME,
                             uin/UIN, group/ID, role/NAME or role-id/ID (a user's groups count);
                             without it, every policy found is evaluated together
  --requester PRINCIPAL      who makes the request, as a policy's principal names it
                             (qcs::cam::uin/OWNER:uin/UIN, qcs::cam::anonymous:anonymous): the
                             statements of bucket and trust policies apply only to the principals
                             they name; without it, such a statement is reported as unevaluated
  --context KEY=VALUE        a condition key or policy variable of the request; repeat it, and a
                             key given twice is a list (qcs:ip=10.0.0.1,
                             qcs:current_time=2026-11-24T10:00:00Z, uin=100000000011). A condition
                             on a key not given is reported as unevaluated, never guessed
  --format text|json         output (default: text). json: {decision, request, principal, statements:
                             [{file, policy, path, effect}], nearMisses, unevaluated: [{file, policy,
                             path, key}], unknown, opaque, unchecked, skipped, explanation}
  --max-file-size SIZE       refuse files larger than SIZE (default: 256m)
  --verbose                  name every file read, and what it holds (cdktf's manifest.json too), on
                             stderr
  -h, --help                 this text

Exit codes: 0 allowed; 1 denied (explicitly or implicitly); 2 usage error or unreadable path.
`;

const ACCESS_HELP = `Usage: tcam access [options] PATH...
       tcam access --diff OLD NEW [--fail-on-new-access] [--format md|json]

Who can do what, from cdk.tf.json files and plans (terraform show -json): one row per principal
(user, group, role), service and statement, with the access levels its actions have (list, read,
write), the resources, and the conditions; denies shown as such. Policies attached by name whose
documents are not in the input (preset policies) are named as not evaluated. Bare documents are
shown as not attached.

Options:
  --format md|json|html      output (default: md). html is one self-contained page (no network,
                             no script but its own) for a reviewer's browser: a summary with the
                             risky grants, an access graph, and a table that sorts and filters
                             (--diff too: new and lost access with their requests, grants added
                             and removed). Its time is SOURCE_DATE_EPOCH when set. json is
                             described by docs/schemas/access.schema.json (access-diff with --diff)
  --diff OLD NEW             what the change from OLD to NEW does to access: the grants added and
                             removed as written, then what NEW allows that OLD did not (and the
                             reverse), decided over every request, each with an example request
                             that tcam simulate answers ALLOW on one side and not on the other;
                             OLD and NEW are files or folders
  --fail-on-new-access       with --diff: exit 1 when NEW allows a request OLD did not, holds a
                             policy not in the input (a preset) OLD did not, or what NEW allows
                             cannot be decided offline (named under Undecided)
  --max-file-size SIZE       refuse files larger than SIZE (default: 256m)
  --verbose                  name every file read, and what it holds (cdktf's manifest.json too), on
                             stderr
  -h, --help                 this text

Exit: 0 reported (with --diff --fail-on-new-access: no access added); 1 access added; 2 a usage
error, a path that cannot be read, or a PATH (OLD or NEW too) that holds no CAM policy or Terraform
configuration, such as the empty output folder of a failed synth.
`;

const LINT_HELP = `Usage: tcam lint [options] PATH...

Lints every CAM policy in PATH. A file is read by its content:
  - a CAM policy document (JSON);
  - a legacy CMQ CreateCamStrategy request (strategyName, strategyInfo, remark);
  - a call of CAM's API that carries a document (PolicyDocument): a CreatePolicy, UpdatePolicy,
    CreatePolicyVersion, CreateRole or UpdateAssumeRolePolicy request, or what GetPolicy, GetRole
    or GetPolicyVersion answer (tccli cam GetPolicy --PolicyId 1 > policy.json);
  - a Terraform JSON configuration, such as cdktf's cdk.tf.json: every document of
    tencentcloud_cam_policy, _policy_by_name, _role, _role_by_name and _policy_version, and every
    CAM resource without an argument the provider requires (PROVIDER_INCOMPATIBLE);
  - a plan from \`terraform show -json\` (planned_values): the same resources.
A document written as \${jsonencode(...)} of a literal (cdktf's Fn.jsonencode, literal locals) is
read as Terraform renders it, and one written as \${file("policy.json")} is that file of the
module's folder (in a folder given to tcam, linted once, as that policy's). Any other Terraform
expression (a variable, a resource's attribute) is known only when Terraform runs: it is counted as
unchecked, with what keeps it so; lint the plan (terraform show -json) to check it. A resource whose
count or for_each is literal (2, a map, \${toset(["a", "b"])}, a literal local, another resource's
instances) is linted as its instances (p[0], p["a"]), with count.index, each.key and each.value
filled in, as the plan names them.
The *.tf.json files of one folder are read as one module, as Terraform reads them (a local of one
file read in another; policy names compared across them; override.tf.json and *_override.tf.json
merged into the others, argument by argument); a file named alone is read alone.
A folder is searched for *.json files (node_modules, .git and .terraform are skipped; symbolic
links are followed, each folder read once). A file found there that is neither JSON nor any of these
kinds is skipped and named with the reason; a folder's *.tf files (HCL, not read: lint the plan) are
named once. A file named on the command line that is not JSON is an INVALID_JSON finding, with line
and column (a .tf file: NOT_CAM_INPUT); JSON of no kind above is a NOT_CAM_INPUT finding. A run
that finds no CAM policy at all fails (exit 1) unless --allow-empty. A plan's document known only
after apply is named as not checked. Only regular files are read: a FIFO, device or socket named
on the command line is an error (exit 2).

Options:
  --format text|json|sarif   output format (default: text). json prints one object,
                             {"findings": [{file, policy, code, severity, message, path}],
                              "suppressed": [...], "skipped": [{file, reason}],
                              "unchecked": [{file, policy, reason}], "unusedSuppressions": [...],
                              "summary": {...}};
                             sarif prints SARIF 2.1.0 for code scanning, one rule per code
  --fail-on LEVEL            exit 1 when a finding is at or above LEVEL: error (default),
                             security_warning, warning or suggestion
  --max-file-size SIZE       refuse files larger than SIZE before reading them (exit 2); bytes, or
                             with a unit: 512k, 10m, 1g (default: 256m)
  --verbose                  name every file read, and what it holds (cdktf's manifest.json too), on
                             stderr
  --allow-empty              pass when no CAM policy is found (default: that fails, exit 1)
  --target cam|terraform     where bare documents are headed: cam (default; forms only the Terraform
                             provider rejects are a SUGGESTION) or terraform (they are an ERROR, as
                             in Terraform JSON and plans)
  --context KIND             what bare documents are: document (default: a CAM policy, or a COS bucket
                             policy recognised by its shape: a principal in every statement, only COS
                             actions and qcs::cos resources), cos-bucket (a COS bucket policy: element
                             names in any case, Sid kept) or role-trust (a role's trust policy: a
                             principal and sts:AssumeRole, no resource). Terraform resources are read
                             by their type (tencentcloud_cos_bucket_policy is a bucket policy).
  --config FILE              config file (default: ${CONFIG_FILE} in the working directory, if present):
                             {"failOn": "...", "disabledRules": ["CODE"],
                              "suppressions": [{"code": "CODE", "reason": "at least 10 characters",
                                                "files": ["glob"], "policy": "address", "path": "/statement/0"}]}
  --disable CODE[,CODE]      do not report these codes (adds to the config's disabledRules); a code
                             that does not exist is a usage error
                             Suppressions recorded by CamLint.suppress in a cdk.tf.json are honoured;
                             suppressed findings are listed with their reasons (json, sarif), and a
                             config suppression that matched nothing is reported as unused.
  --no-color                 no colours in text output (also: NO_COLOR set, or output not a terminal)
  -h, --help                 this text

Rules: ${ALL_RULES.map((r) => r.code).join(', ')}.
`;

class UsageError extends Error {}

interface LintOptions {
  /** `--verbose`: every file read, and what it holds, on stderr. */
  verbose?: boolean;
  format: 'text' | 'json' | 'sarif';
  failOn?: Severity;
  config?: string;
  disable: string[];
  color: boolean;
  maxFileSize: number;
  allowEmpty: boolean;
  target: 'cam' | 'terraform';
  context?: PolicyContext;
  paths: string[];
}

const CONTEXTS: Record<string, PolicyContext> = { 'document': PolicyContext.DOCUMENT, 'cos-bucket': PolicyContext.COS_BUCKET, 'role-trust': PolicyContext.ROLE_TRUST };

/**
 * Reads `args` (options and paths) for one command: `--flag value`, `--flag=value`, `--` before
 * paths that start with "-". `handle` takes an option and returns false for one it does not know.
 * Returns 'help' for -h/--help.
 */
function eachArg(
  args: string[],
  command: string,
  paths: string[],
  handle: (flag: string, value: () => string, noValue: () => void) => boolean,
  common?: { verbose?: boolean },
): 'help' | undefined {
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (onlyPaths) {
      paths.push(arg);
      continue;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('-') && v !== '-')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    const noValue = () => {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value`);
    };
    if (flag === '-h' || flag === '--help') return 'help';
    if (flag === '--verbose' && common) {
      noValue();
      common.verbose = true;
      continue;
    }
    if (flag === '--') {
      noValue();
      onlyPaths = true;
      continue;
    }
    if (handle(flag, value, noValue)) continue;
    if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}; see tcam ${command} --help`);
    paths.push(arg);
  }
  return undefined;
}

/** `--max-file-size SIZE`, shared by every command. */
function maxFileSize(v: string): number {
  const size = parseSize(v);
  if (size === undefined) throw new UsageError(`--max-file-size ${JSON.stringify(v)}: give a size in bytes, or with a unit, such as 10m or 1g`);
  return size;
}

function parseLintArgs(args: string[]): LintOptions | 'help' {
  const o: LintOptions = { format: 'text', disable: [], color: true, maxFileSize: DEFAULT_MAX_FILE_SIZE, allowEmpty: false, target: 'cam', paths: [] };
  const help = eachArg(args, 'lint', o.paths, (flag, value, noValue) => {
    switch (flag) {
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format ${JSON.stringify(f)}: use text, json or sarif`);
        o.format = f;
        break;
      }
      case '--fail-on': {
        const v = value();
        const s = parseSeverity(v);
        if (!s) throw new UsageError(`--fail-on ${JSON.stringify(v)}: use error, security_warning, warning or suggestion`);
        o.failOn = s;
        break;
      }
      case '--config':
        o.config = value();
        break;
      case '--max-file-size':
        o.maxFileSize = maxFileSize(value());
        break;
      case '--target': {
        const t = value();
        if (t !== 'cam' && t !== 'terraform') throw new UsageError(`--target ${JSON.stringify(t)}: use cam (the default) or terraform`);
        o.target = t;
        break;
      }
      case '--context': {
        const c = value();
        if (!Object.hasOwn(CONTEXTS, c)) throw new UsageError(`--context ${JSON.stringify(c)}: use document (the default), cos-bucket or role-trust`);
        o.context = CONTEXTS[c];
        break;
      }
      case '--allow-empty':
        noValue();
        o.allowEmpty = true;
        break;
      case '--disable':
        for (const code of value().split(',').map((c) => c.trim()).filter(Boolean)) {
          const problem = unknownCodeProblem(code);
          if (problem) throw new UsageError(`--disable: ${problem}`);
          o.disable.push(code);
        }
        break;
      case '--no-color':
        noValue();
        o.color = false;
        break;
      default:
        return false;
    }
    return true;
  }, o);
  if (help) return help;
  if (o.paths.length === 0) throw new UsageError('no PATH given: name the files or folders to lint, such as tcam lint cdktf.out');
  if (o.target === 'terraform' && o.context !== undefined && o.context !== PolicyContext.DOCUMENT) {
    throw new UsageError('--target terraform and --context: a document headed for tencentcloud_cam_policy is a CAM policy; give one of them');
  }
  return o;
}

interface SimulateArgs {
  action?: string;
  resource?: string;
  principal?: string;
  requester?: string;
  context: { [key: string]: string[] };
  format: 'text' | 'json';
  maxFileSize: number;
  paths: string[];
  verbose?: boolean;
}

function parseSimulateArgs(args: string[]): SimulateArgs | 'help' {
  const o: SimulateArgs = { context: Object.create(null), format: 'text', maxFileSize: DEFAULT_MAX_FILE_SIZE, paths: [] };
  const help = eachArg(args, 'simulate', o.paths, (flag, value) => {
    switch (flag) {
      case '--action': o.action = value(); return true;
      case '--resource': o.resource = value(); return true;
      case '--principal': {
        const p = value();
        if (!principalKey(p)) throw new UsageError(`--principal ${JSON.stringify(p)}: write user/NAME, uin/UIN, group/ID, role/NAME or role-id/ID`);
        o.principal = p;
        return true;
      }
      case '--requester': o.requester = value(); return true;
      case '--context': {
        const v = value();
        const eq = v.indexOf('=');
        if (eq <= 0) throw new UsageError(`--context ${JSON.stringify(v)}: write KEY=VALUE, such as qcs:ip=10.0.0.1`);
        const key = v.slice(0, eq);
        // An own property even for a key such as __proto__; values appended in place (20,000 of them stay linear).
        if (!Object.hasOwn(o.context, key)) Object.defineProperty(o.context, key, { value: [], enumerable: true, writable: true, configurable: true });
        o.context[key].push(v.slice(eq + 1));
        return true;
      }
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json') throw new UsageError(`--format ${JSON.stringify(f)}: use text or json`);
        o.format = f;
        return true;
      }
      case '--max-file-size': o.maxFileSize = maxFileSize(value()); return true;
      default: return false;
    }
  }, o);
  if (help) return help;
  if (o.action === undefined) throw new UsageError('--action is required: the API action of the request, such as tcmpp:ReleaseMNPVersion');
  if (!requestAction(o.action)) throw new UsageError(`--action ${JSON.stringify(o.action)}: give one API action, service:Name or name/service:Name, without wildcards`);
  if (o.resource === undefined) throw new UsageError('--resource is required: the six-segment resource of the request, such as qcs::tcmpp::uin/100000000001:Limit/T1');
  if (o.paths.length === 0) throw new UsageError('no PATH given: name the policy files, cdk.tf.json files or folders to evaluate');
  return o;
}

interface AccessArgs {
  format: 'md' | 'json' | 'html';
  diff?: [string, string];
  failOnNewAccess: boolean;
  maxFileSize: number;
  paths: string[];
  verbose?: boolean;
}

function parseAccessArgs(args: string[]): AccessArgs | 'help' {
  const o: AccessArgs = { format: 'md', failOnNewAccess: false, maxFileSize: DEFAULT_MAX_FILE_SIZE, paths: [] };
  let diff = false;
  const help = eachArg(args, 'access', o.paths, (flag, value, noValue) => {
    switch (flag) {
      case '--format': {
        const f = value();
        if (f !== 'md' && f !== 'json' && f !== 'html') throw new UsageError(`--format ${JSON.stringify(f)}: use md, json or html`);
        o.format = f;
        return true;
      }
      case '--diff': noValue(); diff = true; return true;
      case '--fail-on-new-access': noValue(); o.failOnNewAccess = true; return true;
      case '--max-file-size': o.maxFileSize = maxFileSize(value()); return true;
      default: return false;
    }
  }, o);
  if (help) return help;
  if (diff) {
    if (o.paths.length !== 2) throw new UsageError(`--diff takes two paths, OLD and NEW; ${o.paths.length} given`);
    o.diff = [o.paths[0], o.paths[1]];
  } else if (o.failOnNewAccess) {
    throw new UsageError('--fail-on-new-access needs --diff OLD NEW');
  }
  if (o.paths.length === 0) throw new UsageError('no PATH given: name the cdk.tf.json files, plans or folders to report on, such as tcam access cdktf.out');
  return o;
}

/** The workspace a command reads through; with `--verbose`, each file read is named on stderr with what it holds. */
function openWorkspace(directory: string, o: { maxFileSize: number; verbose?: boolean }, err: (s: string) => void): Workspace {
  const workspace = new Workspace(directory, o.maxFileSize);
  if (o.verbose) workspace.verbose = (file, kind) => err(`tcam: read ${safeText(file)}: ${kind}\n`);
  return workspace;
}

/** Runs `f` with a progress line on a terminal (`Progress.of`), cleared when it ends. */
function withProgress<T>(workspace: Workspace, format: string, f: () => T): T {
  const progress = Progress.of(process.stderr.isTTY === true, format, (t) => process.stderr.write(t));
  workspace.progress = progress;
  try {
    return f();
  } finally {
    progress?.done();
  }
}

function runSimulate(directory: string, args: string[], out: (s: string) => void, err: (s: string) => void): number {
  const o = parseSimulateArgs(args);
  if (o === 'help') {
    out(SIMULATE_HELP);
    return 0;
  }
  const workspace = openWorkspace(directory, o, err);
  const report = withProgress(workspace, o.format, () => simulatePaths({ paths: o.paths, action: o.action!, resource: o.resource!, principal: o.principal, requester: o.requester, context: o.context, workspace }));
  writeSimulate(report, o.format, out);
  return report.decision === 'ALLOW' ? 0 : 1;
}

function runAccess(directory: string, args: string[], out: (s: string) => void, err: (s: string) => void): number {
  const o = parseAccessArgs(args);
  if (o === 'help') {
    out(ACCESS_HELP);
    return 0;
  }
  const workspace = openWorkspace(directory, o, err);
  if (o.diff) {
    const [old, now] = o.diff;
    const diff = withProgress(workspace, o.format, () => diffAccess(accessReport([old], workspace), accessReport([now], workspace)));
    if (o.format === 'html') writeDiffHtml(diff, out);
    else writeDiff(diff, o.format === 'json' ? 'json' : 'md', out);
    return o.failOnNewAccess && addsAccess(diff) ? 1 : 0;
  }
  const report = withProgress(workspace, o.format, () => accessReport(o.paths, workspace));
  if (o.format === 'json') writeAccessJson(report, out);
  else if (o.format === 'html') writeAccessHtml(report, out);
  else writeAccessMarkdown(report, out);
  return 0;
}

const CHECKS = ['no-new-access', 'access-not-granted', 'no-public-access'];

function runCheck(directory: string, args: string[], out: (s: string) => void, err: (s: string) => void): number {
  const [check, ...rest] = args;
  if (check === undefined || check === '-h' || check === '--help') {
    if (check === undefined) throw new UsageError(`name a check: ${CHECKS.join(', ')} (tcam check --help)`);
    out(CHECK_HELP);
    return 0;
  }
  if (!CHECKS.includes(check)) throw new UsageError(`unknown check ${JSON.stringify(check)}; the checks are ${CHECKS.join(', ')}`);
  const o = { format: 'text', maxFileSize: DEFAULT_MAX_FILE_SIZE, paths: [] as string[], action: undefined as string | undefined, resource: undefined as string | undefined, verbose: false };
  const help = eachArg(rest, 'check', o.paths, (flag, value) => {
    switch (flag) {
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format ${JSON.stringify(f)}: use text, json or sarif`);
        o.format = f;
        return true;
      }
      case '--action': if (check !== 'access-not-granted') return false; o.action = value(); return true;
      case '--resource': if (check !== 'access-not-granted') return false; o.resource = value(); return true;
      case '--max-file-size': o.maxFileSize = maxFileSize(value()); return true;
      default: return false;
    }
  }, o);
  if (help) {
    out(CHECK_HELP);
    return 0;
  }
  const workspace = openWorkspace(directory, o, err);
  const result = withProgress(workspace, o.format, (): CheckResult => {
    if (check === 'no-new-access') {
      if (o.paths.length !== 2) throw new UsageError(`no-new-access takes two paths, OLD and NEW; ${o.paths.length} given`);
      return checkNoNewAccess(o.paths[0], o.paths[1], workspace);
    }
    if (o.paths.length === 0) throw new UsageError(`no PATH given: name the cdk.tf.json files, plans, policies or folders to check`);
    if (check === 'no-public-access') return checkNoPublicAccess(o.paths, workspace);
    if (o.action === undefined) throw new UsageError('--action is required: the action no principal may have, such as cam:AttachUserPolicy or cam:*');
    // An action as the simulator reads a policy's (`*`, `service:Name`, wildcards in either part).
    if (compileAction(o.action) === undefined) throw new UsageError(`--action ${JSON.stringify(o.action)}: write an action as a policy does, service:Name (wildcards allowed) or *`);
    return checkNotGranted(o.paths, o.action, o.resource, workspace);
  });
  writeCheck(result, o.format as 'text' | 'json' | 'sarif', out, VERSION);
  return CHECK_EXIT[result.result];
}

/**
 * Runs tcam with `argv` (without node and the script); returns the exit code. `cwd` is the directory
 * relative paths (and the config file) are read from; the process's by default.
 */
export function run(argv: string[], out: (s: string) => void, err: (s: string) => void, cwd?: string): number {
  return runIn(cwd === undefined ? process.cwd() : resolve(cwd), argv, out, err);
}

function runIn(directory: string, argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      (command === undefined ? err : out)(MAIN_HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      out(`${VERSION}\n`);
      return 0;
    }
    if (command === 'simulate') return runSimulate(directory, rest, out, err);
    if (command === 'access') return runAccess(directory, rest, out, err);
    if (command === 'check') return runCheck(directory, rest, out, err);
    if (command !== 'lint') throw new UsageError(`unknown command ${JSON.stringify(command)}; the commands are lint, simulate, access and check (tcam --help)`);
    const options = parseLintArgs(rest);
    if (options === 'help') {
      out(LINT_HELP);
      return 0;
    }
    const workspace = openWorkspace(directory, options, err);
    const configFile = options.config !== undefined ? workspace.resolve(options.config) : existsSync(workspace.resolve(CONFIG_FILE)) ? workspace.resolve(CONFIG_FILE) : undefined;
    const config: TcamConfig = configFile ? loadConfig(workspace, configFile) : { disabledRules: [], suppressions: [] };
    const report = withProgress(workspace, options.format, () => lintPaths({
      paths: options.paths,
      failOn: options.failOn,
      disable: options.disable,
      workspace,
      allowEmpty: options.allowEmpty,
      terraformTarget: options.target === 'terraform',
      documentContext: options.context,
    }, config));
    const color = options.color && process.stdout.isTTY === true && !process.env.NO_COLOR;
    if (options.format === 'json') writeJson(report, out);
    else if (options.format === 'sarif') writeSarif(report, VERSION, out, directory);
    else writeText(report, color, out);
    if (report.summary.empty) {
      err(`tcam: no CAM policy found under ${options.paths.map((p) => workspace.named(p)).join(', ')}${report.skipped.length > 0 ? ` (${report.skipped.length} skipped, named above)` : ''}; give --allow-empty if that is expected\n`);
    }
    return report.summary.failed ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      // A usage error quotes the arguments as given: nothing in them reaches the terminal raw.
      err(`tcam: ${safeText(e.message)}\n`);
      return 2;
    }
    if (e instanceof UnreadableError || e instanceof ConfigError) {
      // Their messages escape what came from input; the line breaks between problems are ours.
      err(`tcam: ${e.message}\n`);
      return 2;
    }
    err(`tcam: internal error, please report it: ${(e as Error)?.stack ?? String(e)}\n`);
    return 2;
  }
}

/**
 * A writer to a file descriptor that writes each text before returning: Node queues writes to a pipe
 * until the process ends (a 120 MB report held whole), where this holds one chunk. A reader that has
 * gone (`tcam access | head`) ends the output quietly; a full non-blocking pipe is waited on.
 * @internal
 */
export function syncWriter(fd: number): (text: string) => void {
  let closed = false;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  return (text) => {
    if (closed) return;
    const buffer = Buffer.from(text);
    let at = 0;
    while (at < buffer.length) {
      try {
        at += writeSync(fd, buffer, at);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 2);
        else if (code === 'EPIPE') {
          closed = true;
          return;
        } else throw e;
      }
    }
  };
}

if (require.main === module) {
  const code = run(process.argv.slice(2), syncWriter(1), (s) => process.stderr.write(s));
  // stdout is written; let stderr (messages, a progress line's end) drain before exiting.
  process.stderr.write('', () => process.exit(code));
}
