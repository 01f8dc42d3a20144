import { isoTime, parseOperator } from '../policy/condition';
import { pushAll } from '../policy/finding';
import { longRegionCode } from '../policy/region';
import { splitSegments } from '../policy/resource';
import { hasPolicyVariable, replaceVariables } from '../policy/variables';
import { Cell, Domain, Pattern, Step, Work, cellsOf, globSteps } from './cells';
import { parseIp } from './conditions';
import { CompiledAction, CompiledStatement, Decision, SimulationRequest, StatementRef, actionCovers, actionMatches, compileAction, evaluate, isPending, principalCovers, requestAction, resourceMatches } from './simulator';
import { parseAction } from '../policy/action';
import { wildcardsIntersect } from '../policy/wildcard';

/**
 * Whether one set of statements allows a request another does not, decided over every request
 * (action, resource, condition context), offline. Each kind of value a statement tests is cut into
 * cells: strings two statements can never tell apart (`cells.ts` for wildcard patterns; intervals
 * for numbers, times and addresses). One request per combination of cells stands for all requests
 * of it, and the simulator (`evaluate`) answers each: the reasoner only chooses the requests, every
 * rule of CAM stays the simulator's. Where a value cannot be cut so (a policy variable, a key with
 * many values, a value known only when Terraform runs), the answer names why it is unknown, never
 * a wrong "no".
 * @internal
 */

/** A request `after` allows and `before` does not, and the statements of `after` that allow it. */
export interface Witness {
  readonly request: SimulationRequest;
  /** What `before` decides for it: IMPLICIT_DENY or EXPLICIT_DENY. */
  readonly before: Decision;
  readonly allowedBy: StatementRef[];
}

/**
 * Why a module call of Terraform JSON is undecided: what it creates is not read (a plan holds it).
 * @internal
 */
export const MODULE_NOT_READ = 'what the module creates (users, policies, attachments) is not read from Terraform JSON; give the plan (terraform show -json), which holds its resources';

/** What `after` allows that `before` does not: witnesses (at most one per allowing statement), and why the answer may be incomplete. */
export interface Comparison {
  readonly witnesses: Witness[];
  /** Why requests beyond the witnesses cannot be ruled out; empty when the answer is exact. */
  readonly unknown: string[];
}

/**
 * The steps a comparison may take (`Work`): a base, and as many for each value of the statements it
 * compares (an action, a resource, a condition value, a principal). Past them the answer is unknown,
 * with the part that ran out named: its time stays linear in its input, whatever the wildcards.
 */
const BASE_STEPS = 10_000_000;
const STEPS_PER_VALUE = 1_000;

/** The values of statements, as the allowance counts them. */
function valuesOf(statements: readonly CompiledStatement[]): number {
  let n = 0;
  for (const s of statements) {
    n += 1 + s.actions.length + s.resources.length + (s.principals?.values.length ?? 0);
    for (const c of s.conditions) n += 1 + c.values.length;
  }
  return n;
}

/** A comparison's steps, the statements it compares aside: one `Work` for one answer, shared by its questions. */
export function newWork(): Work {
  return new Work(BASE_STEPS);
}

/** Why an answer is unknown when its steps ran out while `what`. */
function outOfSteps(what: string, work: Work, why = 'wildcards whose combinations multiply'): string {
  return `${what} take more than ${work.allowance} steps to decide offline (${why})`;
}

/** Why the requests to ask run out: their contexts are the combinations of every condition key's values too. */
const REQUESTS_MULTIPLY = 'wildcards, or condition keys, whose combinations multiply';


/** Actions as CAM reads a request's: `service:Name`, the service from a letter on, lowercase (matching ignores case). */
const ACTION_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_-';
const ACTION_DOMAIN: Domain = {
  // 0 start, 1 in the service, 2 after ':', 3 in the name.
  start: 0,
  step(state, ch) {
    const letter = ch >= 'a' && ch <= 'z';
    const word = letter || (ch >= '0' && ch <= '9') || ch === '_';
    if (state === 0) return letter ? 1 : -1;
    if (state === 1) return ch === ':' ? 2 : word || ch === '-' ? 1 : -1;
    return word ? 3 : -1;
  },
  accepts: (state) => state === 3,
  fresh: [...ACTION_CHARS, ':'],
};

/** Characters no policy is likely to name, for the strings of an open alphabet (resources, condition values). */
const OPEN_FRESH = ['x', 'q', '~', '\u00b7'];

/** Resources: any non-empty string; the regime is whether it has six segments (five colons), which decides how a pattern reads it. */
const RESOURCE_DOMAIN: Domain = {
  // state = colons (at most 5) * 2 + non-empty.
  start: 0,
  step: (state, ch) => Math.min(5, (state >> 1) + (ch === ':' ? 1 : 0)) * 2 + 1,
  accepts: (state) => (state & 1) === 1,
  regime: (state) => (state >> 1 === 5 ? 6 : 0),
  fresh: [...OPEN_FRESH, ':'],
};

/** A requester no policy names: the principal of an account no statement mentions. */
const OTHER = 'qcs::cam::uin/100000000999:uin/100000000999';

