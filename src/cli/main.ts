#!/usr/bin/env node
// tcam: lint Tencent Cloud CAM policies in files and folders. See `tcam --help`.
// This file parses arguments and dispatches; reading is in files.ts and inputs.ts, the lint command
// in lint.ts, and each output format in output.ts.
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { unknownCodeProblem } from '../lint/codes';
import { PolicyContext } from '../lint/rule';
import { ALL_RULES } from '../lint/rules';
import { Severity, parseSeverity } from '../policy/finding';
import { CONFIG_FILE, ConfigError, TcamConfig, loadConfig } from './config';
import { DEFAULT_MAX_FILE_SIZE, UnreadableError, displayPath, parseSize } from './files';
import { lintPaths } from './lint';
import { writeJson, writeSarif, writeText } from './output';
import { safeText } from './safe-text';

const VERSION: string = (() => {
  try {
    return JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
})();

const MAIN_HELP = `tcam ${VERSION}: checks Tencent Cloud CAM policies before they are deployed.

Usage:
  tcam lint [options] PATH...   lint policies in files and folders
  tcam --help                   this text; tcam lint --help for the options
  tcam --version                the version

Exit codes: 0 nothing at or above --fail-on; 1 something is; 2 usage error or unreadable path.
`;

const LINT_HELP = `Usage: tcam lint [options] PATH...

Lints every CAM policy in PATH. A file is read by its content:
  - a CAM policy document (JSON);
  - a legacy CMQ CreateCamStrategy request (strategyName, strategyInfo, remark);
  - a Terraform JSON configuration, such as cdktf's cdk.tf.json: every document of
    tencentcloud_cam_policy, _policy_by_name, _role, _role_by_name and _policy_version;
  - a plan from \`terraform show -json\` (planned_values): the same resources.
A document that is a Terraform expression (\${jsonencode(...)}, \${file(...)}) is known only when
Terraform runs: it is counted as unchecked; lint the plan (terraform show -json) to check it.
A folder is searched for *.json files (node_modules, .git and .terraform are skipped; symbolic
links are followed, each folder read once). A file found there that is neither JSON nor any of these
kinds is skipped and named with the reason. A file named on the command line that is not JSON is an
INVALID_JSON finding, with line and column; JSON of no kind above is a NOT_CAM_INPUT finding. A run
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

function parseLintArgs(args: string[]): LintOptions | 'help' {
  const o: LintOptions = { format: 'text', disable: [], color: true, maxFileSize: DEFAULT_MAX_FILE_SIZE, allowEmpty: false, target: 'cam', paths: [] };
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (onlyPaths) {
      o.paths.push(arg);
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
    switch (flag) {
      case '-h':
      case '--help':
        return 'help';
      case '--': {
        noValue();
        onlyPaths = true;
        break;
      }
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
      case '--max-file-size': {
        const v = value();
        const size = parseSize(v);
        if (size === undefined) throw new UsageError(`--max-file-size ${JSON.stringify(v)}: give a size in bytes, or with a unit, such as 10m or 1g`);
        o.maxFileSize = size;
        break;
      }
      case '--target': {
        const t = value();
        if (t !== 'cam' && t !== 'terraform') throw new UsageError(`--target ${JSON.stringify(t)}: use cam (the default) or terraform`);
        o.target = t;
        break;
      }
      case '--context': {
        const c = value();
        if (!Object.prototype.hasOwnProperty.call(CONTEXTS, c)) throw new UsageError(`--context ${JSON.stringify(c)}: use document (the default), cos-bucket or role-trust`);
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
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}; see tcam lint --help`);
        o.paths.push(arg);
    }
  }
  if (o.paths.length === 0) throw new UsageError('no PATH given: name the files or folders to lint, such as tcam lint cdktf.out');
  if (o.target === 'terraform' && o.context !== undefined && o.context !== PolicyContext.DOCUMENT) {
    throw new UsageError('--target terraform and --context: a document headed for tencentcloud_cam_policy is a CAM policy; give one of them');
  }
  return o;
}

/** Runs tcam with `argv` (without node and the script); returns the exit code. */
export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
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
    if (command !== 'lint') throw new UsageError(`unknown command ${JSON.stringify(command)}; the command is lint (tcam lint --help)`);
    const options = parseLintArgs(rest);
    if (options === 'help') {
      out(LINT_HELP);
      return 0;
    }
    const configFile = options.config ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined);
    const config: TcamConfig = configFile ? loadConfig(configFile) : { disabledRules: [], suppressions: [] };
    const tty = process.stderr.isTTY === true;
    const report = lintPaths({
      paths: options.paths,
      failOn: options.failOn,
      disable: options.disable,
      maxFileSize: options.maxFileSize,
      allowEmpty: options.allowEmpty,
      terraformTarget: options.target === 'terraform',
      documentContext: options.context,
      progress: tty ? (text) => process.stderr.write(`\r\x1b[Ktcam: ${safeText(text)}`) : undefined,
    }, config);
    if (tty) process.stderr.write('\r\x1b[K');
    const color = options.color && process.stdout.isTTY === true && !process.env.NO_COLOR;
    if (options.format === 'json') writeJson(report, out);
    else if (options.format === 'sarif') writeSarif(report, VERSION, out);
    else writeText(report, color, out);
    if (report.summary.empty) {
      err(`tcam: no CAM policy found under ${options.paths.map((p) => safeText(displayPath(p))).join(', ')}${report.skipped.length > 0 ? ` (${report.skipped.length} skipped, named above)` : ''}; give --allow-empty if that is expected\n`);
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

if (require.main === module) {
  const code = run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
  // Let stdout drain before exiting: a large JSON report is written asynchronously to pipes.
  process.stdout.write('', () => process.exit(code));
}
