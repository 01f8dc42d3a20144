import { isAbsolute } from 'path';
import { pathToFileURL } from 'url';
import { OTHER_CODES } from '../lint/codes';
import { ALL_RULES } from '../lint/rules';
import { Finding, Severity } from '../policy/finding';
import { SkippedFile } from '../input/files';
import { safeText } from '../input/safe-text';

/** A finding with where it was found. @internal */
export interface ReportedFinding extends Finding {
  readonly file: string;
  readonly policy: string | null;
  readonly line: number;
  readonly column: number;
  /** Set when a suppression switched the finding off: its reason. */
  readonly suppressedReason?: string;
}

/** A policy that could not be checked, and why. @internal */
export interface UncheckedPolicy {
  readonly file: string;
  readonly policy: string | null;
  readonly reason: string;
}

/** A suppression of the config file that switched nothing off. @internal */
export interface UnusedSuppression {
  readonly code: string;
  readonly reason: string;
  readonly files?: string[];
  readonly policy?: string;
  readonly path?: string;
}

/** @internal */
export interface Report {
  readonly findings: ReportedFinding[];
  readonly skipped: SkippedFile[];
  readonly unchecked: UncheckedPolicy[];
  readonly unusedSuppressions: UnusedSuppression[];
  readonly summary: {
    readonly files: number;
    readonly skipped: number;
    readonly policies: number;
    readonly findings: number;
    readonly errors: number;
    readonly securityWarnings: number;
    readonly warnings: number;
    readonly suggestions: number;
    readonly suppressed: number;
    /** Policies whose document is known only when Terraform runs. */
    readonly unchecked: number;
    /** No CAM input was found at all (a folder of other files): a failure unless --allow-empty. */
    readonly empty: boolean;
    readonly failOn: string;
    readonly failed: boolean;
  };
}

/** Where a formatter writes: called many times, in order. @internal */
export type Write = (text: string) => void;

/** Findings written per call of `write`: the output is never held whole in memory. */
const CHUNK = 1000;

/**
 * Writes a list as `JSON.stringify(list, null, 2)` would inside an object, element by element, in
 * chunks: a report of 100,000 findings is tens of megabytes, which one string would hold twice.
 * `as` gives each item as it is written (made a chunk at a time, never the whole list at once).
 * @internal
 */
export function writeJsonList<T>(write: Write, key: string, items: Iterable<T>, last: boolean, as: (item: T) => unknown = (item) => item): void {
  const open = `  ${JSON.stringify(key)}: [\n`;
  let chunk: T[] = [];
  let started = false;
  // The chunk under the same key, as JSON.stringify indents it there; its first and last lines taken off.
  const flush = (more: boolean) => {
    const text = JSON.stringify({ [key]: chunk.map(as) }, null, 2);
    write(`${started ? '' : open}${text.slice(open.length + 2, -6)}${more ? ',' : ''}\n`);
    started = true;
    chunk = [];
  };
  // Items are taken one at a time (a list, or rows made as they are written): a chunk is written
  // once the next item shows that more follow.
  for (const item of items) {
    if (chunk.length === CHUNK) flush(true);
    chunk.push(item);
  }
  if (chunk.length > 0) flush(false);
  write(started ? `  ]${last ? '' : ','}\n` : `  ${JSON.stringify(key)}: []${last ? '' : ','}\n`);
}

/**
 * The findings list as `writeJsonList` would write it, each object written field by field: the
 * same text, without an indented `JSON.stringify` and a line-by-line re-indent per finding.
 */
function writeFindingList(write: Write, findings: ReportedFinding[]): void {
  if (findings.length === 0) {
    write('  "findings": [],\n');
    return;
  }
  write('  "findings": [\n');
  const q = JSON.stringify;
  for (let i = 0; i < findings.length; i += CHUNK) {
    const part = findings.slice(i, i + CHUNK).map((f) =>
      `    {\n      "file": ${q(f.file)},\n      "policy": ${q(f.policy)},\n      "code": ${q(f.code)},\n      "severity": ${q(f.severity)},\n      "message": ${q(f.message)},\n      "path": ${q(f.path)}\n    }`);
    write(`${part.join(',\n')}${i + CHUNK < findings.length ? ',' : ''}\n`);
  }
  write('  ],\n');
}

/**
 * `--format json`: `{findings: [{file, policy, code, severity, message, path}], suppressed: [... , reason],
 * skipped: [{file, reason}], unchecked: [{file, policy, reason}], unusedSuppressions: [...], summary}`,
 * byte for byte what `JSON.stringify(report, null, 2)` gives.
 * @internal
 */
export function writeJson(report: Report, write: Write): void {
  const plain = ({ file, policy, code, severity, message, path }: ReportedFinding) => ({ file, policy, code, severity, message, path });
  write('{\n');
  writeFindingList(write, report.findings.filter((f) => f.suppressedReason === undefined));
  writeJsonList(write, 'suppressed', report.findings.filter((f) => f.suppressedReason !== undefined).map((f) => ({ ...plain(f), reason: f.suppressedReason! })), false);
  writeJsonList(write, 'skipped', report.skipped, false);
  writeJsonList(write, 'unchecked', report.unchecked, false);
  writeJsonList(write, 'unusedSuppressions', report.unusedSuppressions, false);
  write(`  "summary": ${JSON.stringify(report.summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`);
}

