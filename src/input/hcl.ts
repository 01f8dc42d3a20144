// The document of `"document": "${jsonencode({...})}"`, as cdktf's `Fn.jsonencode` and HCL modules
// converted to JSON write it: the argument read as HCL's expression syntax when it is a literal
// (objects, tuples, strings, numbers, true, false, null, literal locals), and rendered as
// Terraform's `jsonencode` renders it (no white space, object keys sorted, <, >, & escaped).
// Anything Terraform computes (a variable, a resource's attribute, a function call, an operator, a
// `for`, a template directive) is named as what keeps the document unknown until Terraform runs.
import { hasOwn } from '../policy/json-error';
import { templateSpans, unescapeTerraform } from '../policy/tokens';

/** A jsonencode(...) read: the JSON text Terraform would make, or what keeps it unknown. @internal */
export type JsonencodeReading = { readonly text: string } | { readonly unknown: string };

/** Nesting deeper than this is not read (no recursion without bound on hostile input). */
const MAX_DEPTH = 256;
/**
 * How many values one local may stand for once the locals it names are read in it: locals that name
 * each other twice over (`a = ["${local.b}", "${local.b}"]`, b likewise, ...) would double at each.
 */
const MAX_LOCAL_NODES = 1_000_000;

/** The inside of a string that is exactly one Terraform interpolation (`${ x }`), else undefined. @internal */
export function interpolation(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  // Its first `}` is its last character: one interpolation, closed there.
  if (!t.startsWith('${') || t.indexOf('}') !== t.length - 1) return undefined;
  return t.slice(2, -1).trim();
}

/** The local a reference names by itself (`local.policy`: `policy`), else undefined (for no reference too). @internal */
export function localName(reference: string | undefined): string | undefined {
  return reference === undefined ? undefined : /^local\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(reference)?.[1];
}

/** Why a literal could not be read: carries the words for the reader. */
class NotLiteral {
  constructor(public readonly why: string) {}
}

/**
 * Reads an attribute that is one `${jsonencode(<literal>)}`. Undefined when the attribute is not one
 * jsonencode call (`${file("p.json")}`, `${var.doc}`, a template around a call), which stays a
 * Terraform expression. `local` gives a local's value as the file holds it (undefined for none): one
 * that is literal stands for itself, in a string (`"${local.bucket}/*"`) or as a value
 * (`jsonencode(local.policy)`).
 * @internal
 */
export function readJsonencode(raw: string, local: (name: string) => unknown): JsonencodeReading | undefined {
  const read = readOne(raw, JSONENCODE, local);
  if (read === undefined) return undefined;
  if ('why' in read) return { unknown: `the document is jsonencode(...) of ${read.why}, known only when Terraform runs: lint the plan (terraform show -json) to check it` };
  return { text: render(read.value) };
}

/**
 * An attribute that is one `${<literal>}` or `${toset(<literal>)}`, as `count` and `for_each` are
 * written: its value (numbers as `{ decimal }` text, objects without a prototype), whether `toset`
 * made it a set, or what Terraform computes (`{ why: 'var.users' }`). Undefined for a template or
 * another form. @internal
 */
export function readLiteralExpression(raw: string, local: (name: string) => unknown): { value: unknown; set: boolean } | { why: string } | undefined {
  const read = readOne(raw, TOSET_OR_PLAIN, local);
  return read === undefined || 'why' in read ? read : { value: plain(read.value), set: read.call };
}

