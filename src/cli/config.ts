import { unknownCodeProblem } from '../lint/codes';
import { MIN_REASON_LENGTH, visibleLength } from '../lint/suppression';
import { Severity, parseSeverity } from '../policy/finding';
import { isJsonObject, locateJsonError, ownValue } from '../policy/json-error';
import { Workspace } from '../input/files';
import { safeText } from '../input/safe-text';

const CONFIG_KEYS = ['$schema', 'failOn', 'disabledRules', 'suppressions'];
const SUPPRESSION_KEYS = ['code', 'reason', 'files', 'policy', 'path'];

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `the ${typeof v} ${JSON.stringify(v)}`;
}

/**
 * Every problem of a decoded config file, each with the path of the value (`suppressions.0.reason`).
 * Written by hand so that the CLI needs no schema library at run time; keys are read as own
 * properties only, so a key "__proto__" is an unknown key like any other.
 */
function configProblems(raw: unknown): Array<[path: string, message: string]> {
  const out: Array<[string, string]> = [];
  if (!isJsonObject(raw)) return [['', `the config is an object such as {"failOn": "error"}, not ${typeName(raw)}`]];
  for (const key of Object.keys(raw)) if (!CONFIG_KEYS.includes(key)) out.push(['', `unknown key ${JSON.stringify(key)}: the keys are ${CONFIG_KEYS.join(', ')}`]);
  const schema = ownValue(raw, '$schema');
  if (schema !== undefined && typeof schema !== 'string') out.push(['$schema', `a string, not ${typeName(schema)}`]);
  const failOn = ownValue(raw, 'failOn');
  if (failOn !== undefined && (typeof failOn !== 'string' || parseSeverity(failOn) === undefined)) out.push(['failOn', `one of error, security_warning, warning, suggestion; got ${typeName(failOn)}`]);
  const disabled = ownValue(raw, 'disabledRules');
  if (disabled !== undefined) {
    if (!Array.isArray(disabled)) out.push(['disabledRules', `a list of finding codes, not ${typeName(disabled)}`]);
    else disabled.forEach((code, i) => {
      const problem = typeof code === 'string' ? unknownCodeProblem(code) : `a finding code, not ${typeName(code)}`;
      if (problem) out.push([`disabledRules.${i}`, problem]);
    });
  }
  const suppressions = ownValue(raw, 'suppressions');
  if (suppressions !== undefined) {
    if (!Array.isArray(suppressions)) out.push(['suppressions', `a list of {code, reason, ...}, not ${typeName(suppressions)}`]);
    else suppressions.forEach((s, i) => {
      const at = `suppressions.${i}`;
      if (!isJsonObject(s)) {
        out.push([at, `a suppression is {"code": "...", "reason": "..."}, not ${typeName(s)}`]);
        return;
      }
      for (const key of Object.keys(s)) if (!SUPPRESSION_KEYS.includes(key)) out.push([at, `unknown key ${JSON.stringify(key)}: the keys are ${SUPPRESSION_KEYS.join(', ')}`]);
      const code = ownValue(s, 'code');
      const codeProblem = typeof code === 'string' ? unknownCodeProblem(code) : `a finding code such as "ALLOW_ALL", not ${code === undefined ? 'missing' : typeName(code)}`;
      if (codeProblem) out.push([`${at}.code`, codeProblem]);
      const reason = ownValue(s, 'reason');
      if (typeof reason !== 'string' || visibleLength(reason) < MIN_REASON_LENGTH) {
        out.push([`${at}.reason`, `a reason of at least ${MIN_REASON_LENGTH} visible characters, so that a reviewer sees why`]);
      }
      const files = ownValue(s, 'files');
      if (files !== undefined && (!Array.isArray(files) || files.some((f) => typeof f !== 'string' || f === ''))) out.push([`${at}.files`, 'a list of non-empty globs, such as ["infra/**/*.json"]']);
      const policy = ownValue(s, 'policy');
      if (policy !== undefined && (typeof policy !== 'string' || policy === '')) out.push([`${at}.policy`, 'a Terraform address, such as "tencentcloud_cam_policy.admin"']);
      const path = ownValue(s, 'path');
      if (path !== undefined && (typeof path !== 'string' || (path !== '' && !path.startsWith('/')))) out.push([`${at}.path`, 'a JSON pointer such as "/statement/0"']);
    });
  }
  return out;
}

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
export function loadConfig(workspace: Workspace, file: string): TcamConfig {
  const name = workspace.shown(file);
  let text: string;
  try {
    text = new Workspace(workspace.directory, CONFIG_MAX_SIZE).read(file);
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
  const problems = configProblems(raw);
  if (problems.length > 0) {
    const lines = problems.map(([path, message]) => `  ${path === '' ? '(top level)' : safeText(path)}: ${safeText(message)}`);
    throw new ConfigError(`the config file ${name} is not valid:\n${lines.join('\n')}`);
  }
  const c = raw as { failOn?: string; disabledRules?: string[]; suppressions?: ConfigSuppression[] };
  return {
    failOn: c.failOn !== undefined ? parseSeverity(c.failOn) : undefined,
    disabledRules: c.disabledRules ?? [],
    suppressions: (c.suppressions ?? []).map(({ code, reason, files, policy, path }) => ({ code, reason, files, policy, path })),
  };
}

/** A config file is small; one larger than this is a mistake (the wrong file named). */
const CONFIG_MAX_SIZE = 1024 * 1024;

enum Tok { CHAR, ONE, STAR, ANY, DIRS }

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
