/**
 * How serious a finding is. The levels follow IAM Access Analyzer.
 */
export enum Severity {
  /** CAM or the Terraform provider would reject the policy, or it can never take effect. */
  ERROR = 'ERROR',
  /** The policy grants more than is likely intended (everything, to anyone, or the power to grant). */
  SECURITY_WARNING = 'SECURITY_WARNING',
  /** The policy works, but in a way that is fragile or broader than it needs to be. */
  WARNING = 'WARNING',
  /** The policy works. It could be simpler. */
  SUGGESTION = 'SUGGESTION',
}

/**
 * One problem in one place of a policy.
 */
export interface Finding {
  /** Stable code, such as `INVALID_RESOURCE`. Codes are public API: they never change meaning. */
  readonly code: string;
  /** How serious the problem is. */
  readonly severity: Severity;
  /** What is wrong: names the bad value, where it is and what would be valid. */
  readonly message: string;
  /**
   * A JSON pointer (RFC 6901) into the document the finding is about, such as
   * `/statement/0/resource/1`. The empty string is the whole document.
   */
  readonly path: string;
}

const SEVERITY_RANK: Record<Severity, number> = {
  [Severity.ERROR]: 4,
  [Severity.SECURITY_WARNING]: 3,
  [Severity.WARNING]: 2,
  [Severity.SUGGESTION]: 1,
};

/** @internal whether `severity` is at or above `threshold`: what "fail on" means everywhere. */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

/** @internal */
export function parseSeverity(text: string): Severity | undefined {
  const upper = text.trim().toUpperCase();
  return (Object.values(Severity) as string[]).includes(upper) ? (upper as Severity) : undefined;
}

/**
 * Appends every item to a list. `list.push(...items)` passes the items as arguments, and past about
 * 100,000 of them that overflows the stack: one hostile document can hold that many findings.
 * @internal
 */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/**
 * Any value as a message shows it: a string quoted (cut after 200 characters), a number or boolean
 * as written, a list or an object by its kind. Never `JSON.stringify` of a value from input, which
 * throws on a cycle or a BigInt and overflows the stack on deep nesting.
 * @internal
 */
export function quote(v: unknown): string {
  // JSON escapes control characters; invisible ones (zero-width spaces, bidirectional marks, line
  // separators) are escaped too, so a message shows what a reader cannot see.
  if (typeof v === 'string') return JSON.stringify(v.length > 200 ? `${v.slice(0, 200)}...` : v).replace(INVISIBLE, escapeUnit);
  if (v === null || typeof v === 'number' || typeof v === 'boolean' || v === undefined) return String(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : typeof v;
}

/** What a value is, for messages: `null`, `a list`, `the string "x"`, `the number 5`. @internal */
export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v)}`;
  if (v === undefined) return 'undefined (no value)';
  if (typeof v === 'function' || typeof v === 'symbol') return `a ${typeof v}`;
  return `the ${typeof v} ${quote(v)}`;
}

const INVISIBLE = /[\p{Cf}\u2028\u2029]/gu;

/** `\uXXXX` for each UTF-16 unit of a character (two for one outside the Basic Multilingual Plane). */
function escapeUnit(ch: string): string {
  let out = '';
  for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/** @internal */
export function finding(code: string, severity: Severity, path: string, message: string): Finding {
  // A message is built from pieces; reading a character makes V8 flatten it into one string, so a
  // finding kept does not keep every piece (a third of the memory of 100,000 findings).
  message.charCodeAt(0);
  return { code, severity, message, path };
}

/**
 * Renders a JSON pointer the way a reader names a place: `/statement/1/resource/0` becomes
 * `statement[1].resource[0]`; the empty pointer is `document`.
 * @internal
 */
export function describePath(pointer: string): string {
  if (pointer === '') return 'document';
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.indexOf('~') < 0 ? raw : raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const kind = partKind(part);
    if (kind === 'index') out += `[${part}]`;
    else if (kind === 'name') out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** Whether a pointer token is a list index (digits), a plain name, or something to quote. */
function partKind(part: string): 'index' | 'name' | 'other' {
  if (part.length === 0) return 'other';
  let digits = true;
  let name = true;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!digit) digits = false;
    if (!(letter || (i > 0 && (digit || c === 45)))) name = false;
    if (!digits && !name) return 'other';
  }
  return digits ? 'index' : 'name';
}

/** @internal appends one reference token to a JSON pointer, escaping it as RFC 6901 says. */
export function pointer(base: string, token: string | number): string {
  if (typeof token === 'number') return `${base}/${token}`;
  if (token.indexOf('~') < 0 && token.indexOf('/') < 0) return `${base}/${token}`;
  return `${base}/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** @internal the message of an error that carries findings: every finding on its own line. */
export function formatFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `[${f.severity}] ${f.code} at ${f.path === '' ? '/' : f.path}: ${f.message}`).join('\n');
}

/**
 * Thrown when a value given in code cannot be used: `QcsResource.parse`, `Principal.fromString`,
 * `PolicyDocument.fromJson`. It carries every finding, not only the first; its message lists them
 * with their paths.
 *
 * @jsii ignore jsii cannot export a class that extends Error; other languages see the message.
 */
export class CamValidationError extends Error {
  /** Every problem found, in document order. */
  public readonly findings: Finding[];

  constructor(summary: string, findings: Finding[]) {
    super(`${summary}\n${formatFindings(findings)}`);
    this.name = 'CamValidationError';
    this.findings = findings;
    Object.setPrototypeOf(this, CamValidationError.prototype);
  }
}
