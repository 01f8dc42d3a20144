// The access reasoner: whether one set of statements allows a request another does not, over every
// request. Each witness is checked with the simulator; each "none" is checked against requests
// sampled from the same vocabulary (a differential test on generated policy pairs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Severity } from '../../src/policy/finding';
import { parseText } from '../../src/policy/parse';
import { Domain, Pattern, Work, cellsOf, globSteps } from '../../src/simulate/cells';
import { StatementIds, compareByPrincipal, compareStatements, joinMade, newWork, sameHeld } from '../../src/simulate/reason';
import { CompiledStatement, SimulationRequest, compileView, evaluate } from '../../src/simulate/simulator';

function compile(name: string, statements: unknown[]): CompiledStatement[] {
  const parsed = parseText(JSON.stringify({ version: '2.0', statement: statements }), { providerSeverity: Severity.SUGGESTION });
  return parsed.view ? compileView(name, parsed.view, 0) : [];
}

/** The witnesses, each checked: NEW allows it with the statements named, OLD does not, as it says. */
function added(before: unknown[], after: unknown[]) {
  const old = compile('old', before);
  const now = compile('new', after);
  const result = compareStatements(old, now);
  for (const w of result.witnesses) {
    const a = evaluate(now, w.request);
    const b = evaluate(old, w.request);
    expect(a.allowed, JSON.stringify(w.request)).toBe(true);
    expect(a.statements).toEqual(w.allowedBy);
    expect(b.allowed).toBe(false);
    expect(b.decision).toBe(w.before);
  }
  return result;
}

const allow = (action: string[], resource: string[] = ['*'], condition?: unknown) => ({ effect: 'allow', action, resource, ...(condition ? { condition } : {}) });
const deny = (action: string[], resource: string[] = ['*'], condition?: unknown) => ({ effect: 'deny', action, resource, ...(condition ? { condition } : {}) });

