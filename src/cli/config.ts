import { z } from 'zod';
import { unknownCodeProblem } from '../lint/codes';
import { MIN_REASON_LENGTH, visibleLength } from '../lint/suppression';
import { Severity, parseSeverity } from '../policy/finding';
import { locateJsonError } from '../policy/json-error';
import { readInputFile } from './files';
import { safeText } from './safe-text';

const severity = z.string().refine((s) => parseSeverity(s) !== undefined, { message: 'one of error, security_warning, warning, suggestion' });

const configSchema = z.strictObject({
  $schema: z.string().optional(),
  failOn: severity.optional(),
  disabledRules: z.array(z.string().superRefine((code, ctx) => {
    const problem = unknownCodeProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })).optional(),
  suppressions: z.array(z.strictObject({
    code: z.string().superRefine((code, ctx) => {
      const problem = unknownCodeProblem(code);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    reason: z.string().refine((r) => visibleLength(r) >= MIN_REASON_LENGTH, `a reason of at least ${MIN_REASON_LENGTH} visible characters, so that a reviewer sees why`),
    files: z.array(z.string().min(1)).optional(),
    policy: z.string().min(1).optional(),
    path: z.string().regex(/^(\/.*)?$/, 'a JSON pointer such as "/statement/0"').optional(),
  })).optional(),
});

/** A suppression of the config file: optionally only for some files or one Terraform address. @internal */
export interface ConfigSuppression {
  readonly code: string;
  readonly reason: string;
  readonly files?: string[];
  readonly policy?: string;
  readonly path?: string;
}

/** The `.tcamrc.json` file. @internal */
export interface TcamConfig {
  readonly failOn?: Severity;
  readonly disabledRules: string[];
  readonly suppressions: ConfigSuppression[];
}

/** A config file that cannot be used: tcam exits 2 with its message. @internal */
export class ConfigError extends Error {}

/** The default config file name, looked for in the working directory. @internal */
export const CONFIG_FILE = '.tcamrc.json';

/** Reads and checks a config file; throws an Error whose message names the file and every problem. @internal */
export function loadConfig(file: string): TcamConfig {
  const name = safeText(file);
  let text: string;
  try {
    text = readInputFile(file, CONFIG_MAX_SIZE);
  } catch (e) {
    throw new ConfigError(`the config file: ${(e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const { line, column, reason } = locateJsonError(text);
    throw new ConfigError(`the config file ${name} is not JSON: ${safeText(reason)} at line ${line}, column ${column}`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.length ? safeText(i.path.map(String).join('.')) : '(top level)'}: ${safeText(i.message)}`);
    throw new ConfigError(`the config file ${name} is not valid:\n${problems.join('\n')}`);
  }
  const c = parsed.data;
  return {
    failOn: c.failOn !== undefined ? parseSeverity(c.failOn) : undefined,
    disabledRules: c.disabledRules ?? [],
    suppressions: c.suppressions ?? [],
  };
}

/** A config file is small; one larger than this is a mistake (the wrong file named). */
const CONFIG_MAX_SIZE = 1024 * 1024;

const enum Tok { CHAR, ONE, STAR, ANY, DIRS }

/**
 * A file glob of the config (`*` within a folder, `**` across folders, `**` followed by `/` for any
 * number of folders, `?` one character) compiled for `globMatches`.
 * @internal
 */
export interface CompiledGlob {
  readonly kinds: Tok[];
  readonly chars: string[];
}

/** Compiles a glob; runs of stars are one (`***` is `**`), so 50,000 stars cost nothing. @internal */
export function compileGlob(glob: string): CompiledGlob {
  const kinds: Tok[] = [];
  const chars: string[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      let j = i;
      while (glob[j + 1] === '*') j++;
      const many = j > i;
      i = j;
      if (many && glob[i + 1] === '/') {
        i++;
        kinds.push(Tok.DIRS);
      } else kinds.push(many ? Tok.ANY : Tok.STAR);
      chars.push('');
    } else {
      kinds.push(c === '?' ? Tok.ONE : Tok.CHAR);
      chars.push(c);
    }
  }
  return { kinds, chars };
}

/**
 * Whether a compiled glob matches the whole of `path`: a simulation of the glob's automaton, every
 * state at once, in time proportional to the path's length times the glob's, with no backtracking
 * (a regular expression of `** / ** / ...` takes seconds per file).
 * @internal
 */
export function globMatches(glob: CompiledGlob, path: string): boolean {
  const m = glob.kinds.length;
  // State 2k: before token k; 2k+1: inside a DIRS token k that has consumed characters but no "/" yet.
  let cur = new Uint8Array(2 * m + 2);
  let next = new Uint8Array(2 * m + 2);
  const close = (set: Uint8Array) => {
    for (let k = 0; k < m; k++) if (set[2 * k] && glob.kinds[k] !== Tok.CHAR && glob.kinds[k] !== Tok.ONE) set[2 * k + 2] = 1;
  };
  cur[0] = 1;
  close(cur);
  for (let p = 0; p < path.length; p++) {
    const c = path[p];
    next.fill(0);
    let any = false;
    for (let k = 0; k < m; k++) {
      const kind = glob.kinds[k];
      if (cur[2 * k]) {
        if (kind === Tok.CHAR ? glob.chars[k] === c : kind === Tok.ONE ? c !== '/' : false) next[2 * k + 2] = 1;
        else if (kind === Tok.STAR && c !== '/') next[2 * k] = 1;
        else if (kind === Tok.ANY) next[2 * k] = 1;
        else if (kind === Tok.DIRS) {
          if (c === '/') next[2 * k + 2] = 1;
          next[2 * k + 1] = 1;
        }
      }
      if (cur[2 * k + 1]) {
        if (c === '/') next[2 * k + 2] = 1;
        next[2 * k + 1] = 1;
      }
    }
    close(next);
    for (let k = 0; k <= 2 * m; k++) if (next[k]) { any = true; break; }
    if (!any) return false;
    [cur, next] = [next, cur];
  }
  return cur[2 * m] === 1;
}
