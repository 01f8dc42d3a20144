import * as data from './data/condition-operators.json';
import { CamValidationError, Finding, Severity, describePath, finding, pushAll, quote } from './finding';
import { Region } from './region';
import { hasPlaceholder, hasTemplate } from './tokens';

/** @internal how the values of an operator are checked. */
export type OperatorType = 'string' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip' | 'null';

const BASE_TYPES = new Map<string, OperatorType>(data.operators.map((o) => [o.name, o.type as OperatorType]));
const IF_EXIST = '_if_exist';
const QUALIFIERS = ['for_any_value', 'for_all_value'];

interface ParsedOperator {
  readonly qualifier?: string;
  readonly base: string;
  readonly ifExist: boolean;
}

/** @internal splits `for_any_value:string_equal_if_exist` into its parts; errors name what is wrong. */
export function parseOperator(text: string): { parsed?: ParsedOperator; error?: string } {
  const result = readOperator(text);
  if (result.error) {
    // AWS IAM's names and near-misses (IpAddress, StringEqualsIfExists, ForAnyValue:StringLike,
    // date_less_than_if_exists): name the CAM operator the author meant, whole.
    const meant = camOperatorFor(text);
    // The list of operators, not the base's own "is not an operator" again.
    if (meant) return { error: `${JSON.stringify(text)} is not a CAM condition operator: did you mean "${meant}"? (${result.unknownBase ? OPERATORS_TEXT : result.error})` };
  }
  return result;
}

/** The CAM operator an operator written the AWS way, or with a slip, stands for; undefined when none. */
function camOperatorFor(text: string): string | undefined {
  if (text.length > 80) return undefined;
  const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/-/g, '_');
  const colon = text.indexOf(':');
  const qualifierText = colon >= 0 ? snake(text.slice(0, colon)).replace(/_values$/, '_value') : undefined;
  let rest = snake(colon >= 0 ? text.slice(colon + 1) : text).replace(/equals/g, 'equal').replace(/_if_exists$/, '_if_exist');
  const ifExist = rest.endsWith(IF_EXIST);
  if (ifExist) rest = rest.slice(0, -IF_EXIST.length);
  const base = BASE_TYPES.has(rest) ? rest : closestOperator(rest);
  if (!base) return undefined;
  const candidate = `${qualifierText ? `${qualifierText}:` : ''}${base}${ifExist ? IF_EXIST : ''}`;
  return candidate !== text && !readOperator(candidate).error ? candidate : undefined;
}

/** What every message about an unknown operator ends with. */
const OPERATORS_TEXT = `operators are ${[...BASE_TYPES.keys()].join(', ')}, optionally with the suffix "_if_exist" and the prefix "for_any_value:" or "for_all_value:"`;

function readOperator(text: string): { parsed?: ParsedOperator; error?: string; unknownBase?: boolean } {
  let rest = text;
  let qualifier: string | undefined;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    qualifier = rest.slice(0, colon);
    rest = rest.slice(colon + 1);
    if (!QUALIFIERS.includes(qualifier)) {
      return { error: `the qualifier ${JSON.stringify(qualifier)} is not one of "for_any_value:" or "for_all_value:"` };
    }
  }
  const ifExist = rest.endsWith(IF_EXIST);
  const base = ifExist ? rest.slice(0, -IF_EXIST.length) : rest;
  if (!BASE_TYPES.has(base)) {
    const hint = closestOperator(base);
    return { error: `${JSON.stringify(base)} is not a CAM condition operator${hint ? ` (did you mean "${hint}"?)` : ''}; ${OPERATORS_TEXT}`, unknownBase: true };
  }
  if (ifExist && base === 'null_equal') {
    return { error: '"null_equal" cannot take the suffix "_if_exist": it already tests whether the key exists' };
  }
  return { parsed: { qualifier, base, ifExist } };
}

/** AWS IAM names people carry over, and plural or camel-case slips, mapped to CAM's operator. */
const ALIASES = new Map<string, string>([['ipaddress', 'ip_equal'], ['notipaddress', 'ip_not_equal'], ['bool', 'bool_equal'], ['null', 'null_equal'], ['binary', 'binary_equal']]);

function closestOperator(text: string): string | undefined {
  const flat = text.toLowerCase().replace(/[_-]/g, '');
  if (ALIASES.has(flat)) return ALIASES.get(flat);
  const squash = (s: string) => s.toLowerCase().replace(/[_-]/g, '').replace(/s$/, '');
  const key = squash(text);
  for (const name of BASE_TYPES.keys()) {
    if (squash(name) === key || squash(name) === key.replace(/equals?/g, 'equal')) return name;
  }
  return undefined;
}