describe('compareStatements: what NEW allows that OLD did not', () => {
  it('removing a deny adds what it refused; adding one, or narrowing an allow, adds nothing', () => {
    const r = added([allow(['cos:*']), deny(['cos:DeleteObject'])], [allow(['cos:*'])]);
    expect(r.witnesses.map((w) => [w.request.action, w.before])).toEqual([['cos:DeleteObject', 'EXPLICIT_DENY']]);
    expect(added([allow(['cos:*'])], [allow(['cos:*']), deny(['cos:DeleteObject'])])).toEqual({ witnesses: [], unknown: [] });
    expect(added([allow(['cos:*'])], [allow(['cos:Get*'])])).toEqual({ witnesses: [], unknown: [] });
    expect(added([allow(['cos:Get*'])], [allow(['cos:*'])]).witnesses).toHaveLength(1);
  });

  it('rewriting without widening adds nothing: split statements, a wildcard for the names it covers, a deny already implied', () => {
    expect(added([allow(['cos:GetObject', 'cos:PutObject'])], [allow(['cos:GetObject']), allow(['cos:PutObject'])]).witnesses).toEqual([]);
    expect(added([allow(['a:x*', 'a:*y'])], [allow(['a:x*y'])]).witnesses).toEqual([]);
    expect(added([allow(['cos:*']), deny(['cos:Delete*'])], [allow(['cos:*']), deny(['cos:Delete*', 'cos:DeleteObject'])]).witnesses).toEqual([]);
    // The one string both wildcards of OLD cover and a deny of OLD refuses: found.
    const r = added([allow(['a:x*', 'a:*y']), deny(['a:xy'])], [allow(['a:x*y'])]);
    expect(r.witnesses.map((w) => w.request.action)).toEqual(['a:xy']);
  });

  it('resources: a narrower one adds nothing, a wider one adds what lies outside; a short region code is its long one', () => {
    const bucket = 'qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/';
    expect(added([allow(['cos:*'], [`${bucket}*`])], [allow(['cos:*'], ['qcs::cos:gz:uid/1250000000:b-1250000000/a/*'])]).witnesses).toEqual([]);
    const r = added([allow(['cos:*'], [`${bucket}a/*`])], [allow(['cos:*'], ['qcs::cos:gz:uid/1250000000:b-1250000000/*'])]);
    expect(r.witnesses).toHaveLength(1);
    expect(r.witnesses[0].request.resource.startsWith(bucket)).toBe(true);
    expect(r.witnesses[0].request.resource.startsWith(`${bucket}a/`)).toBe(false);
    // An empty service segment is every product.
    expect(added([allow(['*'], ['qcs::cos::uin/1:*'])], [allow(['*'], ['qcs:::::*'])]).witnesses).toHaveLength(1);
    expect(added([allow(['*'], ['qcs::::uin/1:*'])], [allow(['*'], ['qcs::cvm::uin/1:instance/*'])]).witnesses).toEqual([]);
  });

  it('conditions: a value split in two, a wider block, a later time widen; a condition added narrows', () => {
    const ip = (values: string[]) => ({ ip_equal: { 'qcs:ip': values } });
    const r = added([allow(['cos:*'], ['*'], ip(['10.0.0.0/8, 0.0.0.0/0']))], [allow(['cos:*'], ['*'], ip(['10.0.0.0/8', '0.0.0.0/0']))]);
    expect(r.witnesses).toHaveLength(1);
    expect(r.witnesses[0].request.context).toEqual({ 'qcs:ip': ['0.0.0.0'] });
    expect(added([allow(['cos:*'], ['*'], ip(['10.0.0.0/8']))], [allow(['cos:*'], ['*'], ip(['10.0.0.0/9', '10.128.0.0/9']))]).witnesses).toEqual([]);
    expect(added([allow(['cos:*'], ['*'], ip(['10.0.0.0/9']))], [allow(['cos:*'], ['*'], ip(['10.0.0.0/8']))]).witnesses[0].request.context).toEqual({ 'qcs:ip': ['10.128.0.0'] });
    expect(added([allow(['cos:*'])], [allow(['cos:*'], ['*'], ip(['10.0.0.0/8']))]).witnesses).toEqual([]);
    const until = (t: string) => ({ date_less_than: { 'qcs:current_time': [t] } });
    expect(added([allow(['cos:*'], ['*'], until('2027-01-01T00:00:00Z'))], [allow(['cos:*'], ['*'], until('2026-06-01T00:00:00Z'))]).witnesses).toEqual([]);
    expect(added([allow(['cos:*'], ['*'], until('2026-06-01T00:00:00Z'))], [allow(['cos:*'], ['*'], until('2027-01-01T00:00:00Z'))]).witnesses[0].request.context).toEqual({ 'qcs:current_time': ['2026-06-01T00:00:00.000Z'] });
    // A deny that holds only where the key is given: without the key, NEW allows what OLD allowed.
    const tag = (v: string) => ({ string_equal: { 'qcs:resource_tag': [v] } });
    expect(added([allow(['cos:*']), deny(['cos:*'], ['*'], tag('env&prod'))], [allow(['cos:*']), deny(['cos:*'], ['*'], tag('env&prod'))]).witnesses).toEqual([]);
    expect(added([allow(['cos:*']), deny(['cos:*'], ['*'], { string_like: { 'qcs:resource_tag': ['env&*'] } })], [allow(['cos:*']), deny(['cos:*'], ['*'], tag('env&prod'))]).witnesses[0].request.context).toEqual({ 'qcs:resource_tag': ['env&'] });
  });

  it('names why it cannot decide, never a wrong "none": policy variables, keys with many values, values Terraform fills in', () => {
    expect(added([], [allow(['cos:*'], ['qcs::cos::uid/1:b/${uin}/*'])]).unknown).toEqual(['new /statement/0: a policy variable (${uin}, ${owner_uin}, ${app_id}) is not reasoned about yet']);
    // Where CAM does not replace it (a COS object path), `${uin}` is text like any other: decided.
    const text = added([], [allow(['cos:GetObject'], ['qcs::cos:gz:uid/125:b-125/home/${uin}/*'])]);
    expect(text.unknown).toEqual([]);
    expect(text.witnesses.map((w) => w.request.resource)).toEqual(['qcs::cos:ap-guangzhou:uid/125:b-125/home/${uin}/']);
    const pending = added([], [allow(['cos:*'], ['${tencentcloud_cos_bucket.b.arn}'])]);
    expect(pending.unknown).toHaveLength(1);
    expect(pending.unknown[0]).toMatch(/^new \/statement\/0: a value known only when Terraform runs/);
    // A deny of OLD Terraform fills in may refuse what NEW allows, or not.
    expect(added([allow(['cos:*']), deny(['cos:*'], ['${x.y}'])], [allow(['cos:*'])]).unknown).toHaveLength(1);
  });

  it('keys with many values: a deny that needs two values of one key, a for_all_value that holds without the key', () => {
    const both = { string_equal: { 'qcs:tag': ['a'] }, string_like: { 'qcs:tag': ['b*'] } };
    const r = added([allow(['cos:GetObject']), deny(['cos:GetObject'], ['*'], both)], [allow(['cos:GetObject'])]);
    expect(r.unknown).toEqual([]);
    expect(r.witnesses.map((w) => w.request.context)).toEqual([{ 'qcs:tag': ['a', 'b'] }]);
    const all = added([allow(['cos:GetObject'], ['*'], { string_equal: { 'qcs:tag': ['a'] } })], [allow(['cos:GetObject'], ['*'], { 'for_all_value:string_equal': { 'qcs:tag': ['a'] } })]);
    expect(all.witnesses.map((w) => w.request.context)).toEqual([{}]);
    // The other way round: every list for_all_value allows, string_equal allows too, except none at all.
    expect(added([allow(['cos:GetObject'], ['*'], { 'for_all_value:string_equal': { 'qcs:tag': ['a'] } })], [allow(['cos:GetObject'], ['*'], { string_equal: { 'qcs:tag': ['a'] } })]).witnesses.map((w) => w.request.context)).toEqual([{ 'qcs:tag': ['', 'a'] }]);
  });

  it('one statement of 1,000 actions by 1,000 resources against itself: nothing added', () => {
    const actions = Array.from({ length: 1000 }, (_, i) => `cos:Action${i}`);
    const resources = Array.from({ length: 1000 }, (_, i) => `qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/key${i}`);
    expect(added([allow(actions, resources)], [allow(actions, resources)])).toEqual({ witnesses: [], unknown: [] });
    const more = added([allow(actions, resources)], [allow([...actions, 'cos:Action1000'], resources)]);
    expect(more.witnesses.map((w) => w.request.action)).toEqual(['cos:Action1000']);
  });
});