const ANY_STRING: Domain = { start: 0, step: () => 0, accepts: () => true, fresh: OPEN_FRESH };

const SEGMENT_STAR: Step = { star: true, stop: ':' };
const ANY: Step = { star: true, stop: '' };
const colon: Step = { chars: ':' };

/**
 * A resource pattern as the simulator reads it (`resourceMatches`), as steps: six segments read
 * segment by segment when the request has six (the project ignored, an empty service or region any,
 * a region by its long code, an empty account any or the owner's), else the whole text as one
 * wildcard.
 */
function resourcePattern(values: readonly string[], owner: string | undefined): Pattern {
  const branches: Array<{ steps: Step[]; regime?: number }> = [];
  for (const value of values) {
    if (value === '*') {
      branches.push({ steps: [ANY] });
      continue;
    }
    const p = splitSegments(value);
    if (p.length < 6) {
      branches.push({ steps: globSteps(value, '', false) });
      continue;
    }
    branches.push({ steps: globSteps(value, '', false), regime: 0 });
    const head: Step[] = [SEGMENT_STAR, colon, SEGMENT_STAR, colon,
      ...(p[2] === '' ? [SEGMENT_STAR] : globSteps(p[2], ':', true)), colon,
      ...(p[3] === '' ? [SEGMENT_STAR] : globSteps(longRegionCode(p[3]), ':', false)), colon];
    const tail: Step[] = [colon, ...globSteps(p[5], '', false)];
    const accounts = p[4] === '' || p[4] === 'uin/' ? (owner === undefined ? [[SEGMENT_STAR]] : [[], globSteps(`uin/${owner}`, ':', false)]) : [globSteps(p[4], ':', false)];
    for (const account of accounts) branches.push({ steps: [...head, ...account, ...tail], regime: 6 });
  }
  return { branches };
}

function actionPattern(actions: readonly CompiledAction[]): Pattern {
  return {
    branches: actions.map((a) => ({
      steps: a.all ? [ANY] : [...globSteps(a.service!.pieces.join('*'), ':', false), colon, ...globSteps(a.name!.pieces.join('*'), ':', false)],
    })),
  };
}

/** The family of an operator: how its values are compared. */
function familyOf(base: string): string {
  if (base === 'null_equal') return 'null';
  if (base.startsWith('numeric_')) return 'numeric';
  if (base.startsWith('date_')) return 'date';
  if (base.startsWith('ip_')) return 'ip';
  return 'string';
}

interface KeyValues {
  readonly family: Set<string>;
  readonly patterns: Pattern[];
  readonly values: string[];
  /** The different conditions on the key (operator and values): a request needs at most one value for each to show any of their outcomes. */
  readonly conditions: Set<string>;
}

/** Past this many lists of values for one key, the answer is unknown. */
const LIST_BUDGET = 5_000;

/**
 * The lists of values a request may give a key, one per outcome the conditions on it can have:
 * every set of at most `size` cells. A condition holds for a list when one value fits it (or, with
 * `for_all_value:`, every value does); whatever a longer list does, a list of one value per
 * condition (the one that fits, or the one that does not) does too.
 */
function lists(cells: readonly string[], size: number): string[][] | undefined {
  const out: string[][] = [];
  const pick = (from: number, chosen: string[]): boolean => {
    if (chosen.length > 0) {
      out.push([...chosen]);
      if (out.length > LIST_BUDGET) return false;
    }
    if (chosen.length === size) return true;
    for (let i = from; i < cells.length; i++) {
      chosen.push(cells[i]);
      if (!pick(i + 1, chosen)) return false;
      chosen.pop();
    }
    return true;
  };
  // Shorter lists first: a witness is the simplest request that shows the difference.
  return pick(0, []) ? out.sort((a, b) => a.length - b.length) : undefined;
}

/** A value of each cell of the numbers (or times) a key is compared with: each, one between each two, one beyond each end. */
function numberCells(constants: number[]): number[] {
  const sorted = [...new Set(constants)].sort((a, b) => a - b);
  if (sorted.length === 0) return [0];
  const out = [sorted[0] - 1];
  sorted.forEach((c, i) => {
    out.push(c);
    out.push(i + 1 < sorted.length ? (c + sorted[i + 1]) / 2 : c + 1);
  });
  return out;
}

function bytesToBig(bytes: number[]): bigint {
  return bytes.reduce((n, b) => (n << 8n) | BigInt(b), 0n);
}

function bigToIp(n: bigint, length: number): string {
  const bytes: number[] = [];
  for (let i = 0; i < length; i++) bytes.unshift(Number((n >> BigInt(8 * i)) & 0xffn));
  if (length === 4) return bytes.join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
  return groups.join(':');
}

