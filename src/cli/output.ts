import { ALL_RULES } from '../lint/rules';
import { Finding, Severity } from '../policy/finding';

/** A finding with where it was found. @internal */
export interface ReportedFinding extends Finding {
  readonly file: string;
  readonly policy: string | null;
  readonly line: number;
  readonly column: number;
  /** Set when a suppression of the config file switched the finding off. */
  readonly suppressedReason?: string;
}

/** @internal */
export interface Report {
  readonly findings: ReportedFinding[];
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
    /** Documents that are Terraform expressions, known only when Terraform runs. */
    readonly unchecked: number;
    readonly failOn: string;
    readonly failed: boolean;
  };
}

/** `--format json`: one object, exactly `{findings: [{file, policy, code, severity, message, path}], summary}`. @internal */
export function formatJson(report: Report): string {
  const findings = report.findings
    .filter((f) => f.suppressedReason === undefined)
    .map(({ file, policy, code, severity, message, path }) => ({ file, policy, code, severity, message, path }));
  return `${JSON.stringify({ findings, summary: report.summary }, null, 2)}\n`;
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
export function formatText(report: Report, color: boolean): string {
  const paint = (s: Severity, text: string) => (color ? `${COLORS[s]}${text}\x1b[0m` : text);
  const dim = (text: string) => (color ? `\x1b[2m${text}\x1b[0m` : text);
  const lines = report.findings
    .filter((f) => f.suppressedReason === undefined)
    .map((f) => `${f.file}:${f.line}:${f.column} ${paint(f.severity, f.severity)} ${f.code}${f.policy ? ` ${f.policy}` : ''} ${f.path === '' ? '/' : f.path}: ${f.message}`);
  const s = report.summary;
  const counts = [
    plural(s.errors, 'error'), plural(s.securityWarnings, 'security warning'), plural(s.warnings, 'warning'), plural(s.suggestions, 'suggestion'),
  ].join(', ');
  const extra = [s.suppressed > 0 ? `${s.suppressed} suppressed` : '', s.unchecked > 0 ? `${s.unchecked} computed by Terraform, not checked` : '', s.skipped > 0 ? `${plural(s.skipped, 'file')} skipped (not CAM input)` : ''].filter(Boolean).join('; ');
  const verdict = s.failed ? paint(Severity.ERROR, `failed (fail on ${s.failOn})`) : `passed (fail on ${s.failOn})`;
  lines.push(dim(`${plural(s.files, 'file')}, ${plural(s.policies, 'policy').replace('policys', 'policies')}: ${counts}${extra ? `; ${extra}` : ''}: `) + verdict);
  return `${lines.join('\n')}\n`;
}

const SARIF_LEVEL: Record<Severity, string> = {
  [Severity.ERROR]: 'error',
  [Severity.SECURITY_WARNING]: 'warning',
  [Severity.WARNING]: 'warning',
  [Severity.SUGGESTION]: 'note',
};

/** Codes reported outside the rule table (a rule that failed). */
const EXTRA_RULES = [{ code: 'RULE_FAILED', severity: Severity.WARNING, title: 'A rule failed on this policy and was skipped', description: 'A bug of tcam, not of the policy: please report it.', docUrl: 'https://github.com/cdktf-tencentcloud-cam/cdktf-tencentcloud-cam/issues' }];

/** `--format sarif`: SARIF 2.1.0, one rule per code. @internal */
export function formatSarif(report: Report, version: string): string {
  const rules = [...ALL_RULES, ...EXTRA_RULES];
  const index = new Map(rules.map((r, i) => [r.code, i]));
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
        results: report.findings.map((f) => ({
          ruleId: f.code,
          ...(index.has(f.code) ? { ruleIndex: index.get(f.code) } : {}),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line, startColumn: f.column } },
              logicalLocations: [{ fullyQualifiedName: `${f.policy ?? ''}${f.path === '' ? '' : f.path}` || '/', kind: 'object' }],
            },
          ],
          properties: { severity: f.severity, policy: f.policy, path: f.path },
          ...(f.suppressedReason !== undefined ? { suppressions: [{ kind: 'external', justification: f.suppressedReason }] } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