describe('compareStatements: the cells of each kind of value', () => {
  const only = (before: unknown[], after: unknown[]) => added(before, after).witnesses.map((w) => w.request.context);

  it('numbers: each value named, one between each two and one beyond each end', () => {
    const n = (op: string, v: string[]) => allow(['cos:GetObject'], ['*'], { [op]: { 'qcs:n': v } });
    expect(only([n('numeric_less_than', ['5'])], [n('numeric_less_than', ['7'])])).toEqual([{ 'qcs:n': ['5'] }]);
    expect(only([n('numeric_less_than_equal', ['5'])], [n('numeric_less_than', ['7'])])).toEqual([{ 'qcs:n': ['6'] }]);
    expect(only([n('numeric_greater_than', ['5'])], [n('numeric_greater_than', ['3'])])).toEqual([{ 'qcs:n': ['4'] }]);
    expect(only([n('numeric_equal', ['1', '3'])], [n('numeric_not_equal', ['2'])])).toEqual([{ 'qcs:n': ['0'] }]);
    expect(only([n('numeric_less_than', ['5'])], [n('numeric_less_than', ['5'])])).toEqual([]);
    // A number no condition names: one value.
    expect(only([], [n('numeric_less_than', ['x'])])).toEqual([]);
  });

  it('times: each named, one millisecond after, and one before all', () => {
    const d = (op: string, v: string[]) => allow(['cos:GetObject'], ['*'], { [op]: { 'qcs:current_time': v } });
    expect(only([d('date_greater_than', ['2026-01-01T00:00:00Z'])], [d('date_greater_than_equal', ['2026-01-01T00:00:00Z'])])).toEqual([{ 'qcs:current_time': ['2026-01-01T00:00:00.000Z'] }]);
    expect(only([d('date_greater_than', ['2026-01-02T00:00:00Z'])], [d('date_greater_than', ['2026-01-01T00:00:00Z'])])).toEqual([{ 'qcs:current_time': ['2026-01-01T12:00:00.000Z'] }]);
    expect(only([d('date_less_than', ['2026-01-01T00:00:00Z'])], [d('date_not_equal', ['2027-01-01T00:00:00Z'])])).toEqual([{ 'qcs:current_time': ['2026-01-01T00:00:00.000Z'] }]);
  });

  it('addresses: IPv4 and IPv6 blocks, a block at the top of the space, a value that is no address', () => {
    const ip = (op: string, v: string[]) => allow(['cos:GetObject'], ['*'], { [op]: { 'qcs:ip': v } });
    expect(only([ip('ip_equal', ['2001:db8::/33'])], [ip('ip_equal', ['2001:db8::/32'])])).toEqual([{ 'qcs:ip': ['2001:db8:8000:0:0:0:0:0'] }]);
    expect(only([ip('ip_equal', ['10.0.0.0/8'])], [ip('ip_equal', ['10.0.0.0/8', '255.255.255.255'])])).toEqual([{ 'qcs:ip': ['255.255.255.255'] }]);
    expect(only([ip('ip_equal', ['0.0.0.0/0', '::/0'])], [ip('ip_not_equal', ['10.0.0.0/8'])])).toEqual([{ 'qcs:ip': ['x'] }]);
    expect(only([ip('ip_equal', ['10.0.0.1'])], [ip('ip_equal', ['10.0.0.1/32', 'bad/8', '10.0.0.0/99'])])).toEqual([]);
  });

  it('strings: exact, ignoring case, like; a key compared as two types is unknown, named', () => {
    const str = (op: string, v: string[]) => allow(['cos:GetObject'], ['*'], { [op]: { 'qcs:tag': v } });
    expect(only([str('string_equal', ['Prod'])], [str('string_equal_ignore_case', ['prod'])])).toEqual([{ 'qcs:tag': ['prod'] }]);
    expect(only([str('string_equal_ignore_case', ['prod'])], [str('string_equal', ['PROD'])])).toEqual([]);
    expect(only([str('bool_equal', ['true'])], [str('bool_equal', ['TRUE'])])).toEqual([]);
    expect(only([str('string_like', ['a*'])], [str('string_not_like', ['b*'])])).toEqual([{ 'qcs:tag': [''] }]);
    const mixed = added([str('string_equal', ['1'])], [allow(['cos:GetObject'], ['*'], { numeric_less_than: { 'qcs:tag': ['5'] } })]);
    expect(mixed.unknown).toEqual(['condition key qcs:tag: the key is compared as numeric and as string: its values are not cut into cells across types']);
    // null_equal beside another type is one type: present or absent.
    expect(only([str('null_equal', ['true'])], [str('null_equal', ['false'])])).toEqual([{ 'qcs:tag': ['x'] }]);
  });

  it('the owner account: an empty account covers the owner only when the request says who it is', () => {
    const r = added([allow(['cos:*'], ['qcs::cos::uin/1:*']), deny(['cos:*'], ['qcs::cos:::*'])], [allow(['cos:*'], ['qcs::cos::uin/1:*'])]);
    expect(r.unknown).toEqual([]);
    expect(r.witnesses).toHaveLength(1);
    const wild = added([allow(['cos:*'], ['qcs::cos::uin/1*:*'])], [allow(['cos:*'], ['qcs::cos:::*'])]);
    expect(wild.unknown).toEqual(["an empty account (the owner's) beside an account written with a wildcard is not reasoned about yet"]);
  });

  it('actions: the form of a request action (a service from a letter, a name without "-")', () => {
    expect(added([], [allow(['a-b:x_1'])]).witnesses.map((w) => w.request.action)).toEqual(['a-b:x_1']);
    expect(added([allow(['*'])], [allow(['*'])]).witnesses).toEqual([]);
    expect(added([], [allow(['*'])]).witnesses.map((w) => w.request.action)).toEqual(['a:a']);
    expect(added([allow(['cos:Get*'])], [allow(['cos:*', 'cvm:*'])]).witnesses.map((w) => w.request.action.split(':')[0]).sort()).toEqual(['cos']);
  });

  it('limit: at most so many witnesses', () => {
    const actions = Array.from({ length: 30 }, (_, i) => `cos:A${i}`);
    expect(compareStatements([], compile('new', actions.map((a) => allow([a])))).witnesses).toHaveLength(20);
    expect(compareStatements([], compile('new', actions.map((a) => allow([a]))), { limit: 3 }).witnesses).toHaveLength(3);
  });

  it('a scope of action and resource: only requests within it', () => {
    const now = compile('new', [allow(['cos:*'], ['qcs::cos::uid/1:a/*', 'qcs::cos::uid/1:b/*'])]);
    const r = compareStatements([], now, { action: 'cos:Delete*', resource: 'qcs::cos::uid/1:b/*' });
    expect(r.witnesses.map((w) => [w.request.action.toLowerCase().startsWith('cos:delete'), w.request.resource.startsWith('qcs::cos::uid/1:b/')])).toEqual([[true, true]]);
    expect(compareStatements([], now, { action: 'cvm:*' }).witnesses).toEqual([]);
    expect(compareStatements([], now, { resource: 'qcs::cos::uid/2:*' }).witnesses).toEqual([]);
  });
});

