import { Finding, quote } from '../policy/finding';
import { unknownCodeProblem } from './codes';

/** The shortest reason a suppression may carry: a reviewer must learn why. @internal */
export const MIN_REASON_LENGTH = 10;

/**
 * A finding code switched off for a reason, where a reviewer sees it.
 */
export interface Suppression {
  /** The finding code, such as `ALLOW_ALL`. */
  readonly code: string;
  /** Why: at least 10 characters, such as "break-glass admin role, reviewed quarterly". */
  readonly reason: string;
  /**
   * Only findings at this JSON pointer or below it, such as `/statement/2`.
   * @default - anywhere in the policy
   */
  readonly path?: string;
}

/**
 * A finding that a suppression switched off, with the suppression's reason.
 */
export interface SuppressedFinding {
  /** The finding. */
  readonly finding: Finding;
  /** The reason of the suppression. */
  readonly reason: string;
}

/**
 * Characters a reader sees: white space, control and format characters (zero-width spaces,
 * bidirectional marks) do not count, so ten zero-width spaces are no reason.
 * @internal
 */
export function visibleLength(text: string): number {
  let n = 0;
  for (const ch of text.replace(/[\p{C}\p{Z}\s]/gu, '')) if (ch) n++;
  return n;
}

/** The problem of a suppression, or undefined when it is well-formed. @internal */
export function suppressionProblem(s: Partial<Suppression> | undefined): string | undefined {
  if (!s || typeof s.code !== 'string' || !/^[A-Z][A-Z_]*$/.test(s.code)) {
    return `a suppression names a finding code in capitals, such as "ALLOW_ALL"; got ${quote(s?.code)}`;
  }
  const unknown = unknownCodeProblem(s.code);
  if (unknown) return `the suppression of ${unknown}`;
  if (typeof s.reason !== 'string' || visibleLength(s.reason) < MIN_REASON_LENGTH) {
    return `the suppression of ${s.code} needs a reason of at least ${MIN_REASON_LENGTH} visible characters, so that a reviewer sees why; got ${quote(s.reason ?? null)}`;
  }
  if (s.path !== undefined && (typeof s.path !== 'string' || (s.path !== '' && !s.path.startsWith('/')))) {
    return `the path of the suppression of ${s.code} is a JSON pointer such as "/statement/0"; got ${quote(s.path)}`;
  }
  return undefined;
}

/** Splits findings into those kept and those a suppression switches off. @internal */
export function applySuppressions(findings: Finding[], suppressions: readonly Suppression[]): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const s = suppressions.find((x) => x.code === f.code && (x.path === undefined || f.path === x.path || f.path.startsWith(`${x.path}/`)));
    if (s) suppressed.push({ finding: f, reason: s.reason });
    else kept.push(f);
  }
  return { kept, suppressed };
}