/** A value of each cell of the address blocks a key is compared with: each block's first address and the one after its last, per family. */
function ipCells(blocks: string[]): string[] {
  const out = new Set<string>(['x']);
  for (const length of [4, 16]) {
    const bits = BigInt(length * 8);
    const top = 1n << bits;
    const points = new Set<bigint>([0n]);
    for (const block of blocks) {
      const slash = block.indexOf('/');
      const net = parseIp(slash >= 0 ? block.slice(0, slash) : block);
      if (!net || net.length !== length) continue;
      const prefixText = slash >= 0 ? block.slice(slash + 1) : String(length * 8);
      if (!/^\d{1,3}$/.test(prefixText) || BigInt(prefixText) > bits) continue;
      const hostBits = bits - BigInt(prefixText);
      const start = (bytesToBig(net) >> hostBits) << hostBits;
      points.add(start);
      const after = start + (1n << hostBits);
      if (after < top) points.add(after);
    }
    for (const p of points) out.add(bigToIp(p, length));
  }
  return [...out];
}

function isoOf(ms: number): string {
  const clamped = Math.min(Math.max(ms, 0), 253402300799999);
  return new Date(clamped).toISOString();
}

/** The values a request may give a key, absent included (undefined); or why the key cannot be cut into cells. */
function keyCells(k: KeyValues, work: Work): Array<string[] | undefined> | string {
  const values = valueCells(k, work);
  if (typeof values === 'string') return values;
  const all = lists(values, Math.max(1, k.conditions.size));
  if (!all) return `its values make more than ${LIST_BUDGET} lists`;
  return [undefined, ...all];
}

/** One value of each cell of the key's values; or why the key cannot be cut into cells. */
function valueCells(k: KeyValues, work: Work): string[] | string {
  const families = [...k.family].filter((f) => f !== 'null');
  if (families.length > 1) return `the key is compared as ${families.join(' and as ')}: its values are not cut into cells across types`;
  const out: string[] = [];
  switch (families[0]) {
    case undefined: out.push('x'); break;
    case 'numeric': for (const n of numberCells(k.values.filter((v) => v.trim() !== '' && Number.isFinite(Number(v))).map(Number))) out.push(String(n)); out.push('x'); break;
    case 'date': for (const n of numberCells(k.values.map(isoTime).filter((v): v is number => v !== undefined))) out.push(isoOf(Math.floor(n))); out.push('x'); break;
    case 'ip': out.push(...ipCells(k.values)); break;
    default: {
      const cells = cellsOf(k.patterns, ANY_STRING, work);
      if (!cells) return outOfSteps('its values\' cells', work);
      for (const c of cells) out.push(c.text);
    }
  }
  return out;
}

function conditionPattern(base: string, value: string): Pattern {
  const ignoreCase = base.includes('ignore_case') || base === 'bool_equal';
  const steps = base.includes('like') ? globSteps(value, '', false) : [...value].map((ch) => ({ chars: ignoreCase && ch.toLowerCase() !== ch.toUpperCase() ? ch.toLowerCase() + ch.toUpperCase() : ch }));
  return { branches: [{ steps }] };
}

/** The statements whose actions cover an action: exact names by lookup, the rest matched. */
function actionIndex(statements: readonly CompiledStatement[]): (action: string) => number[] {
  const exact = new Map<string, number[]>();
  const other: Array<{ i: number; s: CompiledStatement }> = [];
  statements.forEach((s, i) => {
    let wild = false;
    for (const a of s.actions) {
      if (!a.all && a.service!.exact && a.name!.exact) {
        const key = `${a.service!.pieces[0]}:${a.name!.pieces[0]}`;
        const list = exact.get(key) ?? [];
        if (list[list.length - 1] !== i) list.push(i);
        exact.set(key, list);
      } else wild = true;
    }
    if (wild) other.push({ i, s });
  });
  return (text) => {
    const parsed = requestAction(text)!;
    const found = new Set(exact.get(`${parsed.service}:${parsed.name.toLowerCase()}`) ?? []);
    for (const { i, s } of other) if (s.actions.some((a) => actionMatches(a, parsed.service, parsed.name))) found.add(i);
    return [...found].sort((a, b) => a - b);
  };
}

/** Groups values by the statements they reach, one value per group. */
function groupBy<T>(values: readonly T[], reach: (v: T) => number[]): Array<{ value: T; reach: number[] }> {
  const groups = new Map<string, { value: T; reach: number[] }>();
  for (const value of values) {
    const r = reach(value);
    const key = r.join(',');
    if (!groups.has(key)) groups.set(key, { value, reach: r });
  }
  return [...groups.values()];
}

export interface CompareOptions {
  /** Only requests for actions this covers, as a policy writes an action (`cam:*`, `cos:GetObject`). */
  readonly action?: string;
  /** Only requests on resources this covers, as a policy writes a resource. */
  readonly resource?: string;
  /** Stop after this many witnesses. @default 20 */
  readonly limit?: number;
}

/**
 * Numbers for statements, made once per comparison: the same number for statements that allow the
 * same requests (`statementKey`), and, apart, for statements that allow the same requests of an
 * action they both cover (the same key but their actions).
 */
export class StatementIds {
  private readonly whole = new Map<CompiledStatement, number>();
  private readonly rest = new Map<CompiledStatement, number>();
  private readonly byKey = new Map<string, number>();

  private number(cache: Map<CompiledStatement, number>, s: CompiledStatement, key: () => string): number {
    let id = cache.get(s);
    if (id === undefined) {
      const k = key();
      id = this.byKey.get(k) ?? this.byKey.set(k, this.byKey.size).get(k)!;
      cache.set(s, id);
    }
    return id;
  }

