// tcam access --format html: the access report as a reviewer's page, and --diff the same way. One
// self-contained file: no network, styles and the one script inline and allowed by their hashes
// (Content-Security-Policy), every value from input escaped as text, so nothing in a policy runs.
import { createHash } from 'crypto';
import { parseAction } from '../policy/action';
import { ESCALATION_ACTIONS } from '../lint/rules/privilege-escalation';
import { CompiledAction, actionMatches, compileAction } from '../simulate/simulator';
import { safeText } from '../input/safe-text';
import { AccessDiff, AccessGrant, AccessReport, AccessRow, AccessWitness } from './access';
import { INCOMPLETE_PLANS, MODULE_CALLS, boundaryLines, shellWord } from './access-output';
import { Write } from './output';

/** HTML text: control and invisible characters shown (`safeText`), and every character that could end an element or an attribute escaped. */
function h(text: string): string {
  return safeText(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The kinds of risky grant the summary counts, in the order it lists them. */
const RISKS = [
  { id: 'full', title: 'Full access', what: 'every action (`*`) on every resource' },
  { id: 'escalation', title: 'CAM write and privilege escalation', what: 'actions that attach, create or change policies, roles and boundaries' },
  { id: 'public', title: 'Anyone or any account', what: 'trust and bucket policies that let anyone in' },
  { id: 'delete', title: 'Deletion', what: 'actions that delete (Delete*)' },
] as const;
type Risk = (typeof RISKS)[number]['id'];

function bare(action: string): string {
  return action.startsWith('name/') ? action.slice(5) : action;
}

/** The risks of a row that allows: every action on every resource, CAM's escalation actions, deletion. */
function risksOf(row: { effect: string; actions: readonly string[]; resources: readonly string[] }): Risk[] {
  // An effect Terraform fills in ("unknown") may be an allow.
  if (row.effect === 'deny') return [];
  const out: Risk[] = [];
  if (row.actions.some((a) => bare(a) === '*' || bare(a) === '*:*') && row.resources.includes('*')) out.push('full');
  const compiled = row.actions.map((a) => ({ text: a, action: compileAction(a) }));
  if (compiled.some(({ action }) => action !== undefined && ESCALATION_ACTIONS.some((name) => actionMatches(action, 'cam', name)))) out.push('escalation');
  if (compiled.some(({ text, action }) => deletes(text, action))) out.push('delete');
  return out;
}

/** Whether an action as a policy writes it covers a deletion: an exact `Delete...` name, or a pattern that covers one of its service. */
function deletes(text: string, action: CompiledAction | undefined): boolean {
  if (action === undefined) return false;
  if (action.all) return true;
  const parsed = parseAction(text);
  if (!parsed) return false;
  if (/^delete/i.test(parsed.name)) return true;
  return actionMatches(action, parsed.service.includes('*') ? 'cos' : parsed.service, 'DeleteObject');
}

/** A page: its title, CSP allowing exactly its style and script, and the body. */
function page(title: string, body: string, script: string): string {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${hash(STYLE)}; script-src ${script === '' ? "'none'" : hash(script)}; img-src 'none'; base-uri 'none'; form-action 'none'">
<title>${h(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
${script === '' ? '' : `<script>${script}</script>\n`}</body>
</html>
`;
}

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em; color: #1f2328; }
h1 { margin: 0 0 .2em; } h2 { margin: 1.4em 0 .5em; border-bottom: 1px solid #d0d7de; }
.meta { color: #59636e; margin: 0 0 1em; }
.cards { display: flex; flex-wrap: wrap; gap: .6em; margin: 0 0 1em; padding: 0; list-style: none; }
.cards li { border: 1px solid #d0d7de; border-radius: 6px; padding: .4em .8em; min-width: 7em; }
.cards b { display: block; font-size: 1.4em; }
.risk { border-left: 4px solid #cf222e; padding: .2em .6em; margin: .4em 0; }
.risk.none { border-color: #1a7f37; }
.wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
#access { min-width: 64em; }
th, td { border: 1px solid #d0d7de; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; white-space: nowrap; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; white-space: nowrap; }
th button:focus-visible, summary:focus-visible, a:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
td { overflow-wrap: anywhere; min-width: 4em; }
td.wide { min-width: 14em; }
.address { display: block; color: #59636e; font-size: .88em; }
td.effect, td.service, td.levels { white-space: nowrap; }
td.deny, .removed-mark { color: #cf222e; font-weight: bold; }
.via { display: inline-block; color: #59636e; font-size: .9em; }
.tag { display: inline-block; background: #ffebe9; color: #82071e; border-radius: 1em; padding: 0 .5em; font-size: .85em; margin: 0 .2em .2em 0; white-space: nowrap; }
ul.actions { margin: .3em 0 0; padding-left: 1.2em; }
#controls { margin: 0 0 1em; display: flex; flex-wrap: wrap; gap: 1em; align-items: center; }
tr.added td { background: #e6ffec; } tr.removed td { background: #ffebe9; }
code { font-family: ui-monospace, monospace; font-size: .92em; }
svg { max-width: 100%; height: auto; border: 1px solid #d0d7de; border-radius: 6px; }
svg text { font: 11px system-ui, sans-serif; fill: #1f2328; }
svg .edge { stroke: #8c959f; fill: none; } svg .edge.risky { stroke: #cf222e; stroke-width: 2; }
svg .node { fill: #f6f8fa; stroke: #8c959f; } svg .node.risky { stroke: #cf222e; stroke-width: 2; }
`;

/** Sorting by a column's button (a click, Enter or Space), and filtering by text and effect. */
const SCRIPT = `(function () {
  var table = document.getElementById('access');
  if (!table) return;
  var body = table.tBodies[0];
  var filter = document.getElementById('filter');
  var effect = document.getElementById('effect');
  var count = document.getElementById('count');
  function apply() {
    var text = filter.value.toLowerCase();
    var shown = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var ok = (!text || row.textContent.toLowerCase().indexOf(text) >= 0) && (!effect.value || row.getAttribute('data-effect') === effect.value);
      row.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + ' of ' + body.rows.length + ' rows';
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
    th.querySelector('button').addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column].getAttribute('data-sort') || a.cells[column].textContent;
        var y = b.cells[column].getAttribute('data-sort') || b.cells[column].textContent;
        return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  filter.addEventListener('input', apply);
  effect.addEventListener('change', apply);
  apply();
})();`;

const HEADERS = ['Principal', 'Service', 'Effect', 'Access', 'Actions', 'Resources', 'Conditions', 'Policy'];

/** One row of the page: the report's rows of one principal, service, effect, conditions and group, merged. */
interface PageRow {
  readonly principal: string;
  readonly service: string;
  readonly effect: string;
  readonly via: string | null;
  readonly levels: string[];
  readonly actions: string[];
  readonly resources: string[];
  readonly conditions: string[];
  /** Each statement's policy and pointer, as HTML (escaped). */
  readonly policies: string[];
  readonly risks: Risk[];
}

function merge(rows: readonly AccessRow[], risks: ReadonlyMap<AccessRow, Risk[]>): PageRow[] {
  const groups = new Map<string, AccessRow[]>();
  for (const r of rows) {
    const key = JSON.stringify([r.principal, r.service, r.effect, r.via, r.conditionList]);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0];
    const union = (f: (r: AccessRow) => readonly string[]) => [...new Set(list.flatMap(f))];
    const actions = union((r) => r.actions);
    const resources = union((r) => r.resources);
    return {
      principal: first.principal, service: first.service, effect: first.effect, via: first.via,
      levels: ['list', 'read', 'write'].filter((l) => list.some((r) => r.levels.includes(l))),
      actions, resources, conditions: first.conditions,
      policies: list.map((r) => `<div>${h(r.policyRef.name)} <code>${h(r.path)}</code>${r.policyRef.address ? `<span class="address">${h(r.policyRef.address)}</span>` : ''}</div>`),
      risks: [...new Set(list.flatMap((r) => risks.get(r)!))],
    };
  });
}

/** Long lists collapsed: `51 actions (list, read)`, each listed when opened. */
function list(items: readonly string[], noun: string, levels?: readonly string[]): string {
  if (items.length === 0) return '(none)';
  if (items.length <= 4) return items.map((i) => `<code>${h(i)}</code>`).join('<br>');
  return `<details><summary>${items.length} ${noun}${levels && levels.length > 0 ? ` (${levels.join(', ')})` : ''}</summary><ul class="actions">${items.map((i) => `<li><code>${h(i)}</code></li>`).join('')}</ul></details>`;
}

/** The access graph: principals, groups, roles and policies, with the edges that carry risky grants in red; none past `MAX_NODES`. */
const MAX_NODES = 240;

function graph(report: AccessReport, riskyPolicies: ReadonlySet<string>): string {
  const columns: string[][] = [[], [], []];
  const column = new Map<string, number>();
  const place = (name: string, at: number) => {
    if (!column.has(name)) {
      column.set(name, at);
      columns[at].push(name);
    }
  };
  const edges = new Map<string, { from: string; to: string; risky: boolean }>();
  const edge = (from: string, to: string, risky: boolean) => {
    const key = `${from}\u0000${to}`;
    const e = edges.get(key);
    if (e) edges.set(key, { ...e, risky: e.risky || risky });
    else edges.set(key, { from, to, risky });
  };
  for (const p of report.principals) {
    if (p.kind === 'none') continue;
    place(p.principal, p.kind === 'user' ? 0 : 1);
    for (const g of p.groups) {
      place(g, 1);
      edge(p.principal, g, false);
    }
    for (const policy of p.policies) {
      const name = `policy ${policy.name}`;
      place(name, 2);
      edge(policy.group ?? p.principal, name, riskyPolicies.has(policy.name));
    }
  }
  for (const r of report.resourcePolicies) {
    if (r.kind !== 'trust') continue;
    const role = r.label.replace(/ \(who may assume it\).*$/, '');
    place(role, 1);
    for (const who of r.principals) {
      place(who, 0);
      edge(who, role, r.public && ['*', 'qcs::cam::anyone:anyone', 'qcs::cam::anonymous:anonymous'].includes(who));
    }
  }
  const total = columns.reduce((n, c) => n + c.length, 0);
  if (total === 0) return '<p>No principal holds a policy.</p>';
  if (total > MAX_NODES) return `<p>The graph is left out: ${total} principals, groups, roles and policies, more than ${MAX_NODES} draw legibly. The table below lists them all.</p>`;
  const W = 300;
  const X = [10, 10 + W + 60, 10 + 2 * (W + 60)];
  const y = (name: string) => 20 + columns[column.get(name)!].indexOf(name) * 28;
  const height = 30 + Math.max(...columns.map((c) => c.length)) * 28;
  const short = (name: string) => (name.length > 44 ? `${name.slice(0, 43)}\u2026` : name);
  const riskyNode = (name: string) => [...edges.values()].some((e) => e.risky && (e.from === name || e.to === name));
  const nodes = columns.flatMap((c, i) => c.map((name) => `<g><title>${h(name)}</title><rect class="node${riskyNode(name) ? ' risky' : ''}" x="${X[i]}" y="${y(name) - 11}" width="${W}" height="20" rx="4"></rect><text x="${X[i] + 6}" y="${y(name) + 3}">${h(short(name))}</text></g>`));
  const lines = [...edges.values()].map((e) => {
    const a = column.get(e.from)!;
    const b = column.get(e.to)!;
    const x1 = X[a] + W;
    const x2 = X[b];
    return `<path class="edge${e.risky ? ' risky' : ''}" d="M${x1} ${y(e.from)} C${x1 + 30} ${y(e.from)} ${x2 - 30} ${y(e.to)} ${x2} ${y(e.to)}"></path>`;
  });
  return `<svg role="img" aria-label="Access graph: principals, groups and roles, and the policies they hold" viewBox="0 0 ${X[2] + W + 10} ${height}" width="${X[2] + W + 10}" height="${height}" xmlns="http://www.w3.org/2000/svg">${lines.join('')}${nodes.join('')}</svg>`;
}

/** When the page was made: `SOURCE_DATE_EPOCH` (seconds) when set, so that builds and tests are reproducible. */
export function generatedAt(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const ms = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function filesSection(report: { files: readonly string[]; skipped: ReadonlyArray<{ file: string; reason: string }> }): string {
  const read = `<details><summary>${report.files.length} ${report.files.length === 1 ? 'file' : 'files'} read</summary><ul>${report.files.map((f) => `<li><code>${h(f)}</code></li>`).join('')}</ul></details>`;
  const skipped = report.skipped.length === 0 ? '' : `<details><summary>${report.skipped.length} skipped</summary><ul>${report.skipped.map((s) => `<li><code>${h(s.file)}</code>: ${h(s.reason)}</li>`).join('')}</ul></details>`;
  return read + skipped;
}

/** `tcam access --format html`. @internal */
export function writeAccessHtml(report: AccessReport, write: Write, generated = generatedAt()): void {
  const risks = new Map(report.rows.map((r) => [r, risksOf(r)] as const));
  const rows = merge(report.rows, risks);
  const byRisk = new Map<Risk, string[]>(RISKS.map((r) => [r.id, []]));
  rows.forEach((r, i) => { for (const risk of r.risks) byRisk.get(risk)!.push(`<a href="#row-${i}">${h(r.principal)}: ${h(r.service)}</a>`); });
  report.resourcePolicies.forEach((r, i) => { if (r.public) byRisk.get('public')!.push(`<a href="#trust-${i}">${h(r.label)}</a>`); });
  const riskyPolicies = new Set(report.rows.filter((r) => risks.get(r)!.length > 0).map((r) => r.policyRef.name));
  const policies = new Set(report.principals.flatMap((p) => p.policies.map((x) => `${x.file} ${x.address ?? x.name}`)));
  const attachments = new Set(report.principals.flatMap((p) => p.policies.filter((x) => x.via !== '' && x.group === null).map((x) => x.via)));
  const principals = report.principals.filter((p) => p.kind !== 'none');
  const cards = [['principals', principals.length], ['policies', policies.size], ['attachments', attachments.size], ['files read', report.files.length], ['skipped', report.skipped.length]]
    .map(([label, n]) => `<li><b>${n}</b>${label}</li>`).join('');
  const riskList = RISKS.map((r) => {
    const found = byRisk.get(r.id)!;
    return `<div class="risk${found.length === 0 ? ' none' : ''}" id="risk-${r.id}"><b>${h(r.title)}: ${found.length}</b> <span class="meta">(${h(r.what)})</span>${found.length > 0 ? `<br>${found.join(', ')}` : ''}</div>`;
  }).join('\n');
  const body = rows.map((r, i) => {
    const principal = `${h(r.principal)}${r.via ? `<br><span class="via">via ${h(r.via)}</span>` : ''}`;
    const tags = r.risks.map((risk) => `<span class="tag">${h(RISKS.find((x) => x.id === risk)!.title)}</span>`).join('');
    return `<tr id="row-${i}" data-effect="${h(r.effect)}"><td data-sort="${h(r.principal)}">${principal}</td><td class="service">${h(r.service)}</td><td class="effect ${h(r.effect)}">${h(r.effect)}</td><td class="levels">${h(r.levels.join(', ') || '-')}</td><td data-sort="${h(r.actions.join(' '))}">${tags}${list(r.actions, 'actions', r.levels)}</td><td class="wide">${list(r.resources, 'resources')}</td><td>${r.conditions.length === 0 ? '-' : r.conditions.map((c) => `<code>${h(c)}</code>`).join('<br>')}</td><td class="wide">${r.policies.join('')}</td></tr>`;
  }).join('\n');
  const trust = report.resourcePolicies.length === 0 ? '' : `<h2>Who may assume each role, and whom each bucket policy lets in</h2>
<ul>${report.resourcePolicies.map((r, i) => `<li id="trust-${i}">${r.public ? '<span class="tag">Anyone or any account</span>' : ''}<b>${h(r.label)}</b>: ${r.principals.length === 0 ? 'no principal named' : r.principals.map((p) => `<code>${h(p)}</code>`).join(', ')}</li>`).join('')}</ul>`;
  const opaque = report.principals.flatMap((p) => p.opaque.map((o) => `<li>${h(p.principal)}: ${h(o)}</li>`)).join('');
  const bounds = boundaryLines(report).map((line) => `<li>${h(line)}</li>`).join('');
  const calls = report.moduleCalls.map((m) => `<li>${h(m.label)}</li>`).join('');
  const incomplete = (report.incomplete ?? []).map((p) => `<li>${h(p.file)}: ${h(p.reason)}</li>`).join('');
  write(page('CAM access', `<h1>CAM access</h1>
<p class="meta">Made ${h(generated)} by tcam access. ${filesSection(report)}</p>
<section id="summary" aria-label="Summary">
<ul class="cards">${cards}</ul>
<h2>Risky grants</h2>
${riskList}
</section>
<h2>Access graph</h2>
<p class="meta">Users and trusted principals, then groups and roles, then policies; red: what carries a risky grant.</p>
${graph(report, riskyPolicies)}
<h2>Who can do what</h2>
<p class="meta">One row per principal and service (statements with the same conditions merged); long lists open when clicked. Sort with a column's button (click, Enter or Space); filter by text or effect.</p>
<div id="controls">
<label>Filter <input id="filter" type="search" placeholder="principal, action, resource..."></label>
<label>Effect <select id="effect"><option value="">any</option><option value="allow">allow</option><option value="deny">deny</option></select></label>
<span id="count" aria-live="polite"></span>
</div>
<div class="wrap"><table id="access">
<thead><tr>${HEADERS.map((x) => `<th scope="col"><button type="button">${x}</button></th>`).join('')}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>
${trust}
${opaque ? `<h2>Not evaluated</h2>\n<ul id="opaque">${opaque}</ul>` : ''}${calls ? `\n<h2>Module calls</h2>\n<p>${h(MODULE_CALLS)}.</p>\n<ul id="module-calls">${calls}</ul>` : ''}${incomplete ? `\n<h2>Incomplete plans</h2>\n<p>${h(INCOMPLETE_PLANS)}.</p>\n<ul id="incomplete">${incomplete}</ul>` : ''}${bounds ? `\n<h2>Permission boundaries</h2>\n<p>The most each may do: it is allowed what both its policies and its boundary allow.</p>\n<ul id="boundaries">${bounds}</ul>` : ''}`, SCRIPT));
}

function grantRow(g: AccessGrant, kind: 'added' | 'removed'): string {
  return `<tr class="${kind}"><td>${kind === 'added' ? '+' : '<span class="removed-mark">-</span>'}</td><td>${h(g.principal)}</td><td class="effect ${h(g.effect)}">${h(g.effect)}</td><td><code>${h(g.action)}</code></td><td><code>${h(g.resource)}</code></td><td>${g.conditions ? `<code>${h(g.conditions)}</code>` : '-'}</td></tr>`;
}

function witnessTable(id: string, witnesses: readonly AccessWitness[], other: string, kind: 'added' | 'removed'): string {
  if (witnesses.length === 0) return '<p>None.</p>';
  const rows = witnesses.map((w) => {
    const context = Object.entries(w.request.context).map(([k, v]) => `${k}=${v.join(',')}`).join(' ');
    return `<tr class="${kind}"><td>${h(w.principal)}</td><td><code>${h(w.request.action)}</code></td><td><code>${h(w.request.resource)}</code></td><td>${context ? `<code>${h(context)}</code>` : '-'}</td><td>${w.allowedBy.map((s) => h(`${s.policy} ${s.path}`)).join('<br>')}</td><td>${h(w.otherwise)}</td><td><code>tcam simulate ${h(w.simulate.map(shellWord).join(' '))}</code></td></tr>`;
  }).join('\n');
  return `<div class="wrap"><table id="${id}"><thead><tr>${['Principal', 'Action', 'Resource', 'Context', 'Allowed by', other, 'Ask it'].map((x) => `<th scope="col">${x}</th>`).join('')}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
}

/** `tcam access --diff --format html`: what a change adds (green) and removes (red), each new request shown. @internal */
export function writeDiffHtml(diff: AccessDiff, write: Write, generated = generatedAt()): void {
  const cards = [['new access', diff.newAccess.length], ['lost access', diff.lostAccess.length], ['grants added', diff.added.length], ['grants removed', diff.removed.length], ['not evaluated', diff.unknown?.length ?? 0], ['undecided', diff.undecided?.length ?? 0]]
    .map(([label, n]) => `<li><b>${n}</b>${label}</li>`).join('');
  const grants = [...diff.added.map((g) => grantRow(g, 'added')), ...diff.removed.map((g) => grantRow(g, 'removed'))].join('\n');
  const notes = (title: string, items: readonly string[] | undefined) => (items && items.length > 0 ? `<h2>${h(title)}</h2><ul>${items.map((u) => `<li>${h(u)}</li>`).join('')}</ul>` : '');
  write(page('CAM access changes', `<h1>CAM access changes</h1>
<p class="meta">Made ${h(generated)} by tcam access --diff OLD NEW.</p>
<section id="summary" aria-label="Summary"><ul class="cards">${cards}</ul></section>
<h2>New access: requests NEW allows and OLD did not</h2>
${witnessTable('new-access', diff.newAccess, 'OLD', 'added')}
<h2>Lost access: requests OLD allowed and NEW does not</h2>
${witnessTable('lost-access', diff.lostAccess, 'NEW', 'removed')}
${notes('Not evaluated (their documents are not in the input: they may add access)', diff.unknown)}
${notes('Undecided (NEW may allow more than shown)', diff.undecided)}
<h2>Grants as written</h2>
${diff.grantsLeftOut === undefined ? '' : `<p id="grants-left-out">${h(diff.grantsLeftOut)}</p>\n`}${grants ? `<div class="wrap"><table id="grants"><thead><tr>${['', 'Principal', 'Effect', 'Action', 'Resource', 'Conditions'].map((x) => `<th scope="col">${x}</th>`).join('')}</tr></thead><tbody>\n${grants}\n</tbody></table></div>` : '<p>None added or removed.</p>'}`, DIFF_SCRIPT));
}

/** The diff page runs no script: its CSP allows none. */
const DIFF_SCRIPT = '';