describe('a principal made from variables and locals (madeFrom)', () => {
  const statements = compile('p', [allow(['cos:GetObject'])]);
  const held = (digest: string | undefined, holds = true, opaque: string[] = []) => ({ statements: holds ? statements : [], opaque, ...(digest ? { madeFrom: { from: ['var.x'], digest } } : {}) });
  const compare = (a: ReturnType<typeof held>, b: ReturnType<typeof held>) => compareByPrincipal(new Map([['user u', a]]), new Map([['user u', b]])).unknown;

  it('made from definitions that changed, it is undecided while NEW holds something; the same, or holding nothing, not', () => {
    expect(compare(held('1'), held('2'))).toEqual(['user u: Terraform computes who it is or what it holds from var.x, whose definition changed between OLD and NEW: NEW may allow more than is shown']);
    expect(compare(held('1', false), held('2', false, ['p: not read']))).toHaveLength(1);
    expect(compare(held('1'), held('2', false))).toEqual([]);
    expect(compare(held('1'), held('1'))).toEqual([]);
    expect(sameHeld(held('1'), held('2'), new StatementIds())).toBe(false);
    expect(sameHeld(held('1'), held('1'), new StatementIds())).toBe(true);
    expect(sameHeld(held(undefined), held('1'), new StatementIds())).toBe(false);
  });

  it('joinMade: every name once, sorted, and the digests in the order given; one or none as it is', () => {
    const a = { from: ['var.b', 'local.a'], digest: 'x' };
    const b = { from: ['var.b', 'var.c'], digest: 'y' };
    expect(joinMade([a, undefined, b])).toEqual({ from: ['local.a', 'var.b', 'var.c'], digest: 'x y' });
    expect(joinMade([undefined, b])).toBe(b);
    expect(joinMade([undefined])).toBeUndefined();
    expect(joinMade([])).toBeUndefined();
  });
});

describe('what is the same on both sides is not asked about (a policy variable there stays unread)', () => {
  const variable = allow(['cos:GetObject'], ['qcs::cos::uid/1:b/${uin}/*']);

  it('a principal holding the same statements, or the same documents', () => {
    const held = (statements: CompiledStatement[], documents?: string[]) => ({ statements, opaque: [], ...(documents ? { documents } : {}) });
    const same = compile('p', [variable]);
    const other = compile('p', [variable]);
    expect(compareByPrincipal(new Map([['user a', held(same)]]), new Map([['user a', held(other)]]))).toEqual({ witnesses: [], opaque: [], unknown: [] });
    expect(compareByPrincipal(new Map([['user a', held(same, ['d'])]]), new Map([['user a', held(other, ['d'])]]))).toEqual({ witnesses: [], opaque: [], unknown: [] });
    // Different documents, same statements: still the same.
    expect(compareByPrincipal(new Map([['user a', held(same, ['d'])]]), new Map([['user a', held(other, ['e'])]])).unknown).toEqual([]);
    // A policy more: asked, and the variable named.
    const more = compareByPrincipal(new Map([['user a', held(same)]]), new Map([['user a', held(compile('p', [variable, allow(['cos:PutObject'])]))]]));
    expect(more.unknown).toEqual([]);
    expect(more.witnesses.map((w) => [w.principal, w.request.action])).toEqual([['user a', 'cos:PutObject']]);
    const changed = compareByPrincipal(new Map([['user a', held(same)]]), new Map([['user a', held(compile('p', [{ ...variable, action: ['cos:GetObject', 'cos:HeadObject'] }]))]]));
    expect(changed.unknown).toEqual(['user a: p /statement/0: a policy variable (${uin}, ${owner_uin}, ${app_id}) is not reasoned about yet']);
    // Opaque policies newly held are listed apart, once.
    const opaque = compareByPrincipal(new Map([['user a', held(same)]]), new Map([['user a', { statements: other, opaque: ['Admin: preset', 'Admin: preset'] }]]));
    expect(opaque.opaque).toEqual(['user a: Admin: preset']);
  });

  it('an action whose statements say the same for it, and the wildcard statements', () => {
    const r = added([variable, allow(['cos:PutObject'])], [variable, allow(['cos:PutObject']), allow(['cos:DeleteObject'])]);
    expect(r).toMatchObject({ unknown: [] });
    expect(r.witnesses.map((w) => w.request.action)).toEqual(['cos:DeleteObject']);
    const wild = allow(['cos:Get*'], ['qcs::cos::uid/1:b/${uin}/*']);
    expect(added([wild], [wild, allow(['cvm:RunInstances'])]).unknown).toEqual([]);
    expect(added([wild], [{ ...wild, action: ['cos:Get*', 'cos:Head*'] }]).unknown).toEqual(['new /statement/0: a policy variable (${uin}, ${owner_uin}, ${app_id}) is not reasoned about yet', 'old /statement/0: a policy variable (${uin}, ${owner_uin}, ${app_id}) is not reasoned about yet']);
  });
});