  /**
   * Whether two lists hold the same statements, in any order (`butActions`: the same but for their
   * actions); a statement with a value Terraform fills in is never the same as another (the values
   * may differ).
   */
  public same(a: readonly CompiledStatement[], b: readonly CompiledStatement[], butActions = false): boolean {
    if (a.length !== b.length || a.some(filledIn) || b.some(filledIn)) return false;
    const id = (s: CompiledStatement) => (butActions ? this.number(this.rest, s, () => `rest ${statementKey(s, false)}`) : this.number(this.whole, s, () => statementKey(s, true)));
    const sorted = (xs: readonly CompiledStatement[]) => xs.map(id).sort((x, y) => x - y);
    const x = sorted(a);
    const y = sorted(b);
    return x.every((n, i) => n === y[i]);
  }
}

/** Whether Terraform fills in a value of the statement: then it is never the same as another, even one written alike (the values may differ). */
function filledIn(s: CompiledStatement): boolean {
  return s.unknown.length > 0 || s.undecided !== undefined;
}

/** The `svc:name` (lowercase) of each exact action of a statement. */
function exactKeys(s: CompiledStatement): string[] {
  return s.actions.filter((a) => !a.all && a.service!.exact && a.name!.exact).map((a) => `${a.service!.pieces[0]}:${a.name!.pieces[0]}`);
}

/**
 * The requests `after` allows and `before` does not: a witness for each statement of `after` that
 * allows some such request (up to `limit`), and why more may exist where the answer is not exact.
 *
 * A request's action decides which statements can apply to it, so the question is asked apart for
 * each action some statement names exactly (with the statements naming it, and those whose
 * wildcards cover it), and once for every other action (with the wildcard statements): an action
 * whose statements are the same on both sides is not asked about. Exact, as asking all at once:
 * a statement that cannot match a request's action takes no part in its decision.
 */
export function compareStatements(before: readonly CompiledStatement[], after: readonly CompiledStatement[], options: CompareOptions = {}, ids = new StatementIds(), work = newWork()): Comparison {
  work.grant(STEPS_PER_VALUE * (valuesOf(before) + valuesOf(after)));
  const live = (xs: readonly CompiledStatement[]) => xs.filter((s) => !s.refused);
  const sides = [live(before), live(after)];
  const place = sides.map((xs) => new Map(xs.map((s, i) => [s, i])));
  const groups = new Map<string, CompiledStatement[][]>();
  const wild = sides.map((xs) => xs.filter((s) => s.actions.some((a) => a.all || !a.service!.exact || !a.name!.exact)));
  sides.forEach((xs, side) => {
    for (const s of xs) {
      for (const key of new Set(exactKeys(s))) {
        const group = groups.get(key) ?? groups.set(key, [[], []]).get(key)!;
        group[side].push(s);
      }
    }
  });
  const limit = options.limit ?? 20;
  const witnesses: Witness[] = [];
  const unknown = new Set<string>();
  // A statement whose effect, action, or condition operator or key Terraform fills in reaches requests
  // no cell here stands for: an allow of after, or a deny of before (either, for an effect), may reach more.
  [before, after].forEach((xs, side) => {
    for (const s of xs) {
      if (s.undecided === undefined || !(s.laterEffect || s.effect === (side === 1 ? 'allow' : 'deny'))) continue;
      if (options.action !== undefined && !s.written.some((w) => isPending(w) || mayMeet(w, options.action!))) continue;
      unknown.add(`${s.policy} ${s.path}: ${s.undecided}`);
    }
  });
  const ask = (then: CompiledStatement[], now: CompiledStatement[], scope: CompareOptions & { exclude?: ReadonlySet<string> }) => {
    if (witnesses.length >= limit) return;
    const r = decide(then, now, { ...scope, limit: limit - witnesses.length }, work);
    pushAll(witnesses, r.witnesses);
    for (const u of r.unknown) unknown.add(u);
  };
  for (const [key, [then, now]] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (witnesses.length >= limit) break;
    if (options.action !== undefined && !actionCovers(options.action, key)) continue;
    const colon = key.indexOf(':');
    const covers = (s: CompiledStatement) => s.actions.some((a) => actionMatches(a, key.slice(0, colon), key.slice(colon + 1)));
    // In the order of the statements given, so that witnesses name the allowing statements as the simulator does.
    const of = (side: number, named: CompiledStatement[]) => [...new Set([...named, ...wild[side].filter(covers)])].sort((x, y) => place[side].get(x)! - place[side].get(y)!);
    if (!work.spend(1 + wild[0].length + wild[1].length)) {
      unknown.add(outOfSteps('the actions named', work));
      break;
    }
    const x = of(0, then);
    const y = of(1, now);
    // Every statement here covers the action: they differ for it only in what else they say.
    if (ids.same(x, y, true)) continue;
    // Each as it reads for this action alone (its other actions take no part in these requests).
    const only = [compileAction(key)!];
    const project = (xs: CompiledStatement[]) => xs.map((s) => ({ ...s, actions: only }));
    ask(project(x), project(y), { ...options, action: key });
  }
  if (!ids.same(wild[0], wild[1])) ask(wild[0], wild[1], { ...options, exclude: new Set(groups.keys()) });
  return { witnesses, unknown: [...unknown].sort() };
}