/**
 * A CAM condition operator, such as `string_equal`, `ip_equal_if_exist` or
 * `for_any_value:string_equal`.
 */
export class ConditionOperator {
  public static readonly STRING_EQUAL = new ConditionOperator('string_equal');
  public static readonly STRING_NOT_EQUAL = new ConditionOperator('string_not_equal');
  public static readonly STRING_EQUAL_IGNORE_CASE = new ConditionOperator('string_equal_ignore_case');
  public static readonly STRING_NOT_EQUAL_IGNORE_CASE = new ConditionOperator('string_not_equal_ignore_case');
  public static readonly STRING_LIKE = new ConditionOperator('string_like');
  public static readonly STRING_NOT_LIKE = new ConditionOperator('string_not_like');
  public static readonly NUMERIC_EQUAL = new ConditionOperator('numeric_equal');
  public static readonly NUMERIC_NOT_EQUAL = new ConditionOperator('numeric_not_equal');
  public static readonly NUMERIC_LESS_THAN = new ConditionOperator('numeric_less_than');
  public static readonly NUMERIC_LESS_THAN_EQUAL = new ConditionOperator('numeric_less_than_equal');
  public static readonly NUMERIC_GREATER_THAN = new ConditionOperator('numeric_greater_than');
  public static readonly NUMERIC_GREATER_THAN_EQUAL = new ConditionOperator('numeric_greater_than_equal');
  public static readonly DATE_EQUAL = new ConditionOperator('date_equal');
  public static readonly DATE_NOT_EQUAL = new ConditionOperator('date_not_equal');
  public static readonly DATE_LESS_THAN = new ConditionOperator('date_less_than');
  public static readonly DATE_LESS_THAN_EQUAL = new ConditionOperator('date_less_than_equal');
  public static readonly DATE_GREATER_THAN = new ConditionOperator('date_greater_than');
  public static readonly DATE_GREATER_THAN_EQUAL = new ConditionOperator('date_greater_than_equal');
  public static readonly BOOL_EQUAL = new ConditionOperator('bool_equal');
  public static readonly BINARY_EQUAL = new ConditionOperator('binary_equal');
  public static readonly IP_EQUAL = new ConditionOperator('ip_equal');
  public static readonly IP_NOT_EQUAL = new ConditionOperator('ip_not_equal');
  public static readonly NULL_EQUAL = new ConditionOperator('null_equal');

  /**
   * Parses an operator as written in a policy, qualifiers and suffix included.
   * @throws CamValidationError when it is not a CAM operator
   */
  public static of(text: string): ConditionOperator {
    const { error } = parseOperator(String(text));
    if (error) {
      throw new CamValidationError(`Invalid condition operator ${JSON.stringify(text)}`, [
        finding('INVALID_CONDITION_OPERATOR', Severity.ERROR, '', error),
      ]);
    }
    return new ConditionOperator(text);
  }

  /** Every base operator CAM documents, without qualifier or suffix. */
  public static baseOperators(): string[] {
    return [...BASE_TYPES.keys()];
  }

  /** @internal an operator as found in a parsed document, valid or not. */
  public static _unchecked(text: string): ConditionOperator {
    return new ConditionOperator(text);
  }

  /** The operator as it is written in the document. */
  public readonly name: string;

  private constructor(name: string) {
    this.name = name;
  }

  /** The same operator with `_if_exist`: the condition also holds when the key is absent. */
  public ifExists(): ConditionOperator {
    return ConditionOperator.of(this.name.endsWith(IF_EXIST) ? this.name : `${this.name}${IF_EXIST}`);
  }

  /** The same operator with `for_any_value:`: true when any value of a multi-valued key matches. */
  public forAnyValue(): ConditionOperator {
    return ConditionOperator.of(`for_any_value:${this.name.replace(/^[^:]*:/, '')}`);
  }

  /** The same operator with `for_all_value:`: true when every value of a multi-valued key matches. */
  public forAllValues(): ConditionOperator {
    return ConditionOperator.of(`for_all_value:${this.name.replace(/^[^:]*:/, '')}`);
  }

  /** The operator without qualifier and suffix, such as `string_equal`. */
  public get baseName(): string {
    return this.name.replace(/^[^:]*:/, '').replace(/_if_exist$/, '');
  }

  /** The operator as written. */
  public toString(): string {
    return this.name;
  }
}

/** A value of a condition: JSON allows numbers and booleans as well as strings. @internal */
export type ConditionValue = string | number | boolean;

