import { readFileSync } from 'fs';
import { z } from 'zod';
import { MIN_REASON_LENGTH } from '../lint/suppression';
import { Severity, parseSeverity } from '../policy/finding';

const severity = z.string().refine((s) => parseSeverity(s) !== undefined, { message: 'one of error, security_warning, warning, suggestion' });

const configSchema = z.strictObject({
  $schema: z.string().optional(),
  failOn: severity.optional(),
  disabledRules: z.array(z.string().regex(/^[A-Z][A-Z_]*$/, 'a finding code in capitals, such as "SERVICE_WILDCARD"')).optional(),
  suppressions: z.array(z.strictObject({
    code: z.string().regex(/^[A-Z][A-Z_]*$/, 'a finding code in capitals, such as "ALLOW_ALL"'),
    reason: z.string().trim().min(MIN_REASON_LENGTH, `a reason of at least ${MIN_REASON_LENGTH} characters, so that a reviewer sees why`),
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
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read the config file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`the config file ${file} is not JSON: ${(e as Error).message}`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`);
    throw new ConfigError(`the config file ${file} is not valid:\n${problems.join('\n')}`);
  }
  const c = parsed.data;
  return {
    failOn: c.failOn !== undefined ? parseSeverity(c.failOn) : undefined,
    disabledRules: c.disabledRules ?? [],
    suppressions: c.suppressions ?? [],
  };
}

/** A file glob (`*` within a folder, `**` across folders) as a regular expression. @internal */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