/** Whether an action as written and an action pattern can name one same action (either may hold wildcards). */
function mayMeet(written: string, pattern: string): boolean {
  const parts = (action: string) => {
    if (action === '*') return ['*', '*'];
    const parsed = parseAction(action);
    // Stryker disable next-line MethodExpression: both sides are cased alike, upper or lower
    return parsed ? [parsed.service, parsed.name.toLowerCase()] : undefined;
  };
  const a = parts(written);
  // The question's action is checked where it is asked (`--action`, `Access.neverAllows`): it has parts.
  const b = parts(pattern)!;
  return a !== undefined && wildcardsIntersect(a[0], b[0]) && wildcardsIntersect(a[1], b[1]);
}

/** One question of `compareStatements`: over the requests its scope allows, with every statement given taking part. */
function decide(before: readonly CompiledStatement[], after: readonly CompiledStatement[], options: CompareOptions & { exclude?: ReadonlySet<string> }, work: Work): Comparison {
  const unknown = new Set<string>();
  const all = [...after, ...before].filter((s) => !s.refused);
  const isAfter = new Set(after.filter((s) => !s.refused));
  const limit = options.limit ?? 20;
  for (const s of all) {
    const where = `${s.policy} ${s.path}`;
    if (s.resources.some((r) => replaceVariables(r.value, true, () => undefined).missing.length > 0) || s.conditions.some((c) => c.values.some((v) => typeof v.value === 'string' && hasPolicyVariable(v.value)))) {
      unknown.add(`${where}: a policy variable (\${uin}, \${owner_uin}, \${app_id}) is not reasoned about yet`);
    }
    // A value known only later matches nothing here: an allow of after, or a deny of before, may then reach more.
    if (s.unknown.length > 0 && (isAfter.has(s) ? s.effect === 'allow' : s.effect === 'deny')) {
      unknown.add(`${where}: ${s.unknown.length === 1 ? 'a value' : 'values'} known only when Terraform runs (${s.unknown.join('; ')})`);
    }
  }

  // Actions.
  const actionOf = actionIndex(all);
  // The scope (`options`) is one more pattern to cut cells by, and what every request must match.
  const scope = [...(options.action === undefined ? [] : [options.action]), ...(options.exclude ?? [])].map((text) => actionPattern([compileAction(text)].filter((a) => a !== undefined)));
  const actionCells: Cell[] | undefined = cellsOf([...all.map((s) => actionPattern(s.actions)), ...scope], ACTION_DOMAIN, work);
  // Each cell is then matched against the statements whose actions are not exact names.
  if (!actionCells || !work.spend(actionCells.length * (1 + all.length))) return { witnesses: [], unknown: [...unknown, outOfSteps('the actions\' cells', work)] };
  const allows = (reach: number[]) => reach.some((i) => isAfter.has(all[i]) && all[i].effect === 'allow');
  const inScope = (t: string) => requestAction(t) !== undefined && (options.action === undefined || actionCovers(options.action, t)) && !options.exclude?.has(t);
  const actionGroups = groupBy(actionCells.map((c) => c.text).filter(inScope), actionOf).filter((g) => allows(g.reach));

  // The owner account: only when a pattern has an empty account, which the owner decides.
  const ownerPatterns = all.flatMap((s) => s.resources.map((r) => splitSegments(r.value))).filter((p) => p.length === 6);
  let owners: Array<string | undefined> = [undefined];
  if (ownerPatterns.some((p) => p[4] === '' || p[4] === 'uin/')) {
    const named = ownerPatterns.map((p) => p[4]).filter((a) => a.startsWith('uin/') && a.length > 4);
    if (named.some((a) => a.includes('*'))) unknown.add('an empty account (the owner\'s) beside an account written with a wildcard is not reasoned about yet');
    owners = [undefined, ...new Set(named.map((a) => a.slice(4))), '100000000999'];
  }

  // Condition keys.
  const keys = new Map<string, KeyValues>();
  for (const s of all) {
    for (const c of s.conditions) {
      const { parsed } = parseOperator(c.operator.value);
      if (!parsed) continue;
      let k = keys.get(c.key.value);
      if (!k) keys.set(c.key.value, (k = { family: new Set(), patterns: [], values: [], conditions: new Set() }));
      k.family.add(familyOf(parsed.base));
      k.conditions.add(JSON.stringify([c.operator.value, c.values.map((v) => v.value)]));
      for (const v of c.values) {
        const text = String(v.value);
        k.values.push(text);
        if (familyOf(parsed.base) === 'string') k.patterns.push(conditionPattern(parsed.base, text));
      }
    }
  }
  const keyValues = new Map<string, Array<string[] | undefined>>();
  for (const [key, k] of keys) {
    const cells = keyCells(k, work);
    if (typeof cells === 'string') {
      unknown.add(`condition key ${key}: ${cells}`);
      keyValues.set(key, [undefined]);
    } else keyValues.set(key, cells);
  }

  // Who asks, where a statement names whom it applies to (a bucket or trust policy): each principal
  // named, and one named by none (a statement naming everyone covers it); else no one in particular.
  const named = [...new Set(all.flatMap((s) => s.principals?.values ?? []))];
  const requesters: Array<string | undefined> = named.length === 0 ? [undefined] : [...named.filter((p) => !principalCovers(p, OTHER)), OTHER];
  const witnesses: Witness[] = [];
  const witnessed = new Set<CompiledStatement>();
  // The statements' own spelling wins over the scope's (a group's scope is a lowercase key).
  const written = [...(options.action === undefined ? [] : [options.action]), ...all.flatMap((s) => s.written)];
  const resourceValues = all.reduce((n, s) => n + 1 + s.resources.length, 0);
  const tried = new Set<string>();
  search: for (const owner of owners) {
    const patterns = all.map((s) => resourcePattern(s.resources.map((r) => r.value), owner));
    if (options.resource !== undefined) patterns.push(resourcePattern([options.resource], owner));
    const cells = cellsOf(patterns, RESOURCE_DOMAIN, work);
    if (!cells) {
      unknown.add(outOfSteps('the resources\' cells', work));
      break;
    }
    const base: { [key: string]: string[] } = owner === undefined ? {} : { owner_uin: [owner] };
    if (!work.spend(cells.length * resourceValues)) {
      unknown.add(outOfSteps('the resources\' cells', work));
      break;
    }
    const resourceTexts = cells.map((c) => c.text).filter((t) => options.resource === undefined || resourceMatches(options.resource, t, base).matched);
    const resourceGroups = groupBy(resourceTexts, (text) => all.flatMap((s, i) => (s.resources.some((r) => resourceMatches(r.value, text, base).matched) ? [i] : [])));
    for (const a of actionGroups) {
      for (const r of resourceGroups) {
        if (!work.spend(1 + a.reach.length + r.reach.length)) {
          unknown.add(outOfSteps('the requests to ask', work, REQUESTS_MULTIPLY));
          break search;
        }
        const inA = new Set(a.reach);
        const reach = r.reach.filter((i) => inA.has(i));
        if (!allows(reach) || reach.every((i) => witnessed.has(all[i]))) continue;
        const key = `${owner}|${reach.join(',')}`;
        if (tried.has(key)) continue;
        tried.add(key);
        const beforeHere = reach.filter((i) => !isAfter.has(all[i])).map((i) => all[i]);
        const afterHere = reach.filter((i) => isAfter.has(all[i])).map((i) => all[i]);
        const used = [...new Set(reach.flatMap((i) => all[i].conditions.map((c) => c.key.value)))].sort();
        // A request costs as many steps as the simulator takes to answer it: a statement, and each of
        // its conditions (20 keys of one value each are 3^20 contexts: counted by request alone, the
        // allowance let them run 20 s).
        const cost = reach.reduce((n, i) => n + 1 + all[i].conditions.length, 1);
        asking: for (const context of contexts(used, keyValues, base)) for (const requester of requesters) {
          if (!work.spend(cost)) {
            unknown.add(outOfSteps('the requests to ask', work, REQUESTS_MULTIPLY));
            break search;
          }
          const request: SimulationRequest = { action: a.value, resource: r.value, context, ...(requester === undefined ? {} : { principal: requester }) };
          const now = evaluate(afterHere, request);
          if (!now.allowed) continue;
          const fresh = now.statements.filter((ref) => afterHere.some((s) => s.policy === ref.policy && s.path === ref.path && !witnessed.has(s)));
          if (fresh.length === 0) continue;
          const then = evaluate(beforeHere, request);
          if (then.allowed) continue;
          witnesses.push(polish({ request, before: then.decision, allowedBy: now.statements }, written, after, before));
          for (const s of afterHere) if (now.statements.some((ref) => ref.policy === s.policy && ref.path === s.path)) witnessed.add(s);
          if (witnesses.length >= limit) break search;
          if (reach.every((i) => !isAfter.has(all[i]) || all[i].effect !== 'allow' || witnessed.has(all[i]))) break asking;
        }
      }
    }
  }
  return { witnesses, unknown: [...unknown].sort() };
}

