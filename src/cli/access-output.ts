// Output of tcam simulate and tcam access: text, JSON, Markdown and one self-contained HTML page.
import { AccessDiff, AccessGrant, AccessReport, AccessRow, AccessWitness, SimulateReport, eachRow } from './access';
import type { CheckResult } from './check';
import { Write, writeJsonList } from './output';
import { safeText } from '../input/safe-text';

/** `tcam simulate`: the explanation (text), or the report as JSON. @internal */
export function writeSimulate(report: SimulateReport, format: 'text' | 'json', write: Write): void {
  if (format === 'json') {
    const { explanation, ...rest } = report;
    write(`${JSON.stringify({ ...rest, explanation }, null, 2)}\n`);
    return;
  }
  // The explanation's line breaks are the library's own: every value in it is escaped already.
  write(`${report.explanation.split('\n').map(safeText).join('\n')}\n`);
  for (const u of report.unchecked) write(`  not checked: ${safeText(u)}\n`);
  for (const s of report.skipped) write(`  skipped: ${safeText(s.file)}: ${safeText(s.reason)}\n`);
}

/**
 * Text from input in Markdown: control and invisible characters shown (`safeText`, so no line
 * break), and what Markdown would read as markup escaped with a backslash: `<` (an HTML tag or
 * comment would hide what follows: `.../<!--`, `*`, `-->` showed as nothing), `>`, backticks, `|`
 * (a table cell's end), and the backslash itself.
 * @internal
 */
