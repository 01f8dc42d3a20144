import { ConditionValue, isoTime, parseOperator } from '../policy/condition';
import { compileWildcard, matchCompiled } from '../policy/wildcard';

/**
 * How one condition (operator, key, values) is evaluated against the values a request gives for
 * its key, as CAM's condition reference describes (docs/simulation.md has each choice and its source).
 * @internal
 */
export type ConditionOutcome = 'true' | 'false' | 'absent';

/** The type of the operator's values decides the comparison. */
function compareOne(base: string, requestValue: string, policyValue: ConditionValue): boolean {
  const p = String(policyValue);
  switch (base) {
    case 'string_equal': return requestValue === p;
    case 'string_not_equal': return requestValue !== p;
    case 'string_equal_ignore_case': return requestValue.toLowerCase() === p.toLowerCase();
    case 'string_not_equal_ignore_case': return requestValue.toLowerCase() !== p.toLowerCase();
    case 'string_like': return matchCompiled(compileWildcard(p, false), requestValue);
    case 'string_not_like': return !matchCompiled(compileWildcard(p, false), requestValue);
    case 'numeric_equal': return numeric(requestValue, p, (a, b) => a === b);
    case 'numeric_not_equal': return numeric(requestValue, p, (a, b) => a !== b);
    case 'numeric_less_than': return numeric(requestValue, p, (a, b) => a < b);
    case 'numeric_less_than_equal': return numeric(requestValue, p, (a, b) => a <= b);
    case 'numeric_greater_than': return numeric(requestValue, p, (a, b) => a > b);
    case 'numeric_greater_than_equal': return numeric(requestValue, p, (a, b) => a >= b);
    case 'date_equal': return date(requestValue, p, (a, b) => a === b);
    case 'date_not_equal': return date(requestValue, p, (a, b) => a !== b);
    case 'date_less_than': return date(requestValue, p, (a, b) => a < b);
    case 'date_less_than_equal': return date(requestValue, p, (a, b) => a <= b);
    case 'date_greater_than': return date(requestValue, p, (a, b) => a > b);
    case 'date_greater_than_equal': return date(requestValue, p, (a, b) => a >= b);
    case 'bool_equal': return requestValue.toLowerCase() === p.toLowerCase();
    case 'binary_equal': return requestValue === p;
    case 'ip_equal': return ipIn(requestValue, p);
    case 'ip_not_equal': return !ipIn(requestValue, p);
    default: return false;
  }
}

/** Negated operators hold when no value of the policy matches (values OR-ed means "none equal"). */
const NEGATED = new Set(['string_not_equal', 'string_not_equal_ignore_case', 'string_not_like', 'numeric_not_equal', 'date_not_equal', 'ip_not_equal']);

function numeric(a: string, b: string, cmp: (x: number, y: number) => boolean): boolean {
  const x = Number(a);
  const y = Number(b);
  return a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y) && cmp(x, y);
}

/**
 * A request's time (`--context qcs:current_time=...`): an ISO 8601 time as CAM writes it (`isoTime`:
 * UTC where no zone is given), or epoch seconds, a convenience of the simulator's.
 */
function parseDate(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) * 1000 : isoTime(text);
}

/** A request's time against a policy's: the policy's is read as the linter reads it (`isoTime`; anything else never matches, INVALID_CONDITION_VALUE). */
function date(request: string, policy: string, cmp: (x: number, y: number) => boolean): boolean {
  const x = parseDate(request);
  const y = isoTime(policy);
  return x !== undefined && y !== undefined && cmp(x, y);
}

/** An IPv4 or IPv6 address as its bytes (4 or 16); undefined when it is neither. @internal */
export function parseIp(text: string): number[] | undefined {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const bytes = v4.slice(1).map(Number);
    return bytes.some((b) => b > 255) ? undefined : bytes;
  }
  if (!text.includes(':') || text.length > 45 || !/^[0-9A-Fa-f:]+$/.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array.from({ length: halves.length === 2 ? missing : 0 }, () => '0'), ...tail];
  if (all.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return undefined;
  return all.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
}

/** Whether an address is the policy's address, or inside its CIDR block (IPv4 or IPv6). */
function ipIn(address: string, block: string): boolean {
  const slash = block.indexOf('/');
  const net = parseIp(slash >= 0 ? block.slice(0, slash) : block);
  const ip = parseIp(address);
  if (!net || !ip || net.length !== ip.length) return false;
  const bits = net.length * 8;
  const prefixText = slash >= 0 ? block.slice(slash + 1) : String(bits);
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) return false;
  const prefix = Number(prefixText);
  const whole = Math.floor(prefix / 8);
  for (let i = 0; i < whole; i++) if (ip[i] !== net[i]) return false;
  const rest = prefix % 8;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return (ip[whole] & mask) === (net[whole] & mask);
}

/**
 * Evaluates one condition. `requestValues` is undefined when the request lacks the key.
 * - Values of the policy are OR-ed: one match is enough; for a negated operator, no value may match.
 * - A key the request lacks: `_if_exist` holds, `null_equal: true` holds, anything else does not
 *   (reported as absent, so the caller can name it).
 * - A key with many values in the request: `for_any_value:` holds when one of them matches,
 *   `for_all_value:` when every one does; without a qualifier, as `for_any_value:`.
 */
export function evaluateCondition(operator: string, policyValues: readonly ConditionValue[], requestValues: readonly string[] | undefined): ConditionOutcome {
  const { parsed } = parseOperator(operator);
  if (!parsed) return 'false';
  if (parsed.base === 'null_equal') {
    const wantsAbsent = policyValues.some((v) => String(v).toLowerCase() === 'true');
    const absent = requestValues === undefined || requestValues.length === 0;
    return absent === wantsAbsent ? 'true' : 'false';
  }
  if (requestValues === undefined || requestValues.length === 0) {
    if (parsed.ifExist) return 'true';
    // for_all_value over no values holds vacuously, as in AWS; CAM is silent (docs/simulation.md).
    if (parsed.qualifier === 'for_all_value') return 'true';
    return 'absent';
  }
  const negated = NEGATED.has(parsed.base);
  const one = (rv: string) => (negated
    ? policyValues.every((pv) => compareOne(parsed.base, rv, pv))
    : policyValues.some((pv) => compareOne(parsed.base, rv, pv)));
  if (parsed.qualifier === 'for_any_value') return requestValues.some(one) ? 'true' : 'false';
  if (parsed.qualifier === 'for_all_value') return requestValues.every(one) ? 'true' : 'false';
  return requestValues.some(one) ? 'true' : 'false';
}