/** A resource of the usual form for a witness whose resource is some other string: tried, kept only if it is still a witness. */
const ACCOUNT = 'uin/100000000001';

/**
 * The witness in the words its statements use, where that keeps it a witness: an action as written
 * (`cos:DeleteObject`, not the lowercase the cells are made of), a resource of six segments
 * beginning `qcs`. Each change is checked with the simulator, on both sides, with every statement.
 */
function polish(w: Witness, written: readonly string[], after: readonly CompiledStatement[], before: readonly CompiledStatement[]): Witness {
  const parsed = requestAction(w.request.action)!;
  let action = w.request.action;
  for (const text of written) {
    const p = requestAction(text);
    if (p && p.service === parsed.service && p.name.toLowerCase() === parsed.name.toLowerCase()) action = `${p.service}:${p.name}`;
  }
  const r = w.request.resource;
  const six = splitSegments(r);
  const resources = six.length === 6 ? [`qcs:${six.slice(1).join(':')}`, r] : [`qcs::${parsed.service}:ap-guangzhou:${ACCOUNT}:${r}`, r];
  const same = (x: readonly StatementRef[], y: readonly StatementRef[]) => x.length === y.length && x.every((s, i) => s.policy === y[i].policy && s.path === y[i].path);
  for (const resource of resources) {
    for (const a of [action, w.request.action]) {
      const request = { ...w.request, action: a, resource };
      const now = evaluate(after, request);
      const then = evaluate(before, request);
      if (now.allowed && !then.allowed && same(now.statements, w.allowedBy) && then.decision === w.before) return { ...w, request };
    }
  }
  return w;
}

