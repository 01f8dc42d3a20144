// The document of `"document": "${jsonencode({...})}"`, as cdktf's `Fn.jsonencode` and HCL modules
// converted to JSON write it: the argument read as HCL's expression syntax when it is a literal
// (objects, tuples, strings, numbers, true, false, null), and rendered as Terraform's `jsonencode`
// renders it (no white space, object keys sorted). Anything Terraform computes (a variable, a
// resource's attribute, a function call, an operator, a `for`, a template directive) is named as
// what keeps the document unknown until Terraform runs.
import { hasOwn } from '../policy/json-error';
import { templateSpans, unescapeTerraform } from '../policy/tokens';

/** A jsonencode(...) read: the JSON text Terraform would make, or what keeps it unknown. @internal */
export type JsonencodeReading = { readonly text: string } | { readonly unknown: string };

/** Nesting deeper than this is not read (no recursion without bound on hostile input). */
const MAX_DEPTH = 256;

/** Why a literal could not be read: carries the words for the reader. */
class NotLiteral {
  constructor(public readonly why: string) {}
}

/**
 * Reads an attribute that is one `${jsonencode(<literal>)}`. Undefined when the attribute is not one
 * jsonencode call (`${file("p.json")}`, `${var.doc}`, a template around a call), which stays a
 * Terraform expression.
 * `local` gives a local's value as the file holds it (undefined for none): one that is literal stands
 * for itself, in a string (`"${local.bucket}/*"`) or as a value (`jsonencode(local.policy)`).
 * @internal
 */
