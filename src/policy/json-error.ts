/**
 * One JSON scanner for everything that reads JSON text beyond `JSON.parse`: where text stops being
 * JSON (with a reason a reader can act on; `JSON.parse`'s messages differ between Node versions
 * and often leave out the position), where each value starts (for line and column of findings),
 * and every definition of a duplicated key (Terraform's JSON syntax keeps them all, where
 * `JSON.parse` keeps the last).
 *
 * It keeps its own stack, so any depth is fine (a recursive scanner dies near 10,000 levels), and
 * it builds objects without a prototype, so a key `__proto__` is a key like any other.
 * @internal
 */

/** Whether a decoded JSON value is an object (not null, not a list). @internal */
export function isJsonObject<T = unknown>(v: unknown): v is Record<string, T> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether an object holds `key` itself: never a key of its prototype, such as "constructor". @internal */
export function hasOwn(obj: object, key: string): boolean {
  return Object.hasOwn(obj, key);
}

/** The object's own value at `key`, or undefined. @internal */
export function ownValue(obj: object, key: string): unknown {
  return hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

/** Where and why a text is not JSON. @internal */
export interface JsonError {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

/** @internal */
export interface JsonScanOptions {
  /**
   * Record where each value starts, by JSON pointer (values deeper than `MAX_POSITION_DEPTH` map to
   * their ancestor); or, given a set of pointers that holds the ancestors of each of its pointers,
   * only those: a file of 100,000 values with three findings records a handful of positions.
   */
  readonly positions?: boolean | ReadonlySet<string>;
  /** Record every (key, value) of each object, duplicated keys included, for `entriesOf`. */
  readonly duplicates?: boolean;
  /**
   * Only find whether some object of the top five levels has a key twice (where Terraform JSON has
   * its blocks, types and names): no value is built, and the pass stops at the first duplicate. For
   * text that `JSON.parse` accepted, before a full `duplicates` scan.
   */
  readonly keysOnly?: boolean;
  /**
   * Build the value (the default). Without it a scan that records positions of
   * text `JSON.parse` accepted allocates nothing per value.
   */
  readonly build?: boolean;
}

/** @internal */
export interface JsonScan {
  /** The value (objects have no prototype); undefined when the text is not JSON. */
  readonly value?: unknown;
  readonly error?: JsonError;
  readonly positions?: Map<string, number>;
  /** Whether some object has a key twice. */
  readonly hasDuplicates: boolean;
}

/** Pointers are recorded this deep; a finding deeper is placed at its ancestor at this depth. */
const MAX_POSITION_DEPTH = 128;

const ENTRIES = new WeakMap<object, Array<[string, unknown]>>();

/**
 * Every (key, value) of an object, in text order, with every definition of a duplicated key when
 * the object was scanned with `duplicates`; otherwise its own entries.
 * @internal
 */
export function entriesOf(obj: object): Array<[string, unknown]> {
  return ENTRIES.get(obj) ?? Object.entries(obj);
}

/** How deep `keysOnly` looks for duplicated keys: the configuration, `resource`, its types, their names. */
const KEYS_ONLY_DEPTH = 5;

class ScanError {
  constructor(public readonly offset: number, public readonly reason: string) {}
}

interface Frame {
  readonly array: boolean;
  readonly container: any;
  readonly pointer?: string;
  readonly entries?: Array<[string, unknown]>;
  key: string;
  count: number;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function escapePointer(key: string): string {
  return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Scans JSON text. A leading byte-order mark is skipped. Never throws. @internal */
export function scanJson(text: string, options: JsonScanOptions = {}): JsonScan {
  if (options.keysOnly === true) return { hasDuplicates: keyTwiceNearTop(text) };
  const positions = options.positions ? new Map<string, number>() : undefined;
  const wanted = typeof options.positions === 'object' ? options.positions : undefined;
  const keepEntries = options.duplicates === true;
  const build = options.build ?? true;
  let hasDuplicates = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const stack: Frame[] = [];

  const fail = (reason: string, at = i): never => {
    throw new ScanError(at, reason);
  };
  /** "unexpected "x" where ..." or, at the end, "the text ends where ...". */
  const unexpected = (where: string) => (i >= n ? `the text ends ${where}` : `unexpected ${JSON.stringify(text[i])} ${where}`.trimEnd());
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return;
    }
  };
  const string = (wanted = true): string => {
    const start = i;
    if (!wanted && !build) {
      // Scans that build nothing read text JSON.parse accepted: jump from quote to quote, skipping escaped ones.
      for (let q = text.indexOf('"', i + 1); q >= 0; q = text.indexOf('"', q + 1)) {
        let backslashes = 0;
        while (text.charCodeAt(q - 1 - backslashes) === 92) backslashes++;
        if (backslashes % 2 === 0) {
          i = q + 1;
          return '';
        }
      }
      fail('a string that is never closed', start);
    }
    i++;
    let escaped = false;
    for (;;) {
      if (i >= n) fail('a string that is never closed', start);
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 0x20) fail('a control character (such as a line break) inside a string; escape it');
      if (c === 92) {
        escaped = true;
        const e = text[i + 1];
        if (e === 'u') {
          for (let k = 2; k < 6; k++) {
            const h = text.charCodeAt(i + k);
            if (!((h >= 48 && h <= 57) || (h >= 65 && h <= 70) || (h >= 97 && h <= 102))) fail('a bad \\u escape');
          }
          i += 6;
          continue;
        }
        if (e === undefined || '"\\/bfnrt'.indexOf(e) < 0) fail(`a bad escape "\\${e ?? ''}"`);
        i += 2;
        continue;
      }
      i++;
    }
    i++;
    if (!wanted) return '';
    return escaped ? JSON.parse(text.slice(start, i)) : text.slice(start + 1, i - 1);
  };
  const literal = (word: string, value: unknown): unknown => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return value;
    }
    return fail(unexpected(''));
  };
  const childPointer = (): string | undefined => {
    if (!positions) return undefined;
    if (stack.length === 0) return wanted && !wanted.has('') ? undefined : '';
    const top = stack[stack.length - 1];
    if (top.pointer === undefined || stack.length > MAX_POSITION_DEPTH) return undefined;
    const pointer = `${top.pointer}/${top.array ? top.count : escapePointer(top.key)}`;
    return wanted && !wanted.has(pointer) ? undefined : pointer;
  };
  /** Adds a finished value to the frame on top; returns true when it was the whole text's value. */
  const attach = (value: unknown): boolean => {
    const top = stack[stack.length - 1];
    if (!top) return true;
    if (!build) {
      top.count++;
      return false;
    }
    if (top.array) top.container.push(value);
    else {
      if (hasOwn(top.container, top.key)) hasDuplicates = true;
      top.container[top.key] = value;
      top.entries?.push([top.key, value]);
    }
    top.count++;
    return false;
  };

  let result: unknown;
  /**
   * After a value: closes every container it completes, and reads the next member's key. True when
   * the value completes the whole text's value. (No labelled loops: Stryker's instrumentation cannot
   * keep their labels.)
   */
  const afterValue = (completed: unknown): boolean => {
    let value = completed;
    for (;;) {
      if (attach(value)) {
        result = value;
        return true;
      }
      const top = stack[stack.length - 1];
      ws();
      const d = text.charCodeAt(i);
      if (d === 44 /* , */) {
        i++;
        if (!top.array) {
          ws();
          if (text.charCodeAt(i) !== 34) fail(text.charCodeAt(i) === 125 ? 'a trailing comma before "}"' : unexpected('where a double-quoted key should be'));
          top.key = string(build || top.container !== null || top.pointer !== undefined);
          ws();
          if (text.charCodeAt(i) !== 58) fail(unexpected('where ":" should be'));
          i++;
        }
        return false;
      }
      if (d === (top.array ? 93 : 125)) {
        i++;
        stack.pop();
        value = top.container;
        continue;
      }
      fail(unexpected(`where "," or "${top.array ? ']' : '}'}" should be`));
    }
  };
  try {
    // Each turn reads one value; containers push a frame and the loop reads their members.
    for (;;) {
      ws();
      const pointer = childPointer();
      if (pointer !== undefined) positions!.set(pointer, i);
      const c = text.charCodeAt(i);
      let value: unknown;
      if (c === 123 /* { */ || c === 91 /* [ */) {
        const array = c === 91;
        const container = !build ? null : array ? [] : Object.create(null);
        const entries = !array && keepEntries && build ? [] as Array<[string, unknown]> : undefined;
        if (entries) ENTRIES.set(container, entries);
        i++;
        ws();
        if (text.charCodeAt(i) === (array ? 93 : 125)) {
          i++;
          value = container;
        } else {
          const frame: Frame = { array, container, pointer, entries, key: '', count: 0 };
          stack.push(frame);
          if (!array) {
            if (text.charCodeAt(i) !== 34) fail(unexpected('where a double-quoted key should be'));
            frame.key = string(build || frame.container !== null || frame.pointer !== undefined);
            ws();
            if (text.charCodeAt(i) !== 58) fail(unexpected('where ":" should be'));
            i++;
          }
          continue;
        }
      } else if (c === 34) value = string(build);
      else if (c === 116) value = literal('true', true);
      else if (c === 102) value = literal('false', false);
      else if (c === 110) value = literal('null', null);
      else if (c === 45 || (c >= 48 && c <= 57)) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (!m) fail(unexpected(''));
        i += m![0].length;
        value = Number(m![0]);
      } else if (c === 39) fail('a single quote: JSON strings use double quotes');
      else if (i >= n) fail('the text ends where a value should be');
      else if (stack.length > 0 && !stack[stack.length - 1].array && c === 125) fail('a trailing comma before "}"');
      else if (stack.length > 0 && stack[stack.length - 1].array && c === 93) fail('a trailing comma before "]"');
      else fail(unexpected('where a value should be'));

      // Close every container the value completes, then find the next member.
      if (afterValue(value)) break;
    }
    ws();
    if (i < n) fail(unexpected('after the end of the JSON value'));
  } catch (e) {
    if (!(e instanceof ScanError)) throw e;
    return { error: { offset: e.offset, ...lineColumn(text, e.offset), reason: e.reason }, positions, hasDuplicates };
  }
  return { value: result, positions, hasDuplicates };
}