/** Every combination of the keys' values (a key absent where its value is undefined). */
function* contexts(keys: readonly string[], values: Map<string, Array<string[] | undefined>>, base: { [key: string]: string[] }, at = 0, into: { [key: string]: string[] } = { ...base }): Generator<{ [key: string]: string[] }> {
  if (at === keys.length) {
    yield { ...into };
    return;
  }
  for (const v of values.get(keys[at]) ?? [undefined]) {
    if (v === undefined) delete into[keys[at]];
    else into[keys[at]] = v;
    yield* contexts(keys, values, base, at + 1, into);
  }
  delete into[keys[at]];
}

/** What an expression Terraform computes is made from: variables and locals by name, and a digest of their definitions (`Configuration.madeFrom`). @internal */
export interface MadeFrom {
  readonly from: readonly string[];
  readonly digest: string;
}

/** Several of them as one: every name, and the digests in the order given (a principal's own, its policies'; a principal's in each configuration). @internal */
export function joinMade(made: ReadonlyArray<MadeFrom | undefined>): MadeFrom | undefined {
  const known = made.filter((m): m is MadeFrom => m !== undefined);
  if (known.length <= 1) return known[0];
  return { from: [...new Set(known.flatMap((m) => m.from))].sort(), digest: known.map((m) => m.digest).join(' ') };
}

/** What a principal holds, as the reasoner compares it: its statements, and the policies whose documents are not known. */
export interface Held {
  /** How `tcam simulate --principal` names the principal (`user/alice`, `group/13`), where it is one. */
  readonly principal?: string;
  /**
   * For a principal named by an expression Terraform computes (`user_names = "${var.users}"`), or
   * holding a policy named or written by one (`policy_id = "${var.policy}"`): the variables and locals
   * they are made from, and a digest of their definitions. The same text made from changed
   * definitions may name other principals, or other policies.
   */
  readonly madeFrom?: MadeFrom;
  readonly statements: readonly CompiledStatement[];
  /** The documents of the policies held, as text: holdings of the same documents allow the same requests. */
  readonly documents?: readonly string[];
  /** `policy: why`, for each policy held whose document is not in the input (a preset attached by name). */
  readonly opaque: readonly string[];
  /**
   * `opaque` but for the documents that are no readable CAM policy: what is known without reading
   * `documents`. Given with `pending`, it lets two holdings of the same texts be told the same without
   * compiling them.
   */
  readonly presets?: readonly string[];
  /** Whether a document may hold a value Terraform fills in (a `${`): then the same text may not be the same policy. */
  readonly pending?: boolean;
  /**
   * Its permission boundary, where it has one: the documents of the policies set as the most it may do
   * (`name: why` for one not in the input). Compared with the statements: one taken away or changed is undecided.
   */
  readonly boundary?: readonly string[];
  /**
   * Module calls of Terraform JSON (their source and arguments as written; empty when they cannot be
   * written out): what they create is not read, so one added or changed is undecided.
   */
  readonly calls?: readonly string[];
  /**
   * The policies held whose own `document` a default version replaces (`document`: the version's, as
   * held): a changed `document` is written into the default version by CAM's UpdatePolicy, so it may
   * be what the policy grants after apply.
   */
  readonly shadowed?: readonly Shadowed[];
}

/** A policy whose default version replaces its own document (`Held.shadowed`). */
export interface Shadowed {
  readonly address: string;
  readonly name: string;
  readonly own: string;
  /** The default version's document; undefined when it is not known. */
  readonly document?: string;
}

/** What decides what a statement allows, as one string: its effect, actions, resources, conditions and principals, and why it is refused. */
function statementKey(s: CompiledStatement, actions: boolean): string {
  return JSON.stringify([s.effect, actions ? s.actions.map((a) => a.text) : null, s.resources.map((r) => r.value), s.conditions.map((c) => [c.operator.value, c.key.value, c.values.map((v) => v.value)]), s.principals?.values ?? null, s.refused ?? null]);
}

/**
 * Whether two holdings allow the same requests because they hold the same: the same documents (a
 * comparison of their texts), else the same statements; and the same opaque policies.
 */
export function sameHeld(a: Held, b: Held, ids: StatementIds): boolean {
  if (a.madeFrom?.digest !== b.madeFrom?.digest) return false;
  if (!sameBoundary(a, b) || !sameCalls(a, b) || !sameTexts(ownTexts(a), ownTexts(b))) return false;
  // The same texts are the same statements and the same unreadable documents: nothing is compiled.
  if (a.documents && b.documents && a.presets && b.presets && a.pending === false && b.pending === false &&
    sameTexts(a.documents, b.documents) && sameTexts(a.presets, b.presets)) return true;
  if (!sameTexts(a.opaque, b.opaque)) return false;
  if (a.documents && b.documents && sameTexts(a.documents, b.documents) && ![...a.statements, ...b.statements].some(filledIn)) return true;
  return ids.same(a.statements, b.statements);
}