describe('cellsOf', () => {
  const anyString: Domain = { start: 0, step: () => 0, accepts: () => true, fresh: ['x', 'q'] };
  const glob = (p: string): Pattern => ({ branches: [{ steps: globSteps(p, '', false) }] });

  it('gives one string for each combination of patterns some string matches exactly', () => {
    const cells = cellsOf(['a*', '*b', 'ab'].map(glob), anyString, new Work(1000))!;
    expect(cells.map((c) => c.matched.join(',')).sort()).toEqual(['', '0', '0,1', '0,1,2', '1']);
    const texts = new Map(cells.map((c) => [c.matched.join(','), c.text]));
    // The cell of a* and *b without ab: a string longer than ab.
    expect(texts.get('0,1')).toMatch(/^a.+b$/);
  });

  it('reads stars as runs of anything but their stop characters, and letters in both cases where asked', () => {
    expect(globSteps('a**b', ':', false)).toEqual([{ chars: 'a' }, { star: true, stop: ':' }, { chars: 'b' }]);
    expect(globSteps('aB-', '', true)).toEqual([{ chars: 'aA' }, { chars: 'bB' }, { chars: '-' }]);
    expect(globSteps('*', '', false)).toEqual([{ star: true, stop: '' }]);
    // "a*" with a star that stops at ":": "a:" is a string of its own cell.
    const stopping: Pattern = { branches: [{ steps: globSteps('a*', ':', false) }] };
    const cells = cellsOf([stopping, glob('*:*')], anyString, new Work(1000))!;
    expect(cells.map((c) => c.matched.join(',')).sort()).toEqual(['', '0', '1']);
    expect(cells.find((c) => c.matched.join(',') === '1')!.text).toContain(':');
  });

  it('counts a branch only in its regime of the domain', () => {
    // The domain: strings of "x" and ":", the regime whether they hold a colon.
    const colons: Domain = { start: 0, step: (st, ch) => (ch === ':' ? 1 : st), accepts: () => true, regime: (st) => st, fresh: ['x', ':'] };
    const p: Pattern = { branches: [{ steps: globSteps('*', '', false), regime: 1 }] };
    const cells = cellsOf([p], colons, new Work(1000))!;
    expect(cells.map((c) => [c.matched.join(','), c.text.includes(':')]).sort()).toEqual([['', false], ['0', true]]);
  });

  it('says it cannot tell (undefined) past its budget', () => {
    expect(cellsOf(['*a*b*c*', '*c*b*a*', '*b*a*c*'].map(glob), anyString, new Work(3))).toBeUndefined();
  });

  it('Work: a step too many is refused and not taken; a grant adds to the allowance', () => {
    const work = new Work(10);
    expect(work.spend(8)).toBe(true);
    expect(work.spend(3)).toBe(false);
    expect(work.spent).toBe(8);
    expect(work.spend(2)).toBe(true);
    work.grant(5);
    expect(work.allowance).toBe(15);
    expect(work.spend(5)).toBe(true);
    expect(work.spend(1)).toBe(false);
  });
});

