#!/usr/bin/env node
// tcam: lint Tencent Cloud CAM policies in files and folders. See `tcam --help`.
import { existsSync, readFileSync, readdirSync, statSync } from 'fs';
import { join, relative } from 'path';
import { Linter } from '../lint/linter';
import { ALL_RULES } from '../lint/rules';
import { applySuppressions } from '../lint/suppression';
import { unescapedTemplateFindings } from '../lint/terraform-documents';
import { Severity, atOrAbove, parseSeverity } from '../policy/finding';
import { lineColumn, locateJsonError } from '../policy/json-error';
import { CONFIG_FILE, ConfigError, TcamConfig, globToRegExp, loadConfig } from './config';
import { InputKind, PolicyInput, detectKind, policiesOf } from './inputs';
import { Report, ReportedFinding, formatJson, formatSarif, formatText } from './output';
import { pointerPositions } from './positions';

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
A folder is searched for *.json files (node_modules, .git and .terraform are skipped); a file found
there that is neither JSON nor any of these kinds is counted as skipped. A file named on the
command line that is not JSON is an INVALID_JSON finding, with line and column.

Options:
  --format text|json|sarif   output format (default: text). json prints one object,
                             {"findings": [{file, policy, code, severity, message, path}], "summary": {...}};
                             sarif prints SARIF 2.1.0 for code scanning, one rule per code
  --fail-on LEVEL            exit 1 when a finding is at or above LEVEL: error (default),
                             security_warning, warning or suggestion
  --config FILE              config file (default: ${CONFIG_FILE} in the working directory, if present):
                             {"failOn": "...", "disabledRules": ["CODE"],
                              "suppressions": [{"code": "CODE", "reason": "at least 10 characters",
                                                "files": ["glob"], "policy": "address", "path": "/statement/0"}]}
  --disable CODE[,CODE]      do not report these codes (adds to the config's disabledRules)
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
  paths: string[];
}