const ISO_8601 = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * The time an ISO 8601 text stands for, in milliseconds since the epoch; undefined when it is none.
 * CAM writes times with `T` or a space (`2022-05-31 00:00:00`, "Overview of Effective Conditions"),
 * and its times are UTC ("Condition Keys and Condition Operators": `qcs:current_time` "must use UTC
 * time"): a time without a zone is UTC, never the zone of the machine reading it.
 * @internal
 */
export function isoTime(text: string): number | undefined {
  const m = ISO_8601.exec(text);
  if (!m) return undefined;
  // `+0800` as `+08:00`, the form every JavaScript engine reads.
  const zone = m[3] === undefined ? 'Z' : m[3].toUpperCase().replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const t = Date.parse(`${m[1]}T${m[2] ?? '00:00:00'}${zone}`);
  return Number.isNaN(t) ? undefined : t;
}
/** Whether a text is an ISO 8601 time CAM reads (`isoTime`) that names no zone: read as UTC. @internal */
export function withoutZone(text: string): boolean {
  const m = ISO_8601.exec(text);
  return m !== null && m[3] === undefined && isoTime(text) !== undefined;
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\/(?:3[0-2]|[12]?\d))?$/;
/** IPv6 (hex digits, ':' and a dotted tail) with an optional prefix; one class, so no backtracking. */
const IPV6 = /^(?=[^:]*:)[0-9A-Fa-f:.]{2,45}(?:\/(?:12[0-8]|1[01]\d|[1-9]?\d))?$/;

/** @internal checks one condition value against the type of its operator. */
export function checkConditionValue(operator: string, value: ConditionValue, path: string, references: boolean): Finding[] {
  const { parsed } = parseOperator(operator);
  if (!parsed) return [];
  const text = String(value);
  // Policy variables (${uin}) and cdktf tokens are filled in later.
  if (typeof value === 'string' && (hasPlaceholder(text, references) || hasTemplate(text))) return [];
  const type = BASE_TYPES.get(parsed.base)!;
  const wrong = (expected: string) => [
    finding('INVALID_CONDITION_VALUE', Severity.ERROR, path, `${path === '' ? 'condition value' : describePath(path)} ${JSON.stringify(value)}: "${operator}" compares ${expected}`),
  ];
  switch (type) {
    case 'numeric':
      return typeof value === 'number' || /^-?\d+(?:\.\d+)?$/.test(text) ? [] : wrong('numbers, such as 10 or "10"');
    case 'date':
      return isoTime(text) !== undefined ? [] : wrong('ISO 8601 dates in UTC, such as "2026-11-23T00:00:00Z"');
    case 'bool':
    case 'null':
      return text === 'true' || text === 'false' ? [] : wrong('"true" or "false"');
    case 'ip':
      return IPV4.test(text) || IPV6.test(text) ? [] : wrong('IP addresses or CIDR blocks, such as "10.0.0.0/8" or "203.0.113.7"');
    default:
      return [];
  }
}

/** Tags as CAM's tag authorization writes them: `key&value`, in the order given. */
function tagValues(tags: { [key: string]: string }): string[] {
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) return [];
  return Object.entries(tags).map(([k, v]) => `${k}&${v}`);
}

/**
 * One test of a `condition` block: `operator` applied to `key` with any of `values`.
 *
 * ```ts
 * Condition.of(ConditionOperator.IP_EQUAL, 'qcs:ip', ['10.0.0.0/8'])
 * // "condition": {"ip_equal": {"qcs:ip": ["10.0.0.0/8"]}}
 * ```
 */
export class Condition {
  /**
   * A condition on `key`. The values are OR-ed: one match is enough. It never throws: a value that
   * does not fit the operator is reported when the policy that holds the condition is linted or
   * synthesized (INVALID_CONDITION_VALUE, with the construct path); `validate()` checks it now.
   */
  public static of(conditionOperator: ConditionOperator, key: string, values: string[]): Condition {
    return new Condition(conditionOperator, key, Array.isArray(values) ? values : []);
  }

  /** `string_equal`: the key equals one of the values. */
  public static stringEquals(key: string, values: string[]): Condition {
    return Condition.of(ConditionOperator.STRING_EQUAL, key, values);
  }

  /** `string_like`: the key matches one of the patterns (`*` matches any run of characters). */
  public static stringLike(key: string, values: string[]): Condition {
    return Condition.of(ConditionOperator.STRING_LIKE, key, values);
  }

  /** `ip_equal` on `qcs:ip`: the request comes from one of the CIDR blocks. */
  public static sourceIp(cidrs: string[]): Condition {
    return Condition.of(ConditionOperator.IP_EQUAL, 'qcs:ip', cidrs);
  }