describe('compareStatements: an allowance of steps linear in the statements', () => {
  /** The steps one small question takes (below): what pins every count of `Work` (a request costs a step for itself, each statement it asks and each of their conditions). */
  const STEPS = 16_715;
  // Each statement's wildcards may combine with every other's: 2^N cells of actions, resources and values.
  const multiplying = (n: number) => Array.from({ length: n }, (_, i) => ({ effect: i % 2 ? 'allow' : 'deny', action: [`*:*${i}*`, 'c*:D*e*s*'], resource: [`qcs::*:*:uin/*:*${i}*/*`], condition: { string_like: { 'qcs:tag': [`*a*${i}*`] } } }));

  it('wildcards whose combinations multiply: unknown once the steps of the input are spent, naming them', () => {
    for (const n of [200, 400]) {
      const work = newWork();
      const base = work.allowance;
      const r = compareStatements([], compile('new', multiplying(n)), {}, new StatementIds(), work);
      expect(r.witnesses).toEqual([]);
      expect(r.unknown).toEqual([`the actions' cells take more than ${work.allowance} steps to decide offline (wildcards whose combinations multiply)`]);
      // 1 + the action *:*N* (c*:D*e*s* is no action CAM reads: it matches no request) + 1 resource
      // + the condition and its value: 5 values a statement, 1,000 steps each.
      expect(work.allowance - base).toBe(n * 5 * 1_000);
      expect(work.spent).toBeLessThanOrEqual(work.allowance);
    }
  });

  it('every part spends from the one allowance (pinned), and each names itself when the steps run out', () => {
    const old = compile('old', [allow(['cos:Get*'], ['qcs::cos:ap-guangzhou:uid/1:b/*'], { string_like: { 'qcs:tag': ['a*'] } }), allow(['cos:PutObject'])]);
    const now = compile('new', [allow(['cos:*'], ['qcs::cos:ap-guangzhou:uid/1:b/*', 'qcs::cos::uid/1:c/*'], { string_like: { 'qcs:tag': ['a*', '*b'] } }), allow(['cos:PutObject', 'cvm:Run*']), deny(['cos:Delete*'])]);
    const ask = (work: Work) => compareStatements(old, now, {}, new StatementIds(), work);
    // The steps granted for these statements, and those a full answer takes: a loosened count or a
    // step not counted changes no answer, only this number.
    const granted = new Work(0);
    ask(granted);
    const full = newWork();
    const answer = ask(full);
    expect(answer.unknown).toEqual([]);
    expect(full.spent).toBe(STEPS);
    const kinds = new Set<string>();
    // Every allowance up to 100 steps, then every 25th: each part's window is wider than that.
    for (let left = 0; left < full.spent; left += left < 100 ? 1 : 25) {
      const r = ask(new Work(left - granted.allowance));
      for (const u of r.unknown) kinds.add(u.replace(/ take more than -?\d+ steps.*/, ''));
    }
    expect([...kinds].sort()).toEqual(["condition key qcs:tag: its values' cells", "the actions named", "the actions' cells", "the requests to ask", "the resources' cells"]);
    // Enough steps: the full answer.
    expect(ask(new Work(full.spent - granted.allowance))).toEqual(answer);
  });

  it('a few such statements are still decided exactly, within the allowance', () => {
    const work = newWork();
    const r = compareStatements([], compile('new', multiplying(4)), {}, new StatementIds(), work);
    expect(r.unknown).toEqual([]);
    expect(r.witnesses.map((w) => w.allowedBy.map((s) => s.path))).toEqual([['/statement/1'], ['/statement/3']]);
    expect(work.spent).toBeGreaterThan(0);
    expect(work.spent).toBeLessThanOrEqual(work.allowance);
  });
});

describe('differential: a "none" is never contradicted by a sampled request', () => {
  const services = ['a', 'b'];
  const names = ['x', 'y', 'xy', 'yx', 'xx', 'x*', '*y', '*', 'x*y'];
  const resources = ['*', 'qcs::a::uin/1:r/*', 'qcs::a::uin/1:r/x', 'qcs:::ap-guangzhou:uin/1:*', 'qcs::b:gz:uin/2:*', 'qcs::*:ap-*:uin/1:r/*', 'qcs::a:::*'];
  const conditions = [
    undefined,
    { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } },
    { ip_not_equal: { 'qcs:ip': ['10.1.0.0/16'] } },
    { numeric_less_than: { 'qcs:n': ['5'] } },
    { string_like: { 'qcs:tag': ['env&*'] } },
    { string_equal_if_exist: { 'qcs:tag': ['env&prod'] } },
    { 'for_any_value:string_like': { 'qcs:tag': ['env&p*'] } },
    { 'for_all_value:string_equal': { 'qcs:tag': ['env&prod', 'x'] } },
    { string_not_equal: { 'qcs:tag': ['env&prod'] }, numeric_less_than: { 'qcs:n': ['5'] } },
  ];
  const statement = fc.record({
    effect: fc.constantFrom('allow', 'deny'),
    action: fc.array(fc.tuple(fc.constantFrom(...services), fc.constantFrom(...names)).map(([s, n]) => `${s}:${n}`), { minLength: 1, maxLength: 3 }),
    resource: fc.array(fc.constantFrom(...resources), { minLength: 1, maxLength: 2 }),
    condition: fc.constantFrom(...conditions),
  }).map((s) => (s.condition ? s : { effect: s.effect, action: s.action, resource: s.resource }));
  const requests: SimulationRequest[] = [];
  const sampleActions = services.flatMap((s) => ['x', 'y', 'xy', 'yx', 'xx', 'xyy', 'xxy', 'z', 'yy'].map((n) => `${s}:${n}`));
  const sampleResources = ['qcs::a::uin/1:r/x', 'qcs::a:ap-guangzhou:uin/1:r/y', 'qcs::b:ap-guangzhou:uin/2:r/x', 'qcs::b:ap-shanghai:uin/1:r/x', 'qcs::c:ap-guangzhou:uin/1:s', 'x', 'qcs::a:ap-guangzhou:uin/1:q'];
  const contexts: Array<{ [key: string]: string[] }> = [{}, { 'qcs:ip': ['10.1.2.3'] }, { 'qcs:ip': ['10.2.0.1'] }, { 'qcs:ip': ['8.8.8.8'] }, { 'qcs:n': ['3'], 'qcs:tag': ['env&prod'] }, { 'qcs:n': ['7'], 'qcs:tag': ['env&dev'] }, { 'qcs:ip': ['10.2.0.1'], 'qcs:n': ['1'], 'qcs:tag': ['x'] }, { 'qcs:tag': ['env&prod', 'x'] }, { 'qcs:tag': ['env&prod', 'env&dev'], 'qcs:n': ['3', '9'] }, { 'qcs:tag': [] }];
  for (const action of sampleActions) for (const resource of sampleResources) for (const context of contexts) requests.push({ action, resource, context });

  it('on generated policy pairs, every request NEW allows and OLD does not is reported as some witness, or the answer is unknown', () => {
    const answers = { none: 0, witness: 0, unknown: 0 };
    fc.assert(fc.property(fc.array(statement, { maxLength: 4 }), fc.array(statement, { maxLength: 4 }), (before, after) => {
      const result = added(before, after);
      answers[result.witnesses.length > 0 ? 'witness' : result.unknown.length > 0 ? 'unknown' : 'none']++;
      if (result.unknown.length > 0 || result.witnesses.length > 0) return;
      const old = compile('old', before);
      const now = compile('new', after);
      for (const request of requests) {
        expect(evaluate(now, request).allowed && !evaluate(old, request).allowed, JSON.stringify({ request, before, after })).toBe(false);
      }
    }), { numRuns: Number(process.env.REASON_RUNS ?? 150), seed: Number(process.env.REASON_SEED ?? 22) });
    // The pairs are of every kind: a test of "none" answers that met none would prove nothing.
    expect(answers.none).toBeGreaterThan(20);
    expect(answers.witness).toBeGreaterThan(20);
  });
});