/** The rest of a string after its opening quote, to its closing quote: runs without quotes or backslashes, and escapes. */
const STRING_REST = /[^"\\]*(?:\\[\s\S][^"\\]*)*"/y;

/**
 * Whether some object of the top `KEYS_ONLY_DEPTH` levels has a key twice, in text `JSON.parse`
 * accepted. Only the nesting is followed: each string is passed in one native match, and only keys
 * near the top are read. Stops at the first duplicate.
 */
function keyTwiceNearTop(text: string): boolean {
  // One entry per open container: its keys (an object near the top), null (a deeper object) or undefined (a list).
  const open: Array<Set<string> | null | undefined> = [];
  let keyNext = false;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      STRING_REST.lastIndex = i + 1;
      STRING_REST.test(text);
      const end = STRING_REST.lastIndex;
      const keys = keyNext ? open[open.length - 1] : null;
      if (keys) {
        const raw = text.slice(i + 1, end - 1);
        const key = raw.indexOf('\\') < 0 ? raw : (JSON.parse(text.slice(i, end)) as string);
        if (keys.has(key)) return true;
        keys.add(key);
      }
      keyNext = false;
      i = end;
      continue;
    }
    if (c === 123 /* { */) {
      open.push(open.length < KEYS_ONLY_DEPTH ? new Set<string>() : null);
      keyNext = true;
    } else if (c === 91 /* [ */) open.push(undefined);
    else if (c === 125 /* } */ || c === 93 /* ] */) open.pop();
    else if (c === 44 /* , */) keyNext = open[open.length - 1] !== undefined;
    i++;
  }
  return false;
}

/**
 * Finds where JSON text stops being JSON, with a reason a reader can act on. Call it only on text
 * JSON.parse refused.
 * @internal
 */
export function locateJsonError(text: string): { line: number; column: number; reason: string } {
  const { error } = scanJson(text);
  return error ?? { ...lineColumn(text, 0), reason: 'not JSON' };
}

/**
 * Line and column (1-based) of an offset in a text. A byte-order mark at the start is no column.
 * For one offset; `lineIndex` answers many in logarithmic time each.
 * @internal
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return lineIndex(text)(offset);
}

/**
 * Line and column of any number of offsets of one text: the line starts are found once, then each
 * offset is a binary search (a scan per offset is quadratic when every line has a finding).
 * @internal
 */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const newlines: number[] = [];
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) newlines.push(k);
  const bom = text.charCodeAt(0) === 0xfeff;
  return (offset) => {
    // How many newlines come before the offset.
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    const last = lo === 0 ? (bom ? 0 : -1) : newlines[lo - 1];
    return { line: lo + 1, column: offset - last };
  };
}
