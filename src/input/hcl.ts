// The document of `"document": "${jsonencode({...})}"`, as cdktf's `Fn.jsonencode` and HCL modules
// converted to JSON write it: the argument read as HCL's expression syntax when it is a literal
// (objects, tuples, strings, numbers, true, false, null, literal locals), and rendered as
// Terraform's `jsonencode` renders it (no white space, object keys sorted, <, >, & escaped).
// Anything Terraform computes (a variable, a resource's attribute, a function call, an operator, a
// `for`, a template directive) is named as what keeps the document unknown until Terraform runs.
import { hasOwn } from '../policy/json-error';
import { TemplateSpan, templateDirectives, templateSpans, unescapeTerraform } from '../policy/tokens';

/** A jsonencode(...) read: the JSON text Terraform would make, or what keeps it unknown. @internal */
export type JsonencodeReading = { readonly text: string } | { readonly unknown: string };

/** Nesting deeper than this is not read (no recursion without bound on hostile input). */
const MAX_DEPTH = 256;
/**
 * How many values one local may stand for once the locals it names are read in it: locals that name
 * each other twice over (`a = ["${local.b}", "${local.b}"]`, b likewise, ...) would double at each.
 */
const MAX_LOCAL_NODES = 1_000_000;

/**
 * The inside of a string that is exactly one Terraform interpolation (`${ x }`), else undefined;
 * a call that names what its first argument names, written as that (`plainCall`). @internal
 */
export function interpolation(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  // Its first `}` is its last character: one interpolation, closed there.
  if (!t.startsWith('${') || t.indexOf('}') !== t.length - 1) return undefined;
  return plainCall(t.slice(2, -1).trim());
}

/** A traversal whose last step `lookup`'s key can be: `tencentcloud_cam_role.r`, `local.ids`, `data.x.y.policy_list.0`, `p[0]`. */
const TRAVERSAL = /^[A-Za-z_][\w-]*(?:\.[\w-]+|\[(?:\d+|"[^"\\]*")\])*$/;

/**
 * An expression as the traversal it is, for the calls modules write around one (Tencent's TKE
 * and TCR examples attach `lookup(tencentcloud_cam_role.r, "id")`; modules write
 * `try(tencentcloud_cam_policy.p[0].id, "")`): `lookup(X, "k")` is `X.k` (`X["k"]` for a key that
 * is no name), and `try(A, "")` is `A`, which Terraform takes whenever it can be worked out (read
 * here: A names a resource that exists, or a literal). A fallback (`try`'s, `lookup`'s default) must
 * be a literal: one that names something else (`try(A, B)`) may be what Terraform takes, and the
 * expression stays as written, as a plan names both. Any other text is itself.
 */
function plainCall(inner: string): string {
  const call = /^(lookup|try)\s*\(/.exec(inner);
  if (!call) return inner;
  const args = argumentsOf(inner, call[0].length);
  if (!args || args.length < 2) return inner;
  if (call[1] === 'try') return args.slice(1).every((a) => FALLBACK.test(a)) ? args[0] : inner;
  const key = /^"([^"\\$%]*)"$/.exec(args[1])?.[1];
  if (args.length > 3 || key === undefined || !TRAVERSAL.test(args[0]) || (args.length === 3 && !FALLBACK.test(args[2]))) return inner;
  return /^[A-Za-z_][\w-]*$/.test(key) ? `${args[0]}.${key}` : `${args[0]}[${args[1]}]`;
}

/** A literal that names nothing: a string without a template, a number, `null`, `true`, `false`, `[]`, `{}`. */
const FALLBACK = /^(?:"(?:[^"\\$%]|\\.)*"|-?\d+(?:\.\d+)?|null|true|false|\[\s*\]|\{\s*\})$/;

/**
 * The arguments of the call whose `(` ends at `from`, each trimmed, when the call ends the text;
 * undefined otherwise.
 */
function argumentsOf(text: string, from: number): string[] | undefined {
  const args: string[] = [];
  for (let start = from; start < text.length; start++) {
    const end = argumentEnd(text, start);
    args.push(text.slice(start, end).trim());
    // The call's own `)`: the text's last character (a trailing comma, HCL allows, leaves an empty one).
    if (text[end] === ')') return end === text.length - 1 ? args.filter((a, k) => a !== '' || k < args.length - 1) : undefined;
    start = end;
  }
  return undefined;
}