describe('the reasoner\'s parts, each by what it changes in an answer', () => {
  const held = (statements: CompiledStatement[], extra: Partial<{ documents: string[]; opaque: string[]; principal: string }> = {}) => ({ statements, opaque: [], ...extra });

  it('numbers: a cell beyond the largest value a key is compared with', () => {
    const r = added([allow(['cos:GetObject'], ['*'], { numeric_less_than_equal: { 'qcs:n': ['10'] } })], [allow(['cos:GetObject'], ['*'], { numeric_greater_than: { 'qcs:n': ['5'] } })]);
    expect(r.unknown).toEqual([]);
    expect(r.witnesses.map((w) => w.request.context)).toEqual([{ 'qcs:n': ['11'] }]);
    // And below the smallest, and between two.
    const low = added([allow(['cos:GetObject'], ['*'], { numeric_greater_than_equal: { 'qcs:n': ['3'] } })], [allow(['cos:GetObject'], ['*'], { numeric_less_than: { 'qcs:n': ['8'] } })]);
    expect(low.witnesses.map((w) => w.request.context)).toEqual([{ 'qcs:n': ['2'] }]);
    // A key compared with no number at all: any number is one cell.
    const none = added([], [allow(['cos:GetObject'], ['*'], { numeric_not_equal: { 'qcs:n': ['ten'] } })]);
    expect(none.unknown).toEqual([]);
  });

  it('strings compared ignoring case: a value in another case is a cell of its own', () => {
    const r = added([allow(['cos:GetObject'], ['*'], { string_equal: { 'qcs:tag': ['abc'] } })], [allow(['cos:GetObject'], ['*'], { string_equal_ignore_case: { 'qcs:tag': ['abc'] } })]);
    expect(r.witnesses).toHaveLength(1);
    expect(r.witnesses[0].request.context!['qcs:tag'][0].toLowerCase()).toBe('abc');
    expect(r.witnesses[0].request.context!['qcs:tag'][0]).not.toBe('abc');
  });

  it('a key with more lists of values than the budget is unknown, named', () => {
    const values = Array.from({ length: 13 }, (_, i) => `v${i}`);
    const r = added([], values.map((v) => allow(['cos:GetObject'], ['*'], { string_equal: { 'qcs:tag': [v] } })));
    expect(r.unknown).toEqual(['condition key qcs:tag: its values make more than 5000 lists']);
  });

  it('witnesses come in the order of the actions, and the limit counts across them', () => {
    const now = compile('new', [allow(['cos:Zeta']), allow(['cos:Alpha']), allow(['cos:Mid'])]);
    expect(compareStatements([], now, { limit: 1 }).witnesses.map((w) => w.request.action)).toEqual(['cos:Alpha']);
    expect(compareStatements([], now, { limit: 2 }).witnesses.map((w) => w.request.action)).toEqual(['cos:Alpha', 'cos:Mid']);
    expect(compareStatements([], now).witnesses.map((w) => w.request.action)).toEqual(['cos:Alpha', 'cos:Mid', 'cos:Zeta']);
    // The wildcard statements come after the exact actions, within the same limit.
    const mixed = compile('new', [allow(['cvm:*']), allow(['cos:Alpha'])]);
    expect(compareStatements([], mixed, { limit: 1 }).witnesses.map((w) => w.request.action)).toEqual(['cos:Alpha']);
    expect(compareStatements([], mixed).witnesses.map((w) => w.request.action.split(':')[0])).toEqual(['cos', 'cvm']);
  });

  it('sameHeld: module calls the same only when each is written out and they match; one that cannot be written out never is', () => {
    const calls = (...c: string[]) => ({ statements: [], opaque: [], calls: c });
    const ids = new StatementIds();
    expect(sameHeld(calls('a', 'b'), calls('b', 'a'), ids)).toBe(true);
    expect(sameHeld(calls('a'), calls('b'), ids)).toBe(false);
    expect(sameHeld(calls(''), calls(''), ids)).toBe(false);
    expect(sameHeld(held([]), { ...held([]), calls: [] }, ids)).toBe(true);
    const r = compareByPrincipal(new Map([['module m (./m)', calls('')]]), new Map([['module m (./m)', calls('')]]));
    expect(r.unknown).toEqual(['module m (./m): a module call changed: what the module creates (users, policies, attachments) is not read from Terraform JSON; give the plan (terraform show -json), which holds its resources']);
  });

  it('StatementIds.same: the same statements in any order; never one with a value Terraform fills in', () => {
    const ids = new StatementIds();
    const [a, b] = compile('p', [allow(['cos:GetObject']), deny(['cos:PutObject'])]);
    const [a2, b2] = compile('q', [allow(['cos:GetObject']), deny(['cos:PutObject'])]);
    expect(ids.same([a, b], [b2, a2])).toBe(true);
    expect(ids.same([a, b], [a2])).toBe(false);
    expect(ids.same([a, a], [a2, b2])).toBe(false);
    const [pending] = compile('p', [allow(['cos:GetObject'], ['${x.y}'])]);
    expect(pending.unknown.length).toBeGreaterThan(0);
    expect(ids.same([pending], [pending])).toBe(false);
    // But for their actions: the same resources and conditions.
    const [wide] = compile('p', [allow(['cos:GetObject', 'cos:HeadObject'])]);
    expect(ids.same([a], [wide])).toBe(false);
    expect(ids.same([a], [wide], true)).toBe(true);
    expect(ids.same([b], [wide], true)).toBe(false);
  });

  it('sameHeld: the same documents or the same statements, and the same opaque policies in any order', () => {
    const ids = new StatementIds();
    const one = compile('p', [allow(['cos:GetObject'])]);
    const two = compile('p', [allow(['cos:PutObject'])]);
    expect(sameHeld(held(one), held(one), ids)).toBe(true);
    expect(sameHeld(held(one), held(two), ids)).toBe(false);
    // The same documents hold the same, whatever the statements compiled from them.
    expect(sameHeld(held(one, { documents: ['d', 'e'] }), held(two, { documents: ['e', 'd'] }), ids)).toBe(true);
    expect(sameHeld(held(one, { documents: ['d'] }), held(two, { documents: ['e'] }), ids)).toBe(false);
    expect(sameHeld(held(one, { documents: ['d'] }), held(two), ids)).toBe(false);
    expect(sameHeld(held(one, { documents: ['d', 'd'] }), held(two, { documents: ['d', 'e'] }), ids)).toBe(false);
    // A document with a value Terraform fills in may differ though its text does not.
    const pending = compile('p', [allow(['cos:GetObject'], ['${x.y}'])]);
    expect(sameHeld(held(pending, { documents: ['d'] }), held(pending, { documents: ['d'] }), ids)).toBe(false);
    // Opaque policies: the same in any order, else not the same.
    expect(sameHeld(held(one, { opaque: ['A', 'B'] }), held(one, { opaque: ['B', 'A'] }), ids)).toBe(true);
    expect(sameHeld(held(one, { opaque: ['A', 'B'] }), held(one, { opaque: ['A', 'C'] }), ids)).toBe(false);
    expect(sameHeld(held(one, { opaque: ['A'] }), held(one), ids)).toBe(false);
  });

  it('sameHeld: the same texts, presets and no value Terraform fills in are the same without compiling; else the statements decide', () => {
    const ids = new StatementIds();
    const uncompiled = (documents: string[], presets: string[] | undefined, pending: boolean | undefined, statements: CompiledStatement[] = []) => ({
      documents, opaque: [] as string[], ...(presets ? { presets } : {}), ...(pending !== undefined ? { pending } : {}),
      get statements(): CompiledStatement[] {
        if (presets && pending === false) throw new Error('compiled');
        return statements;
      },
    });
    expect(sameHeld(uncompiled(['d', 'e'], ['P: preset'], false), uncompiled(['e', 'd'], ['P: preset'], false), ids)).toBe(true);
    // Different presets, documents or a pending value: not told the same this way.
    const get = compile('p', [allow(['cos:GetObject'])]);
    const put = compile('p', [allow(['cos:PutObject'])]);
    expect(sameHeld({ ...held(get, { documents: ['d'], opaque: ['A'] }), presets: ['A'], pending: false }, { ...held(put, { documents: ['d'], opaque: ['B'] }), presets: ['B'], pending: false }, ids)).toBe(false);
    expect(sameHeld({ ...held(get, { documents: ['d'] }), presets: [], pending: false }, { ...held(put, { documents: ['e'] }), presets: [], pending: false }, ids)).toBe(false);
    const pending = compile('p', [allow(['cos:GetObject'], ['${x.y}'])]);
    expect(sameHeld({ ...held(pending, { documents: ['d'] }), presets: [], pending: true }, { ...held(pending, { documents: ['d'] }), presets: [], pending: true }, ids)).toBe(false);
    // Without presets (a holding made by hand), the documents and the statements decide as before.
    expect(sameHeld(held(get, { documents: ['d'] }), held(put, { documents: ['d'] }), ids)).toBe(true);
  });

  it('compareByPrincipal: principals in order, each named as simulate names it, opaque policies new to it only', () => {
    const get = compile('p', [allow(['cos:GetObject'])]);
    const put = compile('p', [allow(['cos:PutObject'])]);
    const r = compareByPrincipal(
      new Map([['user b', held(get, { opaque: ['Old: preset'] })]]),
      new Map([['user b', held(put, { principal: 'user/b', opaque: ['Old: preset', 'New: preset'] })], ['user a', held(put)]]),
    );
    expect(r.witnesses.map((w) => [w.principal, w.principalArg, w.request.action])).toEqual([['user a', undefined, 'cos:PutObject'], ['user b', 'user/b', 'cos:PutObject']]);
    expect('principalArg' in r.witnesses[0]).toBe(false);
    expect(r.opaque).toEqual(['user b: New: preset']);
    // A principal only before: nothing it lost is new access, and its name is still read safely.
    const gone = compareByPrincipal(new Map([['user c', held(put, { principal: 'user/c' })]]), new Map());
    expect(gone).toEqual({ witnesses: [], opaque: [], unknown: [] });
  });
});