const JSONENCODE = /^\$\{\s*jsonencode\s*\(/;
const TOSET_OR_PLAIN = /^\$\{\s*(?:toset\s*\()?/;

/** One `${...}` whose head `head` matches (a call when it ends with `(`), read as a literal. */
function readOne(raw: string, head: RegExp, local: (name: string) => unknown): { value: unknown; call: boolean } | { why: string } | undefined {
  const t = raw.trim();
  const call = head.exec(t);
  if (!call || !t.endsWith('}')) return undefined;
  const isCall = call[0].endsWith('(');
  const reader = new Reader(t.slice(0, -1), call[0].length, local);
  try {
    const value = reader.value(0);
    if (isCall) reader.expect(')');
    reader.space();
    // More after the call (`${jsonencode({})}-${var.x}`): a template, not one call.
    if (reader.at < t.length - 1) return undefined;
    return { value, call: isCall };
  } catch (e) {
    if (e instanceof NotLiteral) return { why: e.why };
    throw e;
  }
}

/** A read value with its numbers as `{ decimal }`: the reader's own class stays inside this file. */
function plain(value: unknown): unknown {
  if (value instanceof DecimalText) return { decimal: value.text };
  if (Array.isArray(value)) return value.map(plain);
  if (value === null || typeof value !== 'object') return value;
  const out = emptyObject();
  for (const key of Object.keys(value)) out[key] = plain((value as Record<string, unknown>)[key]);
  return out;
}

/** An object that takes any key as its own (`__proto__` too): made without a prototype. */
function emptyObject(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

/** A number as its decimal text, kept exact (Terraform's numbers are arbitrary-precision). */
class DecimalText {
  constructor(public readonly text: string) {}
}

/**
 * The JSON Terraform's jsonencode writes (checked against `terraform console`, 1.11): no white
 * space; an object's keys in byte order of their UTF-8 (cty keeps attributes sorted so); numbers
 * in plain decimal, exact (`1e3` is 1000, `1.50` is 1.5, `-0.0` is -0); `<`, `>`, `&`, U+2028 and
 * U+2029 as `\u` escapes.
 */
function render(value: unknown): string {
  if (value instanceof DecimalText) return value.text;
  if (typeof value === 'number') return decimal(String(value));
  if (typeof value === 'string') return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (value === null || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(render).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj).sort(byCodePoint).map((key) => `${render(key)}:${render(obj[key])}`).join(',')}}`;
}

/**
 * Strings by code point (UTF-8's byte order), not by UTF-16 unit as `sort()` compares them: they
 * differ only where a surrogate (half of a code point past U+FFFF) meets a unit from U+E000 up.
 * @internal
 */
export function byCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    return sx === sy ? x - y : sx ? 1 : -1;
  }
  return a.length - b.length;
}

/** Exponents beyond this are not written out here: `1e999999` would be a million digits. */
const MAX_EXPONENT = 1000;

/** A number literal (`-1.50e3`, or a JavaScript number's text) as Terraform writes it: `-1500`. */
function decimal(literal: string): string {
  const m = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/.exec(literal)!;
  const exponent = Number(m[4] ?? 0);
  if (Math.abs(exponent) > MAX_EXPONENT) throw new NotLiteral(`the number ${clip(literal)}, too large to write out here`);
  const digits = m[2] + (m[3] ?? '');
  const point = m[2].length + exponent;
  const whole = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const fraction = (point < 0 ? '0'.repeat(-point) + digits : digits.slice(Math.max(point, 0))).replace(/0+$/, '');
  const text = `${whole.replace(/^0+(?=[0-9])/, '')}${fraction === '' ? '' : `.${fraction}`}`;
  return `${m[1]}${text}`;
}

/** Input quoted in a reason: at most 40 characters of it. */
function clip(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}...` : text);
}

/** A number literal (HCL takes leading zeros: `007` is 7). */
const NUMBER = /-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_-]*/y;
/** Characters of a string that stand for themselves. */
const PLAIN = /[^"\\$%\n]+/y;
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** A reader of HCL's literal expressions over one text, from a position. */
class Reader {
  /** Inside an object, items may be separated by new lines alone: the next key may follow a value. */
  private inObject = false;

  constructor(private readonly text: string, public at: number, private readonly local: (name: string) => unknown) {}

  /** Skips white space, new lines and comments (`#`, `//`, `/* *\/`); whether a new line was among them. */
  public space(): boolean {
    const s = this.text;
    const from = this.at;
    for (;;) {
      const c = s[this.at];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.at++;
      else if (c === '#' || s.startsWith('//', this.at)) {
        const end = s.indexOf('\n', this.at);
        this.at = end < 0 ? s.length : end + 1;
      } else if (s.startsWith('/*', this.at)) {
        const end = s.indexOf('*/', this.at + 2);
        if (end < 0) throw new NotLiteral('a comment that is not closed');
        this.at = end + 2;
      } else return s.slice(from, this.at).includes('\n');
    }
  }

  /** The character `c` next, after white space. */
  public expect(c: string): void {
    this.space();
    if (this.at >= this.text.length) throw new NotLiteral(`an expression cut short (no "${c}")`);
    if (this.text[this.at] !== c) throw new NotLiteral(`${clip(this.text.slice(this.at))} where "${c}" belongs`);
    this.at++;
  }

  /** One literal value. */
  public value(depth: number): unknown {
    if (depth > MAX_DEPTH) throw new NotLiteral(`values nested more than ${MAX_DEPTH} deep`);
    this.space();
    const s = this.text;
    const c = s[this.at];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.tuple(depth);
    if (c === '"') return this.after(this.quoted());
    NUMBER.lastIndex = this.at;
    const n = NUMBER.exec(s);
    if (n) {
      this.at += n[0].length;
      return this.after(new DecimalText(decimal(n[0])));
    }
    IDENTIFIER.lastIndex = this.at;
    const word = IDENTIFIER.exec(s)?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      this.at += word.length;
      return this.after(word === 'null' ? null : word === 'true');
    }
    // A local, by itself: its value, when literal.
    const local = /^local\.([A-Za-z_][A-Za-z0-9_-]*)(?![A-Za-z0-9_.[(-])/.exec(s.slice(this.at, this.at + 300));
    if (local) {
      this.at += local[0].length;
      return this.after(this.literalLocal(local[1]));
    }
    // A reference, a call, a `for`, a heredoc: what Terraform works out.
    const rest = s.slice(this.at);
    const named = /^([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*)(\s*\()?/.exec(rest);
    if (!named) throw new NotLiteral(clip(rest));
    if (named[1] === 'for') throw new NotLiteral('a for expression');
    throw new NotLiteral(named[2] ? `a call of ${named[1]}(...)` : named[1]);
  }

  /**
   * A value is followed by a separator or a closing bracket, not by an operator (`1 + x`, `a ? b : c`);
   * in an object, a new line separates items too (`{a = 1 b = 2}` on one line Terraform rejects).
   */
  private after<T>(value: T): T {
    const line = this.space();
    const c = this.text[this.at];
    const next = c === undefined || c === ',' || c === ']' || c === '}' || c === ')' || (this.inObject && line && (c === '"' || /[A-Za-z_]/.test(c)));
    if (!next) throw new NotLiteral(`an expression with ${clip(this.text.slice(this.at))}`);
    return value;
  }

  private object(depth: number): Record<string, unknown> {
    this.at++;
    const out = emptyObject();
    const outer = this.inObject;
    for (;;) {
      this.space();
      if (this.text[this.at] === '}') break;
      const key = this.key();
      this.space();
      const sep = this.text[this.at];
      if (sep !== '=' && sep !== ':') throw new NotLiteral(`an object item without "=" after ${JSON.stringify(key)}`);
      this.at++;
      // A key given twice: Terraform keeps the later value.
      this.inObject = true;
      out[key] = this.value(depth + 1);
      this.space();
      if (this.text[this.at] === ',') this.at++;
    }
    this.at++;
    this.inObject = outer;
    return this.after(out);
  }

  /** An object's key: a quoted string or a name; an expression in parentheses, or a `for`, is computed. */
  private key(): string {
    if (this.text[this.at] === '"') return this.quoted();
    IDENTIFIER.lastIndex = this.at;
    const word = IDENTIFIER.exec(this.text)?.[0];
    if (word === undefined) throw new NotLiteral(this.text[this.at] === '(' ? 'an object key that is an expression' : `${clip(this.text.slice(this.at))} where an object key belongs`);
    // HCL reads `for` first in an object as a for expression.
    if (word === 'for') throw new NotLiteral('a for expression');
    this.at += word.length;
    return word;
  }

  private tuple(depth: number): unknown[] {
    this.at++;
    const out: unknown[] = [];
    const outer = this.inObject;
    this.inObject = false;
    for (;;) {
      this.space();
      if (this.text[this.at] === ']') break;
      out.push(this.value(depth + 1));
      if (this.text[this.at] !== ',') break;
      this.at++;
    }
    this.expect(']');
    this.inObject = outer;
    return this.after(out);
  }

  /** A quoted string, its escapes read and `$${`, `%%{` unescaped; an interpolation of a literal local is its text. */
  private quoted(): string {
    const s = this.text;
    this.at++;
    let out = '';
    for (;;) {
      if (this.at >= s.length) throw new NotLiteral('a string that is not closed');
      const c = s[this.at];
      if (c === '"') {
        this.at++;
        return out;
      }
      if (c === '\\') {
        out += this.escape();
        continue;
      }
      if (s.startsWith('$${', this.at) || s.startsWith('%%{', this.at)) {
        out += `${c}{`;
        this.at += 3;
        continue;
      }
      if (s.startsWith('%{', this.at)) throw new NotLiteral('a string with a template directive (%{...})');
      if (s.startsWith('${', this.at)) {
        out += this.interpolation();
        continue;
      }
      if (c === '\n') throw new NotLiteral('a string broken across lines');
      // A run of plain characters, taken whole (a lone `$` or `%` is one).
      PLAIN.lastIndex = this.at;
      const run = PLAIN.exec(s)?.[0] ?? c;
      out += run;
      this.at += run.length;
    }
  }

  /** The escape at the reader (`\n`, `\"`, `\u00e9`, `\U0001F600`): the character it stands for. */
  private escape(): string {
    const s = this.text;
    const e = s[this.at + 1] ?? '';
    if (hasOwn(ESCAPES, e)) {
      this.at += 2;
      return ESCAPES[e];
    }
    const hex = /^(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))/.exec(s.slice(this.at + 1, this.at + 10));
    const code = hex ? Number.parseInt(hex[1] ?? hex[2], 16) : Number.NaN;
    if (!(code <= 0x10ffff)) throw new NotLiteral(`a string with the escape ${clip(s.slice(this.at, this.at + 2))}`);
    this.at += 1 + hex![0].length;
    return String.fromCodePoint(code);
  }

  /** A `${...}` in a string: the text of the literal local it names, else computed. */
  private interpolation(): string {
    const s = this.text;
    const close = s.indexOf('}', this.at + 2);
    if (close < 0) throw new NotLiteral('a string with "${" not closed');
    const inner = s.slice(this.at + 2, close).trim();
    const name = localName(inner);
    // A name alone (`${uin}`) is no reference Terraform accepts: CAM's policy variable, unescaped.
    if (name === undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(inner)) {
      throw new NotLiteral(`"\${${inner}}" in a string, which Terraform rejects as a reference (write "$\${${inner}}" for CAM's policy variable)`);
    }
    if (name === undefined) throw new NotLiteral(`${clip(`\${${inner}}`)} in a string`);
    const value = this.literalLocal(name);
    if (typeof value !== 'string' && typeof value !== 'number') throw new NotLiteral(`local.${name} in a string, which is not text`);
    this.at = close + 1;
    return String(value);
  }

  /**
   * A local's value, when it is literal: in Terraform JSON its strings are templates, so a string
   * with a `${...}` or `%{...}` Terraform reads is not literal, and `$${` is a literal `${`.
   */
  private literalLocal(name: string): unknown {
    const value = this.local(name);
    if (value === undefined) throw new NotLiteral(`local.${name}`);
    return literalOf(value, name, 0, this.local, { nodes: MAX_LOCAL_NODES });
  }
}

/**
 * A string of Terraform JSON (a template there) as the literal text it stands for, its `$${` and
 * `%%{` read; undefined when Terraform reads a `${...}` or a `%{...}` in it.
 * @internal
 */
export function literalText(v: string): string | undefined {
  if (templateSpans(v).some((span) => span.escapes % 2 === 0) || /%\{/.test(v.replace(/%%\{/g, ''))) return undefined;
  return unescapeTerraform(v);
}

/**
 * A local's value as an HCL literal: in Terraform JSON a local's strings are templates, so a string
 * with a `${...}` or `%{...}` Terraform reads is not literal, and `$${` is a literal `${`.
 */
function literalOf(v: unknown, name: string, depth: number, local: (name: string) => unknown, budget: { nodes: number }): unknown {
  if (depth > MAX_DEPTH) throw new NotLiteral(`local.${name}, nested more than ${MAX_DEPTH} deep`);
  if (--budget.nodes < 0) throw new NotLiteral(`local.${name}, more than ${MAX_LOCAL_NODES} values once locals are read in it`);
  if (typeof v === 'string') {
    // A string that is one reference to another local (`"${local.statements}"`) is that local's value.
    const other = localName(interpolation(v));
    if (other !== undefined) {
      const value = local(other);
      if (value === undefined) throw new NotLiteral(`local.${other}`);
      return literalOf(value, other, depth + 1, local, budget);
    }
    const text = literalText(v);
    if (text === undefined) throw new NotLiteral(`local.${name}, a template`);
    return text;
  }
  if (Array.isArray(v)) return v.map((x) => literalOf(x, name, depth + 1, local, budget));
  // What else JSON holds: null, a boolean, a number, an object.
  if (v === null || typeof v !== 'object') return v;
  const out = emptyObject();
  for (const key of Object.keys(v)) out[key] = literalOf((v as Record<string, unknown>)[key], name, depth + 1, local, budget);
  return out;
}