/**
 * Where the argument of a call that starts at `from` ends: at the `,` or `)` after it (the text's
 * length when neither comes). Brackets nest; a quoted string is passed whole.
 */
function argumentEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      // To the closing quote, past escaped characters.
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (depth > 0 && (c === ')' || c === ']' || c === '}')) depth--;
    else if (depth === 0 && (c === ',' || c === ')')) return i;
  }
  return text.length;
}

/** The local a reference names by itself (`local.policy`: `policy`), else undefined (for no reference too). */
function localName(reference: string | undefined): string | undefined {
  return reference === undefined ? undefined : /^local\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(reference)?.[1];
}

/**
 * Why a literal could not be read: carries the words for the reader. `error`: Terraform fails there
 * (a key or an index a literal does not have), which `try(...)` passes over to its next argument.
 */
class NotLiteral {
  constructor(public readonly why: string, public readonly error = false) {}
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
 * another form. `nodes`: how many values the locals it names may stand for, taken from as they are
 * read (a file's reads share one).
 * @internal
 */
export function readLiteralExpression(raw: string, local: (name: string) => unknown, nodes: NodeBudget = { nodes: MAX_LOCAL_NODES }): { value: unknown; set: boolean } | { why: string } | undefined {
  const read = readOne(raw, TOSET_OR_PLAIN, local, nodes);
  return read === undefined || 'why' in read ? read : { value: plain(read.value), set: read.call };
}

const JSONENCODE = /^\$\{\s*jsonencode\s*\(/;
const TOSET_OR_PLAIN = /^\$\{\s*(?:toset\s*\()?/;

/** One `${...}` whose head `head` matches (a call when it ends with `(`), read as a literal. */
function readOne(raw: string, head: RegExp, local: (name: string) => unknown, nodes?: NodeBudget): { value: unknown; call: boolean } | { why: string } | undefined {
  const t = raw.trim();
  const call = head.exec(t);
  if (!call || !t.endsWith('}')) return undefined;
  const isCall = call[0].endsWith('(');
  const reader = new Reader(t.slice(0, -1), call[0].length, local, nodes);
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
/** `for` opening a for expression, at the start of a list or an object. */
const FOR = /^for\s/;
/** An index written as digits (`[0]`); a sign, a fraction or an expression is no index of a literal. */
const DIGITS = /[0-9]+/y;
/** Characters of a string that stand for themselves. */
const PLAIN = /[^"\\$%\n]+/y;
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** A reader of HCL's literal expressions over one text, from a position. */
class Reader {
  /** Inside an object, items may be separated by new lines alone: the next key may follow a value. */
  private inObject = false;
  /** Inside a `for` expression, a value may be followed by `:`, `=>` or `if`. */
  private inFor = false;

  /**
   * `nodes`: how many values the locals read here may still stand for, shared by every local read.
   * `scope`: the names the `for` expressions around bind (`val` of `for key, val in ...`), to their values.
   */
  constructor(
    private readonly text: string,
    public at: number,
    private readonly local: (name: string) => unknown,
    private readonly nodes: NodeBudget = { nodes: MAX_LOCAL_NODES },
    private readonly scope = new Map<string, unknown>(),
  ) {}

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
    const start = this.at;
    // A list or an object, and the attributes and indexes after it (`{"a" = 1}["a"]`).
    if (c === '{') return this.after(this.traversal(this.object(depth), start));
    if (c === '[') return this.after(this.traversal(this.tuple(depth), start));
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
    // A name a `for` expression binds, and the attributes and indexes after it (`val.name`).
    if (word !== undefined && this.scope.has(word) && !/^\s*\(/.test(s.slice(this.at + word.length, this.at + word.length + 20))) {
      this.at += word.length;
      return this.after(this.traversal(this.scope.get(word), start));
    }
    // `try(a, b, ...)`: the first argument Terraform works out without an error (a key a literal does
    // not have: `try(each.value.name, each.key)`); one it computes keeps the whole unknown.
    const attempt = /^try\s*\(/.exec(s.slice(this.at, this.at + 20));
    if (attempt) {
      this.at += attempt[0].length;
      let found: { value: unknown } | undefined;
      let failed: NotLiteral | undefined;
      for (;;) {
        this.space();
        if (s[this.at] === ')') break;
        const start = this.at;
        if (found === undefined) {
          try {
            found = { value: this.value(depth + 1) };
          } catch (e) {
            if (!(e instanceof NotLiteral) || !e.error) throw e;
            failed = e;
            this.at = argumentEnd(s, start);
          }
        } else this.at = argumentEnd(s, start); // Not read, as Terraform does not evaluate it.
        if (s[this.at] !== ',') break;
        this.at++;
      }
      this.expect(')');
      if (!found) throw failed ?? new NotLiteral('a call of try() with no argument');
      return this.after(found.value);
    }
    // `lookup(<object>, <key>)`, and with a default for a key it does not have.
    const look = /^lookup\s*\(/.exec(s.slice(this.at, this.at + 20));
    if (look) {
      this.at += look[0].length;
      const map = this.value(depth + 1);
      this.expect(',');
      const key = this.value(depth + 1);
      let fallback: { value: unknown } | undefined;
      this.space();
      if (s[this.at] === ',') {
        this.at++;
        this.space();
        if (s[this.at] !== ')') fallback = { value: this.value(depth + 1) };
        // A trailing comma, as HCL allows in a call.
        if (fallback && s[this.at] === ',') this.at++;
      }
      this.expect(')');
      const name = key instanceof DecimalText ? key.text : key;
      if (typeof name !== 'string' || map === null || typeof map !== 'object' || Array.isArray(map) || map instanceof DecimalText) throw new NotLiteral('a call of lookup(...) of no object and key', true);
      if (hasOwn(map, name)) return this.after((map as Record<string, unknown>)[name]);
      if (fallback) return this.after(fallback.value);
      throw new NotLiteral(`lookup(...) of a key the object does not have (${clip(name)})`, true);
    }
    // `length(<literal>)` of a list or an object (`count = length(local.users)`): its number of items.
    // Of a string it counts what Unicode calls characters (grapheme clusters): computed, here.
    const call = /^length\s*\(/.exec(s.slice(this.at, this.at + 20));
    if (call) {
      this.at += call[0].length;
      const of = this.value(depth + 1);
      this.expect(')');
      if (of === null || typeof of !== 'object' || of instanceof DecimalText) throw new NotLiteral('a call of length(...) of no list or object');
      return this.after(new DecimalText(String(Object.keys(of).length)));
    }
    // `tolist(<literal list>)` is the list (cdktf's `Fn.tolist`: `toset(tolist(local.people))`), and
    // `concat(<literal lists>)` their items in order (cdktf's `Fn.concat`).
    const list = /^(tolist|concat)\s*\(/.exec(s.slice(this.at, this.at + 20));
    if (list) {
      this.at += list[0].length;
      const items: unknown[] = [];
      for (;;) {
        const of = this.value(depth + 1);
        if (!Array.isArray(of)) throw new NotLiteral(`a call of ${list[1]}(...) of no list`);
        // One by one: a spread of a list of 300,000 is more arguments than a call takes.
        for (const item of of) items.push(item);
        this.space();
        if (list[1] !== 'concat' || s[this.at] !== ',') break;
        this.at++;
      }
      this.expect(')');
      return this.after(items);
    }
    // A local, or a part of one (`local.docs["reader"]`): its value, when literal.
    const local = this.localReference();
    if (local !== NO_LOCAL) return this.after(local);
    // A reference, a call, a `for`, a heredoc: what Terraform works out.
    const rest = s.slice(this.at);
    const named = /^([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*)(\s*\()?/.exec(rest);
    if (!named) throw new NotLiteral(clip(rest));
    if (named[1] === 'for') throw new NotLiteral('a for expression');
    // A reference is named as written, cut short: one of 200,000 names is no message.
    const reference = named[1].length > 200 ? `${named[1].slice(0, 200)}...` : named[1];
    throw new NotLiteral(named[2] ? `a call of ${reference}(...)` : reference);
  }

  /**
   * A value is followed by a separator or a closing bracket, not by an operator (`1 + x`, `a ? b : c`);
   * in an object, a new line separates items too (`{a = 1 b = 2}` on one line Terraform rejects).
   */
  private after<T>(value: T): T {
    const line = this.space();
    const c = this.text[this.at];
    const next = c === undefined || c === ',' || c === ']' || c === '}' || c === ')' || (this.inObject && line && (c === '"' || /[A-Za-z_]/.test(c)))
      || (this.inFor && (c === ':' || this.text.startsWith('=>', this.at) || /^if\b/.test(this.text.slice(this.at, this.at + 3))));
    if (!next) throw new NotLiteral(`an expression with ${clip(this.text.slice(this.at))}`);
    return value;
  }

  private object(depth: number): Record<string, unknown> {
    this.at++;
    this.space();
    if (FOR.test(this.text.slice(this.at, this.at + 4))) return this.forExpression(depth, false) as Record<string, unknown>;
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
    return out;
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
    this.space();
    if (FOR.test(this.text.slice(this.at, this.at + 4))) return this.forExpression(depth, true) as unknown[];
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
    return out;
  }

  /**
   * `[for V in C : E if COND]` or `{for K, V in C : KE => VE if COND}` over a literal collection (a
   * list by its indexes, an object by its keys in order), as cdktf's `TerraformIterator.fromComplexList`
   * writes a `for_each` (`{ for key, val in [...]: val.name => val }`). Each pass reads the body again,
   * paid for from what the locals read here may stand for. Nothing over an empty collection is read
   * (the body is not skipped here), nor a key made twice (Terraform refuses it without `...`).
   */
  private forExpression(depth: number, list: boolean): unknown {
    const s = this.text;
    this.at += 3;
    const names = [this.name()];
    this.space();
    if (s[this.at] === ',') {
      this.at++;
      names.push(this.name());
    }
    this.space();
    if (!/^in\s/.test(s.slice(this.at, this.at + 3))) throw new NotLiteral('a for expression without "in"');
    this.at += 2;
    const outer = { inFor: this.inFor, inObject: this.inObject };
    this.inFor = true;
    this.inObject = false;
    const collection = this.value(depth + 1);
    this.expect(':');
    const entries: Array<[unknown, unknown]> = Array.isArray(collection) ? collection.map((v, i) => [new DecimalText(String(i)), v])
      : collection !== null && typeof collection === 'object' && !(collection instanceof DecimalText) ? Object.keys(collection).sort(byCodePoint).map((k) => [k, (collection as Record<string, unknown>)[k]])
        : [];
    if (entries.length === 0) throw new NotLiteral('a for expression over no list or object, or an empty one');
    const [keyName, valueName] = names.length === 2 ? names : [undefined, names[0]];
    const bound = [keyName, valueName].filter((n): n is string => n !== undefined).map((n) => [n, this.scope.get(n), this.scope.has(n)] as const);
    const body = this.at;
    const out: unknown[] | Record<string, unknown> = list ? [] : emptyObject();
    for (const [key, value] of entries) {
      this.at = body;
      if (keyName !== undefined) this.scope.set(keyName, key);
      this.scope.set(valueName, value);
      const first = this.value(depth + 1);
      let second: unknown;
      if (!list) {
        this.space();
        if (!s.startsWith('=>', this.at)) throw new NotLiteral('a for expression making an object without "=>"');
        this.at += 2;
        second = this.value(depth + 1);
      }
      this.space();
      let keep: unknown = true;
      if (/^if\b/.test(s.slice(this.at, this.at + 3))) {
        this.at += 2;
        keep = this.value(depth + 1);
        if (typeof keep !== 'boolean') throw new NotLiteral('a for expression whose condition is no literal true or false');
      }
      this.nodes.nodes -= Math.max(1, this.at - body);
      if (this.nodes.nodes < 0) throw new NotLiteral(`a for expression that reads more than ${MAX_LOCAL_NODES} values`);
      if (!keep) continue;
      if (Array.isArray(out)) out.push(first);
      else {
        const k = textValue(first);
        if (k === undefined) throw new NotLiteral('a for expression making an object key that is no text');
        if (hasOwn(out, k)) throw new NotLiteral(`a for expression making the key ${JSON.stringify(k)} twice`);
        out[k] = second;
      }
    }
    for (const [name, before, had] of bound) {
      if (had) this.scope.set(name, before);
      else this.scope.delete(name);
    }
    this.inFor = outer.inFor;
    this.inObject = outer.inObject;
    this.expect(list ? ']' : '}');
    return out;
  }

  /** A name at the reader (`key`, `val`). */
  private name(): string {
    this.space();
    IDENTIFIER.lastIndex = this.at;
    const word = IDENTIFIER.exec(this.text)?.[0];
    if (word === undefined) throw new NotLiteral(`${clip(this.text.slice(this.at))} where a name belongs`);
    this.at += word.length;
    return word;
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

  /** A `${...}` in a string: the text of the literal local (or part of one) it names, else computed. */
  private interpolation(): string {
    const s = this.text;
    const close = s.indexOf('}', this.at + 2);
    if (close < 0) throw new NotLiteral('a string with "${" not closed');
    const inner = s.slice(this.at + 2, close).trim();
    // A name a `for` expression binds, and the parts after it (`"${k}=${v.name}"`): its text.
    const bound = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(inner)?.[0];
    if (bound !== undefined && this.scope.has(bound)) {
      const reader = new Reader(inner, 0, this.local, this.nodes, this.scope);
      const value = reader.value(0);
      const text = textValue(value);
      if (text === undefined || reader.at < inner.length) throw new NotLiteral(`${clip(`\${${inner}}`)} in a string, which is not text`);
      this.at = close + 1;
      return text;
    }
    // A name alone (`${uin}`) is no reference Terraform accepts: CAM's policy variable, unescaped.
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(inner)) {
      throw new NotLiteral(`"\${${inner}}" in a string, which Terraform rejects as a reference (write "$\${${inner}}" for CAM's policy variable)`);
    }
    const reader = new Reader(inner, 0, this.local, this.nodes, this.scope);
    const value = reader.localReference();
    if (value === NO_LOCAL || reader.at < inner.length) throw new NotLiteral(`${clip(`\${${inner}}`)} in a string`);
    const text = textValue(value);
    if (text === undefined) throw new NotLiteral(`${inner} in a string, which is not text`);
    this.at = close + 1;
    return text;
  }

  /**
   * `local.NAME` at the reader, and the attributes and indexes after it (`.reader`, `["reader"]`,
   * `[0]`): the literal value they name; NO_LOCAL when no local is named there. A key the value does
   * not have is an error Terraform reports, read here as unknown. Only the part named is read; in
   * Terraform JSON a local's strings are templates, so one with a `${...}` or `%{...}` Terraform
   * reads is not literal, and `$${` is a literal `${`.
   */
  public localReference(): unknown {
    const start = this.at;
    const part = this.localPart();
    if (part === NO_LOCAL) return part;
    return literalOf(part, this.text.slice(start + 'local.'.length, this.at), 0, this.local, this.nodes);
  }

  /**
   * What `localReference` names as the file holds it: a local's value, or the part of it that the
   * attributes and indexes after its name name, a string that is one reference to another local
   * (`"${local.statements}"`) being that local's value on the way.
   */
  public localPart(): unknown {
    const s = this.text;
    const start = this.at;
    const head = /^local\.([A-Za-z_][A-Za-z0-9_-]*)(?![A-Za-z0-9_(-])/.exec(s.slice(start, start + 300));
    if (!head) return NO_LOCAL;
    this.at += head[0].length;
    const value = this.local(head[1]);
    if (value === undefined) throw new NotLiteral(`local.${head[1]}`);
    return this.traversal(value, start, (v) => this.throughLocals(v));
  }

  /** A string that is one reference to another local, that local's value (and so on); any other value itself. */
  private throughLocals(value: unknown): unknown {
    let v = value;
    for (let hop = 0; hop <= MAX_DEPTH; hop++) {
      const other = localName(interpolation(v));
      if (other === undefined) return v;
      v = this.local(other);
      if (v === undefined) throw new NotLiteral(`local.${other}`);
    }
    throw new NotLiteral(`locals that name each other more than ${MAX_DEPTH} times over`);
  }

  /**
   * The attributes and indexes at the reader (`.reader`, `["reader"]`, `[0]`): the part of `value`
   * they name. `step` gives the value each step is taken in (the default: the value itself).
   */
  public traversal(whole: unknown, start: number, step: (value: unknown) => unknown = (v) => v): unknown {
    const s = this.text;
    let value = whole;
    for (;;) {
      let key: string | undefined;
      if (s[this.at] === '.') {
        const word = /[A-Za-z_][A-Za-z0-9_-]*|[0-9]+/y;
        word.lastIndex = this.at + 1;
        key = word.exec(s)?.[0];
        if (key === undefined) throw new NotLiteral(`${clip(s.slice(start, this.at + 1))}, a traversal Terraform computes`);
        this.at += 1 + key.length;
      } else if (s[this.at] === '[') {
        this.at++;
        this.space();
        if (s[this.at] === '"') key = this.quoted();
        else {
          DIGITS.lastIndex = this.at;
          key = DIGITS.exec(s)?.[0];
          if (key === undefined) throw new NotLiteral(`${clip(`${s.slice(start, this.at)}...]`)}, an index Terraform computes`);
          this.at += key.length;
        }
        this.expect(']');
      } else return value;
      value = member(step(value), key, s.slice(start, this.at));
    }
  }

}

/** How many values the locals read may still stand for. @internal */
export interface NodeBudget {
  nodes: number;
}

/** What `Reader.localReference` gives where no local is named. */
const NO_LOCAL = Symbol('no local');

/** The text of a literal string or number; undefined for anything else. */
function textValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return value instanceof DecimalText ? value.text : undefined;
}

/**
 * The member `key` of a value (`named` is how the input wrote the reference): an object's key, a
 * list's index. A member the value does not have is an error of Terraform's ("Invalid index",
 * "Unsupported attribute"): the reason names it.
 */
function member(value: unknown, key: string, named: string): unknown {
  if (Array.isArray(value)) {
    const index = /^[0-9]+$/.test(key) ? Number(key) : Number.NaN;
    if (!(index < value.length)) throw new NotLiteral(`${clip(named)} (the list has ${value.length} ${value.length === 1 ? 'item' : 'items'})`, true);
    return value[index];
  }
  if (value !== null && typeof value === 'object') {
    if (!hasOwn(value, key)) throw new NotLiteral(`${clip(named)} (the object has no key ${JSON.stringify(key)})`, true);
    return (value as Record<string, unknown>)[key];
  }
  throw new NotLiteral(`${clip(named)} (${value === null ? 'null' : `a ${typeof value}`} has no ${JSON.stringify(key)})`, true);
}

/**
 * The part of a literal value that attribute and index steps name (`.doc`, `["reader"]`, `[0]`,
 * written as HCL writes them after a name); undefined when the value has no such part, or the steps
 * are not all literal.
 * @internal
 */
export function literalPart(value: unknown, steps: string): unknown {
  const reader = new Reader(steps, 0, () => undefined);
  return unlessNotLiteral(() => {
    const part = reader.traversal(value, 0);
    return reader.at === steps.length ? part : undefined;
  });
}

/** What `read` gives; undefined where it finds what is not literal. */
function unlessNotLiteral(read: () => unknown): unknown {
  try {
    return read();
  } catch (e) {
    if (e instanceof NotLiteral) return undefined;
    throw e;
  }
}

/**
 * A literal value written as an HCL expression that reads back as it (`Reader`): strings quoted with
 * `${` and `%{` escaped, numbers (`{ decimal }` too) as their text, lists and objects of them.
 * Undefined past MAX_DEPTH, past `limit` characters (the work stops there), or for anything that is
 * no literal value.
 * @internal
 */
export function hclLiteral(value: unknown, limit = Number.POSITIVE_INFINITY): string | undefined {
  let left = limit;
  const parts: string[] = [];
  const put = (text: string): boolean => {
    left -= text.length;
    parts.push(text);
    return left >= 0;
  };
  const write = (v: unknown, depth: number): boolean => {
    if (depth > MAX_DEPTH) return false;
    if (typeof v === 'string') return put(hclString(v));
    if (typeof v === 'number') return Number.isFinite(v) && put(String(v));
    if (v === null || typeof v === 'boolean') return put(String(v));
    if (Array.isArray(v)) return put('[') && v.every((item, i) => (i === 0 || put(', ')) && write(item, depth + 1)) && put(']');
    if (typeof v !== 'object') return false;
    const obj = v as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (keys.length === 1 && typeof obj.decimal === 'string' && /^-?[0-9]/.test(obj.decimal)) return put(obj.decimal);
    return put('{') && keys.every((k, i) => (i === 0 || put(', ')) && put(`${hclString(k)} = `) && write(obj[k], depth + 1)) && put('}');
  };
  return write(value, 0) ? parts.join('') : undefined;
}

/** A string as an HCL quoted string: the escapes `Reader.escape` reads, `${` and `%{` escaped. */
function hclString(text: string): string {
  const escaped = templateOf(text).replace(/[\\"\u0000-\u001f\u2028\u2029]/g, (c) =>
    c === '\\' ? '\\\\' : c === '"' ? '\\"' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}

/**
 * A value of Terraform JSON (where strings are templates) as the literal it stands for; undefined
 * when Terraform reads a `${...}` or `%{...}` in one of its strings, or past MAX_DEPTH.
 * @internal
 */
export function literalOfJson(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return undefined;
  if (typeof value === 'string') return literalText(value);
  if (Array.isArray(value)) {
    const items = value.map((v) => literalOfJson(v, depth + 1));
    return items.includes(undefined) ? undefined : items;
  }
  if (value === null || typeof value !== 'object') return value;
  const out = emptyObject();
  for (const key of Object.keys(value)) {
    const v = literalOfJson((value as Record<string, unknown>)[key], depth + 1);
    if (v === undefined) return undefined;
    out[key] = v;
  }
  return out;
}

/**
 * What an attribute of Terraform JSON that is one `${local...}` (with attributes and indexes after
 * the local's name: `${local.docs["reader"]}`, `${local.teams.ops.users}`) names, as the file holds
 * it: a string is a template there, a list or an object holds Terraform JSON. Only the part named is
 * read, whatever the size of the local. Undefined when the attribute is no such reference, or names
 * nothing the locals have.
 * @internal
 */
export function readLocalReference(raw: unknown, local: (name: string) => unknown): unknown {
  const inner = interpolation(raw);
  if (inner === undefined) return undefined;
  const reader = new Reader(inner, 0, local);
  return unlessNotLiteral(() => {
    const part = reader.localPart();
    return part === NO_LOCAL || reader.at < inner.length ? undefined : part;
  });
}

/** A literal's text as a template of Terraform JSON: its `${` and `%{` escaped. @internal */
export function templateOf(text: string): string {
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, '%%{');
}

/**
 * A string of Terraform JSON (a template there) as the literal text it stands for, its `$${` and
 * `%%{` read; undefined when Terraform reads a `${...}` or a `%{...}` in it.
 * @internal
 */
export function literalText(v: string): string | undefined {
  if (templateSpans(v).some((span) => span.escapes === 0) || templateDirectives(v) !== 'none') return undefined;
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

/**
 * The `${...}` of a template of Terraform JSON as Terraform reads them: each closed by the `}` that
 * matches its `{`, past nested braces (`${{"a" = 1}[each.value]}`, `${jsonencode({a = {b = 1}, c =
 * each.value})}`) and quoted strings with their own `${...}` (`$${` in them is literal). `escapes`: the
 * `$` before it, as `templateSpans` counts them. A `${` never closed ends the search; the text is read
 * once.
 * @internal
 */
export function expressionSpans(text: string): TemplateSpan[] {
  return templateSpans(text, closingBrace);
}

/** Where the `}` that closes an expression begun before `at` is; -1 when none does. */
function closingBrace(s: string, at: number): number {
  // What is open, innermost last: true for a quoted string, false for an expression or a brace in one.
  const open: boolean[] = [false];
  for (let i = at; i < s.length; i++) {
    const c = s[i];
    if (open[open.length - 1]) {
      if (c === '\\') i++;
      else if (c === '"') open.pop();
      else if (s.startsWith('$${', i) || s.startsWith('%%{', i)) i += 2;
      else if ((c === '$' || c === '%') && s[i + 1] === '{') {
        open.push(false);
        i++;
      }
    } else if (c === '"') open.push(true);
    else if (c === '{') open.push(false);
    else if (c === '}') {
      open.pop();
      if (open.length === 0) return i;
    }
  }
  return -1;
}
