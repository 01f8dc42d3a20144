import { Finding } from './finding';

/**
 * Problems of values built in code (a resource from `TcmppResources.platform({...})` with a bad part),
 * kept until a construct that uses the value reports them at synth, with its construct path and
 * every other error. Builders never throw, so one typo does not stop the app before the others are
 * seen. Keyed by the built string; bounded, since only values with problems are kept.
 */
const PROBLEMS = new Map<string, Finding[]>();
const LIMIT = 10_000;

/** Remembers the problems of a built value. @internal */
export function recordProblems(value: string, findings: Finding[]): void {
  if (findings.length === 0) return;
  if (PROBLEMS.size >= LIMIT) PROBLEMS.clear();
  // Two builds can render one string (a part left out of both): every problem of either is kept.
  const known = PROBLEMS.get(value) ?? [];
  PROBLEMS.set(value, [...known, ...findings.filter((f) => !known.some((k) => k.message === f.message))]);
}

/** The problems recorded for a built value, if any. @internal */
export function problemsOf(value: string): readonly Finding[] | undefined {
  return PROBLEMS.get(value);
}