const COLORS: Record<Severity, string> = {
  [Severity.ERROR]: '\x1b[31m',
  [Severity.SECURITY_WARNING]: '\x1b[35m',
  [Severity.WARNING]: '\x1b[33m',
  [Severity.SUGGESTION]: '\x1b[36m',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `--format text`: one line per finding, `file:line:column SEVERITY CODE [policy] path: message`, then a summary. @internal */
export function writeText(report: Report, color: boolean, write: Write): void {
  const paint = (s: Severity, text: string) => (color ? `${COLORS[s]}${text}\x1b[0m` : text);
  const dim = (text: string) => (color ? `\x1b[2m${text}\x1b[0m` : text);
  const active = report.findings.filter((f) => f.suppressedReason === undefined);
  for (let i = 0; i < active.length; i += CHUNK) {
    write(`${active.slice(i, i + CHUNK).map((f) => `${safeText(f.file)}:${f.line}:${f.column} ${paint(f.severity, f.severity)} ${f.code}${f.policy ? ` ${safeText(f.policy)}` : ''} ${f.path === '' ? '/' : safeText(f.path)}: ${safeText(f.message)}`).join('\n')}\n`);
  }
  const lines: string[] = [];
  for (const u of report.unchecked) lines.push(dim(`${safeText(u.file)}: not checked${u.policy ? ` ${safeText(u.policy)}` : ''}: ${safeText(u.reason)}`));
  for (const s of report.skipped) lines.push(dim(`${safeText(s.file)}: skipped: ${safeText(s.reason)}`));
  for (const u of report.unusedSuppressions) {
    lines.push(dim(`unused suppression of ${safeText(u.code)}${u.policy ? ` for ${safeText(u.policy)}` : ''}${u.files ? ` in ${safeText(u.files.join(', '))}` : ''}: it matched no finding; remove it (reason given: ${safeText(u.reason)})`));
  }
  const s = report.summary;
  const counts = [
    plural(s.errors, 'error'), plural(s.securityWarnings, 'security warning'), plural(s.warnings, 'warning'), plural(s.suggestions, 'suggestion'),
  ].join(', ');
  const extra = [s.suppressed > 0 ? `${s.suppressed} suppressed` : '', s.unchecked > 0 ? `${s.unchecked} not checked (known only when Terraform runs)` : '', s.skipped > 0 ? `${plural(s.skipped, 'file')} skipped (not CAM input)` : ''].filter(Boolean).join('; ');
  const verdict = s.failed ? paint(Severity.ERROR, s.empty ? 'failed: no CAM policy found' : `failed (fail on ${s.failOn})`) : `passed (fail on ${s.failOn})`;
  lines.push(dim(`${plural(s.files, 'file')}, ${s.policies} ${s.policies === 1 ? 'policy' : 'policies'}: ${counts}${extra ? `; ${extra}` : ''}: `) + verdict);
  write(`${lines.join('\n')}\n`);
}

const SARIF_LEVEL: Record<Severity, string> = {
  [Severity.ERROR]: 'error',
  [Severity.SECURITY_WARNING]: 'warning',
  [Severity.WARNING]: 'warning',
  [Severity.SUGGESTION]: 'note',
};

const ISSUES_URL = 'https://github.com/cdktf-tencentcloud-cam/cdktf-tencentcloud-cam/issues';

/**
 * A SARIF artifact location: a relative path becomes a percent-encoded relative reference against
 * `%SRCROOT%` (the working directory), so `50%#x.json` is `50%25%23x.json`, not the fragment of
 * `50%`; an absolute path becomes a `file:` URI.
 * @internal
 */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map((segment) => encodeURIComponent(segment)).join('/'), uriBaseId: '%SRCROOT%' };
}

/** `--format sarif`: SARIF 2.1.0, one rule per code. @internal */
export function writeSarif(report: Report, version: string, write: Write, directory: string = process.cwd()): void {
  const rules = [...ALL_RULES, ...OTHER_CODES.map((c) => ({ ...c, docUrl: ISSUES_URL }))];
  const index = new Map(rules.map((r, i) => [r.code, i]));
  const root = pathToFileURL(directory).href;
  const notification = (level: string, text: string, file?: string) => ({
    level,
    message: { text },
    ...(file !== undefined ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(file) } }] } : {}),
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tcam',
            version,
            informationUri: 'https://github.com/cdktf-tencentcloud-cam/cdktf-tencentcloud-cam',
            rules: rules.map((r) => ({
              id: r.code,
              name: r.code.toLowerCase().replace(/_(\w)/g, (_m, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: r.description },
              helpUri: r.docUrl,
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
              properties: { tags: ['cam', r.severity === Severity.SECURITY_WARNING ? 'security' : 'correctness'], severity: r.severity, ...(r.severity === Severity.SECURITY_WARNING ? { 'security-severity': '7.5' } : {}) },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : `${root}/` } },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: [
              ...report.skipped.map((s) => notification('note', `skipped: ${s.reason}`, s.file)),
              ...report.unchecked.map((u) => notification('note', `not checked${u.policy ? ` ${u.policy}` : ''}: ${u.reason}`, u.file)),
              ...report.unusedSuppressions.map((u) => notification('warning', `unused suppression of ${u.code}: it matched no finding (reason given: ${u.reason})`)),
              ...(report.summary.empty ? [notification('error', 'no CAM policy found in the paths given')] : []),
            ],
          },
        ],
        results: report.findings.map((f) => ({
          ruleId: f.code,
          ...(index.has(f.code) ? { ruleIndex: index.get(f.code) } : {}),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: { artifactLocation: artifactLocation(f.file), region: { startLine: f.line, startColumn: f.column } },
              logicalLocations: [{ fullyQualifiedName: `${f.policy ?? ''}${f.path === '' ? '' : f.path}` || '/', kind: 'object' }],
            },
          ],
          properties: { severity: f.severity, policy: f.policy, path: f.path },
          ...(f.suppressedReason !== undefined ? { suppressions: [{ kind: 'external', justification: f.suppressedReason }] } : {}),
        })),
      },
    ],
  };
  write(`${JSON.stringify(sarif, null, 2)}\n`);
}