  /**
   * The request is for one of these regions: `string_equal` on `<service>:region`.
   *
   * CAM's "Syntax Logic" page writes the key for VPC (`vpc:region`) and CVM (`cvm:region`), and each
   * service names its own. Regions as the service's CAM page writes them (`sh`, `ap-shanghai`), or
   * `Region`s (their codes).
   */
  public static region(service: string, regions: Array<string | Region>): Condition {
    if (typeof service !== 'string' || !/^[a-z][a-z0-9_-]*$/.test(service)) {
      throw new CamValidationError(`Condition.region: the first argument is the service whose region key is meant, such as "vpc" (vpc:region), got ${JSON.stringify(service)}`, []);
    }
    return Condition.stringEquals(`${service}:region`, (Array.isArray(regions) ? regions : []).map((r) => (r instanceof Region ? r.code : r)));
  }

  /**
   * `string_equal` on `sts:external_id`: a role's trust statement holds only for callers that give
   * this external id when they assume the role (the CAM console's "External ID" of a role for
   * another account).
   */
  public static externalId(externalId: string): Condition {
    return Condition.stringEquals('sts:external_id', [externalId]);
  }

  /**
   * A time window on `qcs:current_time`: from `from` (included) to `to` (excluded), ISO 8601 times
   * with their zone (`2026-12-24T00:00:00+08:00`). Two conditions, both of which must hold. CAM
   * compares them in UTC ("Condition Keys and Condition Operators"); a time without a zone is read as
   * UTC and the linter warns (TIME_WITHOUT_ZONE).
   */
  public static timeWindow(from: string, to: string): Condition[] {
    return [
      Condition.of(ConditionOperator.DATE_GREATER_THAN_EQUAL, 'qcs:current_time', [from]),
      Condition.of(ConditionOperator.DATE_LESS_THAN, 'qcs:current_time', [to]),
    ];
  }

  /**
   * The request carries one of these tags (`qcs:request_tag`), written `key&value` as CAM's tag
   * authorization takes them, with `for_any_value:string_equal`, the one form tag authorization uses.
   */
  public static requestTags(tags: { [key: string]: string }): Condition {
    return Condition.of(ConditionOperator.of('for_any_value:string_equal'), 'qcs:request_tag', tagValues(tags));
  }

  /**
   * The resource has one of these tags (`qcs:resource_tag`), written `key&value`, with
   * `for_any_value:string_equal`. A service whose CAM page says it does not authorize by tag (TCMPP)
   * never matches one (UNSUPPORTED_CONDITION).
   */
  public static resourceTags(tags: { [key: string]: string }): Condition {
    return Condition.of(ConditionOperator.of('for_any_value:string_equal'), 'qcs:resource_tag', tagValues(tags));
  }

  /** @internal a condition as found in a parsed document, valid or not. */
  public static _unchecked(conditionOperator: ConditionOperator, key: string, values: ConditionValue[]): Condition {
    return new Condition(conditionOperator, key, values);
  }

  /** The operator. */
  public readonly conditionOperator: ConditionOperator;
  /** The condition key, such as `qcs:ip`. */
  public readonly key: string;
  /** @internal the values as JSON types. */
  public readonly _values: ConditionValue[];

  private constructor(conditionOperator: ConditionOperator, key: string, values: ConditionValue[]) {
    this.conditionOperator = conditionOperator;
    this.key = key;
    this._values = [...values];
  }

  /** The values, as strings. */
  public get values(): string[] {
    return this._values.map((v) => String(v));
  }

  /**
   * The problems of this condition, as the linter reports them in a policy: a key that is no
   * string, no value, or a value that does not fit the operator. Paths are `/values/<n>`.
   */
  public validate(): Finding[] {
    const findings: Finding[] = [];
    if (typeof this.key !== 'string' || this.key === '') {
      findings.push(finding('INVALID_ELEMENT', Severity.ERROR, '', 'a condition key is a non-empty string such as "qcs:ip"'));
    }
    const { error } = parseOperator(this.conditionOperator.name);
    if (error) findings.push(finding('INVALID_CONDITION_OPERATOR', Severity.ERROR, '', error));
    if (this._values.length === 0) {
      findings.push(finding('INVALID_CONDITION_VALUE', Severity.ERROR, '', `condition "${this.conditionOperator.name}" on ${quote(this.key)} needs at least one value`));
    }
    this._values.forEach((v, i) => { pushAll(findings, checkConditionValue(this.conditionOperator.name, v, `/values/${i}`, false)); });
    return findings;
  }
}