export function cell(text: string): string {
  return safeText(text).replace(/[\\<>`|]/g, '\\$&');
}

function rowCells(r: AccessRow): string[] {
  return [
    r.via === null ? r.principal : `${r.principal} (via ${r.via})`,
    r.service,
    r.effect,
    r.levels.join(', ') || '-',
    r.actions.join(', '),
    r.resources.join(', ') || '(none)',
    r.conditions.join('; ') || '-',
    `${r.policy} ${r.path}`,
  ];
}

const HEADERS = ['Principal', 'Service', 'Effect', 'Access', 'Actions', 'Resources', 'Conditions', 'Policy'];

/** Each principal's permission boundary as reports list it: `user alice: bound (tencentcloud_cam_policy.bound) (its attachment)`. @internal */
export function boundaryLines(report: AccessReport): string[] {
  return report.principals.flatMap((p) => (p.boundary ?? []).map((b) => `${p.principal}: ${b.address === null ? b.name : `${b.name} (${b.address})`} (${b.via})`));
}

/** `tcam access --format md`: one table, a row per principal, service and statement. @internal */
export function writeAccessMarkdown(report: AccessReport, write: Write): void {
  write('# Access\n\n');
  write(`| ${HEADERS.join(' | ')} |\n|${HEADERS.map(() => '---').join('|')}|\n`);
  for (const r of eachRow(report)) write(`| ${rowCells(r).map(cell).join(' | ')} |\n`);
  const opaque = report.principals.filter((p) => p.opaque.length > 0);
  if (opaque.length > 0) {
    write('\nNot evaluated (their documents are not in the input):\n\n');
    for (const p of opaque) for (const o of p.opaque) write(`- ${cell(p.principal)}: ${cell(o)}\n`);
  }
  if (report.moduleCalls.length > 0) {
    write(`\nModule calls. ${MODULE_CALLS}.\n\n`);
    for (const m of report.moduleCalls) write(`- ${cell(m.label)}\n`);
  }
  const bounds = boundaryLines(report);
  if (bounds.length > 0) {
    write('\nPermission boundaries (the most each may do: it is allowed what both its policies above and its boundary allow):\n\n');
    for (const line of bounds) write(`- ${cell(line)}\n`);
  }
  if (report.incomplete) {
    write(`\nIncomplete plans. ${INCOMPLETE_PLANS}.\n\n`);
    for (const p of report.incomplete) write(`- ${cell(p.file)}: ${cell(p.reason)}\n`);
  }
  for (const s of report.skipped) write(`\nSkipped: ${cell(s.file)}: ${cell(s.reason)}\n`);
}

/** Why a report lists its incomplete plans: what they leave out is not in it. @internal */
export const INCOMPLETE_PLANS = 'Terraform stopped before planning all of the change, or planned only part of it: what the plan leaves out (resources, attachments) is not in this report, and may grant anyone more than it shows';

/** Why a report lists the module calls apart: what they create is not in it. @internal */
export const MODULE_CALLS = 'What they create (users, policies, attachments) is not read from Terraform JSON, and may grant anyone more than this report shows; a plan, from terraform show -json, holds their resources';

/**
 * `tcam access --format json`, as `docs/schemas/access.schema.json` describes it: principals as
 * data (kind, name, id, address), policies as data (name, address, file, pointer), and each row's
 * conditions as operator, key and values. @internal
 */
export function writeAccessJson(report: AccessReport, write: Write): void {
  // Written a chunk at a time, as JSON.stringify(report, null, 2) would write it whole.
  write('{\n');
  writeJsonList(write, 'principals', report.principals, false);
  writeJsonList(write, 'rows', eachRow(report), false, (r) => ({
    principal: r.principal, service: r.service, effect: r.effect, levels: r.levels, actions: r.actions, resources: r.resources,
    conditions: r.conditionList, policy: r.policyRef, path: r.path, via: r.via,
  }));
  writeJsonList(write, 'resourcePolicies', report.resourcePolicies, false);
  // Only where there are some: the output of a configuration without module calls is as it was.
  if (report.moduleCalls.length > 0) writeJsonList(write, 'moduleCalls', report.moduleCalls, false);
  if (report.incomplete) writeJsonList(write, 'incomplete', report.incomplete, false);
  writeJsonList(write, 'files', report.files, false);
  writeJsonList(write, 'skipped', report.skipped, true);
  write('}\n');
}

function grantLine(g: AccessGrant): string {
  return `${g.principal} ${g.effect} ${g.action} on ${g.resource}${g.conditions ? ` when ${g.conditions}` : ''}`;
}

/** `tcam access --diff`: what a change adds and removes, as Markdown (text) or JSON. @internal */
export function writeDiff(diff: AccessDiff, format: 'md' | 'json', write: Write): void {
  if (format === 'json') {
    write(`${JSON.stringify(diff, null, 2)}\n`);
    return;
  }
  write(`# Access changes\n\n${diff.added.length} added, ${diff.removed.length} removed\n`);
  if (diff.grantsLeftOut !== undefined) write(`\n${cell(diff.grantsLeftOut)}\n`);
  if (diff.added.length > 0) {
    write('\n## Added\n\n');
    for (const g of diff.added) write(`- ${cell(grantLine(g))}\n`);
  }
  if (diff.removed.length > 0) {
    write('\n## Removed\n\n');
    for (const g of diff.removed) write(`- ${cell(grantLine(g))}\n`);
  }
  if (diff.unknown && diff.unknown.length > 0) {
    write('\n## Not evaluated (their documents are not in the input: they may add access)\n\n');
    for (const u of diff.unknown) write(`- ${cell(u)}\n`);
  }
  writeWitnesses('New access (NEW allows, OLD did not)', diff.newAccess, 'OLD', write);
  writeWitnesses('Lost access (OLD allowed, NEW does not)', diff.lostAccess, 'NEW', write);
  if (diff.undecided && diff.undecided.length > 0) {
    write('\n## Undecided (NEW may allow more than shown)\n\n');
    for (const u of diff.undecided) write(`- ${cell(u)}\n`);
  }
}

/** Each witness request with the statements that allow it, and what the other side decides: `tcam simulate` answers the same. */
function writeWitnesses(title: string, witnesses: AccessWitness[], other: string, write: Write): void {
  write(`\n## ${title}: ${witnesses.length === 0 ? 'none' : witnesses.length}\n`);
  if (witnesses.length === 0) return;
  write('\n| Principal | Action | Resource | Context | Allowed by | ' + other + ' |\n|---|---|---|---|---|---|\n');
  for (const w of witnesses) {
    const context = Object.entries(w.request.context).map(([k, v]) => `${k}=${v.join(',')}`).join(' ');
    write(`| ${[w.principal, w.request.action, w.request.resource, context, w.allowedBy.map((s) => `${s.policy} ${s.path}`).join('; '), w.otherwise].map(cell).join(' | ')} |\n`);
  }
}

/** A word as a POSIX shell reads it back: quoted unless it holds only characters no shell treats specially. @internal */
export function shellWord(word: string): string {
  return /^[\w:/.=@,+-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

/** `tcam check`: the answer, each witness as a `tcam simulate` command would ask it, and the reasons an answer is unknown. @internal */
export function writeCheck(result: CheckResult, format: 'text' | 'json' | 'sarif', write: Write, version = 'unknown'): void {
  if (format === 'json') {
    write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  if (format === 'sarif') {
    // SARIF 2.1.0 for code scanning: a witness is an error result, a reason the answer is unknown a warning; the principal is the logical location.
    const asked = (w: AccessWitness) => `${w.principal} can call ${w.request.action} on ${w.request.resource}${Object.entries(w.request.context).map(([k, v]) => ` ${k}=${v.join(',')}`).join('')}${w.request.principal === undefined ? '' : ` as ${w.request.principal}`}, allowed by ${w.allowedBy.map((a) => `${a.policy} ${a.path}`).join('; ')}`;
    const sarif = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{
        tool: { driver: { name: 'tcam', version, informationUri: 'https://github.com/cdktf-tencentcloud-cam/cdktf-tencentcloud-cam', rules: [{ id: result.check, shortDescription: { text: `tcam check ${result.check}` } }] } },
        results: [
          ...result.witnesses.map((w) => ({ ruleId: result.check, level: 'error', message: { text: asked(w) }, logicalLocations: [{ name: w.principal, kind: 'member' }], properties: { request: w.request, allowedBy: w.allowedBy, otherwise: w.otherwise } })),
          ...result.unknown.map((u) => ({ ruleId: result.check, level: 'warning', message: { text: `unknown: ${u}` } })),
        ],
        properties: { result: result.result },
      }],
    };
    write(`${JSON.stringify(sarif, null, 2)}\n`);
    return;
  }
  write(`${result.check}: ${result.result.toUpperCase()}\n`);
  for (const w of result.witnesses) {
    write(`  ${safeText(w.principal)} can: tcam simulate ${w.simulate.map(shellWord).map(safeText).join(' ')}\n`);
    write(`    allowed by ${w.allowedBy.map((s) => `${safeText(s.policy)} ${safeText(s.path)}`).join('; ')}\n`);
  }
  for (const u of result.unknown) write(`  unknown: ${safeText(u)}\n`);
}