export function readJsonencode(raw: string, local: (name: string) => unknown): JsonencodeReading | undefined {
  const t = raw.trim();
  if (!t.startsWith('${') || !t.endsWith('}')) return undefined;
  const inner = t.slice(2, -1);
  const call = /^\s*jsonencode\s*\(/.exec(inner);
  if (!call) return undefined;
  const reader = new Reader(inner, call[0].length, local);
  try {
    const value = reader.value(0);
    reader.space();
    reader.expect(')');
    reader.space();
    // More after the call (`${jsonencode({})}-${var.x}`): a template, not one call.
    if (reader.at < inner.length) return undefined;
    // As Terraform's jsonencode writes strings: <, >, &, U+2028 and U+2029 as \u escapes.
    return { text: JSON.stringify(sortKeys(value)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) };
  } catch (e) {
    if (e instanceof NotLiteral) return { unknown: `the document is jsonencode(...) of ${e.why}, known only when Terraform runs: lint the plan (terraform show -json) to check it` };
    throw e;
  }
}

/** Terraform's jsonencode writes an object's keys in lexical order (cty keeps attributes sorted). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    Object.defineProperty(out, key, { value: sortKeys((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_-]*/y;
/** Characters of a string that stand for themselves. */
const PLAIN = /[^"\\$%\n]+/y;

/** A reader of HCL's literal expressions over one text, from a position. */
class Reader {
  constructor(private readonly text: string, public at: number, private readonly local: (name: string) => unknown) {}

  /**
   * A local's value, when it is literal: in Terraform JSON its strings are templates, so a string
   * with a `${...}` Terraform reads is not literal, and `$${` is a literal `${`.
   */
  private literalLocal(name: string): unknown {
    const literal = (v: unknown, depth: number): unknown => {
      if (depth > MAX_DEPTH) throw new NotLiteral(`local.${name}, nested more than ${MAX_DEPTH} deep`);
      if (typeof v === 'string') {
        if (templateSpans(v).some((span) => span.escapes % 2 === 0) || /(^|[^%])%\{/.test(v.replace(/%%\{/g, ''))) throw new NotLiteral(`local.${name}, a template`);
        return unescapeTerraform(v);
      }
      if (v === null || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) return v;
      if (Array.isArray(v)) return v.map((x) => literal(x, depth + 1));
      if (typeof v === 'object') {
        const out: Record<string, unknown> = {};
        for (const key of Object.keys(v)) Object.defineProperty(out, key, { value: literal((v as Record<string, unknown>)[key], depth + 1), enumerable: true, writable: true, configurable: true });
        return out;
      }
      throw new NotLiteral(`local.${name}`);
    };
    const value = this.local(name);
    if (value === undefined) throw new NotLiteral(`local.${name}`);
    return literal(value, 0);
  }

  /** Skips white space, new lines and comments (`#`, `//`, `/* *\/`). */
  public space(): void {
    const s = this.text;
    for (;;) {
      const c = s[this.at];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.at++;
      else if (c === '#' || (c === '/' && s[this.at + 1] === '/')) {
        const end = s.indexOf('\n', this.at);
        this.at = end < 0 ? s.length : end + 1;
      } else if (c === '/' && s[this.at + 1] === '*') {
        const end = s.indexOf('*/', this.at + 2);
        if (end < 0) throw new NotLiteral('a comment that is not closed');
        this.at = end + 2;
      } else return;
    }
  }

  public expect(c: string): void {
    if (this.text[this.at] !== c) throw new NotLiteral(this.at >= this.text.length ? `an expression cut short (no "${c}")` : `${JSON.stringify(clip(this.text.slice(this.at)))}`);
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
      return this.after(Number(n[0]));
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
    const named = /^[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*(?:\s*\()?/.exec(rest)?.[0];
    throw new NotLiteral(named ? (named.endsWith('(') ? `a call of ${named.slice(0, -1).trim()}(...)` : named) : JSON.stringify(clip(rest)));
  }

  /** A value is followed by a separator or a closing bracket, not by an operator (`1 + x`, `a ? b : c`). */
  private after<T>(value: T): T {
    this.space();
    const c = this.text[this.at];
    if (c !== undefined && c !== ',' && c !== ']' && c !== '}' && c !== ')' && !(this.inObject && (c === '"' || /[A-Za-z_]/.test(c)))) {
      throw new NotLiteral(`an expression with ${JSON.stringify(clip(this.text.slice(this.at)))}`);
    }
    return value;
  }

  /** Inside an object, items may be separated by new lines alone: the next key may follow a value. */
  private inObject = false;

  private object(depth: number): Record<string, unknown> {
    this.at++;
    const out: Record<string, unknown> = {};
    const outer = this.inObject;
    for (;;) {
      this.space();
      if (this.text[this.at] === '}') break;
      let key: string;
      if (this.text[this.at] === '"') key = this.quoted();
      else {
        IDENTIFIER.lastIndex = this.at;
        const word = IDENTIFIER.exec(this.text)?.[0];
        if (!word) throw new NotLiteral(this.text[this.at] === '(' ? 'an object key that is an expression' : `${JSON.stringify(clip(this.text.slice(this.at)))}`);
        this.at += word.length;
        key = word;
      }
      this.space();
      const sep = this.text[this.at];
      if (sep !== '=' && sep !== ':') throw new NotLiteral(`an object item without "=" after ${JSON.stringify(key)}`);
      this.at++;
      if (hasOwn(out, key)) throw new NotLiteral(`an object with the key ${JSON.stringify(key)} twice`);
      this.inObject = true;
      Object.defineProperty(out, key, { value: this.value(depth + 1), enumerable: true, writable: true, configurable: true });
      this.inObject = outer;
      this.space();
      if (this.text[this.at] === ',') this.at++;
    }
    this.at++;
    this.inObject = outer;
    return this.after(out);
  }

  private tuple(depth: number): unknown[] {
    this.at++;
    const out: unknown[] = [];
    const outer = this.inObject;
    this.inObject = false;
    for (;;) {
      this.space();
      if (this.text[this.at] === ']') break;
      if (this.text.startsWith('for ', this.at) || this.text.startsWith('for\t', this.at)) throw new NotLiteral('a for expression');
      out.push(this.value(depth + 1));
      this.space();
      if (this.text[this.at] === ',') this.at++;
      else if (this.text[this.at] !== ']') this.expect(']');
    }
    this.at++;
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
        const e = s[this.at + 1];
        const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
        if (e !== undefined && hasOwn(simple, e)) {
          out += simple[e];
          this.at += 2;
          continue;
        }
        const hex = e === 'u' ? s.slice(this.at + 2, this.at + 6) : e === 'U' ? s.slice(this.at + 2, this.at + 10) : '';
        if (hex !== '' && /^[0-9A-Fa-f]+$/.test(hex) && hex.length === (e === 'u' ? 4 : 8) && Number.parseInt(hex, 16) <= 0x10ffff) {
          out += String.fromCodePoint(Number.parseInt(hex, 16));
          this.at += 2 + hex.length;
          continue;
        }
        throw new NotLiteral(`a string with the escape ${JSON.stringify(s.slice(this.at, this.at + 2))}`);
      }
      if ((c === '$' || c === '%') && s[this.at + 1] === c && s[this.at + 2] === '{') {
        out += `${c}{`;
        this.at += 3;
        continue;
      }
      if (c === '%' && s[this.at + 1] === '{') throw new NotLiteral('a string with a template directive (%{...})');
      if (c === '$' && s[this.at + 1] === '{') {
        const close = s.indexOf('}', this.at + 2);
        const inner = close < 0 ? '' : s.slice(this.at + 2, close).trim();
        const name = /^local\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(inner)?.[1];
        if (name === undefined) throw new NotLiteral(inner === '' ? 'a string with "${"' : `${JSON.stringify(clip(inner))} in a string`);
        const value = this.literalLocal(name);
        if (typeof value !== 'string' && typeof value !== 'number') throw new NotLiteral(`local.${name} in a string, which is not text`);
        out += String(value);
        this.at = close + 1;
        continue;
      }
      if (c === '\n') throw new NotLiteral('a string broken across lines');
      // A run of plain characters, taken whole.
      PLAIN.lastIndex = this.at;
      const run = PLAIN.exec(s)?.[0] ?? c;
      out += run;
      this.at += run.length;
    }
  }
}