/** The own documents of the policies a holding holds whose default version replaces them. */
function ownTexts(h: Held): string[] {
  return (h.shadowed ?? []).map((s) => `${s.address}\u0000${s.own}`);
}

/** Whether two holdings make the same module calls, each written out (one that cannot be is never the same). */
function sameCalls(a: Held, b: Held): boolean {
  const x = a.calls ?? [];
  const y = b.calls ?? [];
  return !x.includes('') && sameTexts(x, y);
}

/** Whether two holdings have the same permission boundary (the same documents), or neither has one. */
function sameBoundary(a: Held, b: Held): boolean {
  return a.boundary === undefined || b.boundary === undefined ? a.boundary === b.boundary : sameTexts(a.boundary, b.boundary);
}

/** Whether two lists hold the same texts in any order: compared in order first (a change seldom reorders attachments), sorted only when that fails. */
function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  if (a.every((x, i) => x === b[i])) return true;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((t, i) => t === y[i]);
}

/** A witness, with the principal it is a request of. */
export interface PrincipalWitness extends Witness {
  readonly principal: string;
  /** How `tcam simulate --principal` names it, where it is one. */
  readonly principalArg?: string;
}

/**
 * For every principal of either side, the requests `after` lets it make that `before` did not
 * (`witnesses`), why more may exist (`unknown`), and the policies `after` holds whose documents are
 * not known and `before` did not hold (`opaque`, as `principal: policy: why`): they may grant anything.
 */
export function compareByPrincipal(before: ReadonlyMap<string, Held>, after: ReadonlyMap<string, Held>, options: CompareOptions = {}): { witnesses: PrincipalWitness[]; opaque: string[]; unknown: string[] } {
  const witnesses: PrincipalWitness[] = [];
  const opaque: string[] = [];
  const unknown: string[] = [];
  // A policy's statements are held by each of its principals: each is numbered once per comparison.
  const ids = new StatementIds();
  // One allowance of steps for the answer: each principal's question adds its own share.
  const work = newWork();
  // Each policy of OLD whose default version replaces its own document, by its address.
  const shadowedBefore = new Map<string, Shadowed>();
  for (const held of before.values()) for (const s of held.shadowed ?? []) shadowedBefore.set(s.address, s);
  for (const principal of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const then = before.get(principal);
    const now = after.get(principal);
    // Named by the same expression, made from definitions that changed: who it is, or what it holds,
    // may have changed. One that holds nothing in NEW is allowed nothing, whoever it is; a module call
    // may make anything.
    if (then?.madeFrom && now?.madeFrom && then.madeFrom.digest !== now.madeFrom.digest && (now.statements.length > 0 || now.opaque.length > 0 || now.calls !== undefined)) {
      unknown.push(`${principal}: Terraform computes who it is or what it holds from ${now.madeFrom.from.join(', ')}, ${now.madeFrom.from.length === 1 ? 'whose definition' : 'whose definitions'} changed between OLD and NEW: NEW may allow more than is shown`);
    }
    // The same statements on both sides allow the same requests: nothing to decide.
    if (then && now && sameHeld(then, now, ids)) continue;
    const result = compareStatements(then?.statements ?? [], now?.statements ?? [], options, ids, work);
    const principalArg = now?.principal ?? then?.principal;
    for (const w of result.witnesses) witnesses.push({ ...w, principal, ...(principalArg !== undefined ? { principalArg } : {}) });
    for (const o of now?.opaque ?? []) if (!then?.opaque.includes(o)) opaque.push(`${principal}: ${o}`);
    for (const reason of result.unknown) unknown.push(`${principal}: ${reason}`);
    // A boundary limits what the statements allow: one taken away or changed may let the principal do
    // more than they show (the statements are compared, not intersected with it). One added only narrows.
    // What a module creates is not read: one added or changed may grant anything, one removed may
    // have limited access (a deny, a permission boundary).
    if ((now?.calls || then?.calls) && !(then && now && sameCalls(then, now))) {
      unknown.push(`${principal}: a module call ${!then ? 'added' : now ? 'changed' : 'removed'}: ${MODULE_NOT_READ}`);
    }
    // A document changed under the same default version: UpdatePolicy writes it into that version.
    for (const s of now?.shadowed ?? []) {
      const old = shadowedBefore.get(s.address);
      if (old && old.own !== s.own && old.document === s.document) {
        unknown.push(`${principal}: ${s.name}: its document changed while a version is its default: CAM's UpdatePolicy writes a changed document into the default version, so NEW may grant that document, which is not compared here`);
      }
    }
    if (then?.boundary && now && !sameBoundary(then, now)) {
      unknown.push(`${principal}: its permission boundary ${now.boundary ? 'changed' : 'was removed'}: NEW may allow more than its policies' comparison shows`);
    }
  }
  return { witnesses, opaque: [...new Set(opaque)].sort(), unknown };
}