function parseLintArgs(args: string[]): LintOptions | 'help' {
  const o: LintOptions = { format: 'text', disable: [], color: true, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || (inline === undefined && v.startsWith('-') && v !== '-')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return 'help';
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
      case '--disable':
        o.disable.push(...value().split(',').map((c) => c.trim()).filter(Boolean));
        break;
      case '--no-color':
        o.color = false;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}; see tcam lint --help`);
        o.paths.push(arg);
    }
  }
  if (o.paths.length === 0) throw new UsageError('no PATH given: name the files or folders to lint, such as tcam lint cdktf.out');
  return o;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform']);

/** The files to lint: each named file, and the *.json files below each named folder, sorted. */
function collectFiles(paths: string[]): Array<{ file: string; explicit: boolean }> {
  const out: Array<{ file: string; explicit: boolean }> = [];
  const problems: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      problems.push(`cannot read ${p}: ${describeErrno(e)}`);
      continue;
    }
    if (st.isDirectory()) {
      const walk = (dir: string) => {
        let entries;
        try {
          entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        } catch (e) {
          problems.push(`cannot read ${dir}: ${describeErrno(e)}`);
          return;
        }
        for (const e of entries) {
          if (e.isDirectory()) {
            if (!SKIP_DIRS.has(e.name)) walk(join(dir, e.name));
          } else if (e.isFile() && e.name.endsWith('.json')) out.push({ file: join(dir, e.name), explicit: false });
        }
      };
      walk(p);
    } else {
      out.push({ file: p, explicit: true });
    }
  }
  if (problems.length > 0) throw new UnreadableError(problems.join('\n'));
  return out;
}

class UnreadableError extends Error {}

function describeErrno(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const words: Record<string, string> = { ENOENT: 'no such file or folder', EACCES: 'permission denied', EISDIR: 'is a folder', ENOTDIR: 'not a folder' };
  return code ? `${words[code] ?? (e as Error).message} (${code})` : String((e as Error)?.message ?? e);
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return (rel === '' || rel.startsWith('..') ? file : rel).split('\\').join('/');
}

function lint(options: LintOptions, config: TcamConfig): Report {
  const files = collectFiles(options.paths);
  const failOn = options.failOn ?? config.failOn ?? Severity.ERROR;
  const disabled = [...config.disabledRules, ...options.disable];
  const linter = new Linter({ disabledRules: disabled });
  const findings: ReportedFinding[] = [];
  let policies = 0;
  let skipped = 0;
  let suppressedCount = 0;
  let unchecked = 0;
  const progress = process.stderr.isTTY && files.length > 20;
  files.forEach(({ file, explicit }, index) => {
    if (progress) process.stderr.write(`\r\x1b[Ktcam: ${index + 1}/${files.length} ${displayPath(file)}`);
    const shown = displayPath(file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new UnreadableError(`cannot read ${file}: ${describeErrno(e)}`);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      if (!explicit) {
        skipped++;
        return;
      }
      const { line, column } = locateJsonError(text);
      for (const f of linter.lintText(text).findings) findings.push({ ...f, file: shown, policy: null, line, column });
      return;
    }
    const kind = detectKind(value);
    if (kind === InputKind.UNKNOWN && !explicit) {
      skipped++;
      return;
    }
    let positions: Map<string, number> | undefined;
    const locate = (pointer: string) => {
      positions ??= pointerPositions(text);
      let p = pointer;
      while (!positions.has(p) && p !== '') p = p.slice(0, p.lastIndexOf('/'));
      return lineColumn(text, positions.get(p) ?? 0);
    };
    const suppressionsFor = (input: PolicyInput) => config.suppressions
      .filter((s) => (s.files === undefined || s.files.some((g) => globToRegExp(g).test(shown))) && (s.policy === undefined || s.policy === input.policy))
      .map(({ code, reason, path }) => ({ code, reason, path }));
    for (const input of policiesOf(value, kind)) {
      if (input.computed) {
        unchecked++;
        continue;
      }
      policies++;
      const result = input.text !== undefined
        ? linter.lintText(input.text, { context: input.context, policyName: input.policyName })
        : linter.lintValue(input.value, { context: input.context });
      const template = input.raw !== undefined ? unescapedTemplateFindings(input.raw, Severity.ERROR).filter((f) => !disabled.includes(f.code)) : [];
      const { kept, suppressed } = applySuppressions([...template, ...result.findings], suppressionsFor(input));
      suppressedCount += suppressed.length;
      for (const f of kept) {
        const at = locate(input.embedded ? `${input.filePointer}${f.path}` : input.filePointer);
        findings.push({ ...f, file: shown, policy: input.policy, line: at.line, column: at.column });
      }
      for (const s of suppressed) {
        const at = locate(input.embedded ? `${input.filePointer}${s.finding.path}` : input.filePointer);
        findings.push({ ...s.finding, file: shown, policy: input.policy, line: at.line, column: at.column, suppressedReason: s.reason });
      }
    }
  });
  if (progress) process.stderr.write('\r\x1b[K');
  const active = findings.filter((f) => f.suppressedReason === undefined);
  const count = (s: Severity) => active.filter((f) => f.severity === s).length;
  return {
    findings,
    summary: {
      files: files.length - skipped,
      skipped,
      policies,
      findings: active.length,
      errors: count(Severity.ERROR),
      securityWarnings: count(Severity.SECURITY_WARNING),
      warnings: count(Severity.WARNING),
      suggestions: count(Severity.SUGGESTION),
      suppressed: suppressedCount,
      unchecked,
      failOn: failOn.toLowerCase(),
      failed: active.some((f) => atOrAbove(f.severity, failOn)),
    },
  };
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
    const report = lint(options, config);
    const color = options.color && process.stdout.isTTY === true && !process.env.NO_COLOR;
    if (options.format === 'json') out(formatJson(report));
    else if (options.format === 'sarif') out(formatSarif(report, VERSION));
    else out(formatText(report, color));
    return report.summary.failed ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err(`tcam: ${e.message}\n`);
      return 2;
    }
    if (e instanceof UnreadableError || e instanceof ConfigError) {
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

