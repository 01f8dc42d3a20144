// tcam check: access questions a pipeline gates on, answered pass, fail (with a witness request) or
// unknown (with the reason), decided over every request by the reasoner (src/simulate/reason.ts).
import { Workspace } from '../input/files';
import { safeText } from '../input/safe-text';
import { StatementIds, compareByPrincipal, compareStatements, newWork } from '../simulate/reason';
import { CompiledStatement, Decision, compileView, evaluate, isPending, principalCovers } from '../simulate/simulator';
import { ANONYMOUS, AccessWitness, HELD, accessReport, accessWitness, diffAccess, nothingFound, policyViews, readInputs } from './access';
import { incompleteLine, incompletePlans } from '../input/source';

/** What a check answers. @internal */
export interface CheckResult {
  readonly check: string;
  /** `pass`, `fail` (a witness shows it), or `unknown` (the reasons say why it cannot be told offline). */
  readonly result: 'pass' | 'fail' | 'unknown';
  /** Requests that make the check fail, each allowed as `tcam simulate` answers. */
  readonly witnesses: AccessWitness[];
  /** Why the answer is unknown, or may be incomplete. */
  readonly unknown: string[];
}

/** Exit codes of `tcam check`: pass, fail, usage or unreadable input, unknown. */
export const CHECK_EXIT = { pass: 0, fail: 1, unknown: 3 } as const;

function answer(check: string, witnesses: AccessWitness[], unknown: string[]): CheckResult {
  return { check, result: witnesses.length > 0 ? 'fail' : unknown.length > 0 ? 'unknown' : 'pass', witnesses, unknown };
}

/** `no-new-access OLD NEW`: NEW allows no request OLD did not. */
export function checkNoNewAccess(old: string, now: string, workspace: Workspace): CheckResult {
  const diff = diffAccess(accessReport([old], workspace), accessReport([now], workspace));
  return answer('no-new-access', diff.newAccess, [...(diff.unknown ?? []), ...(diff.undecided ?? [])]);
}

/** `access-not-granted --action A [--resource R] PATH...`: no principal can make such a request. */
export function checkNotGranted(paths: string[], action: string, resource: string | undefined, workspace: Workspace): CheckResult {
  const report = accessReport(paths, workspace);
  const found = compareByPrincipal(new Map(), report[HELD] ?? new Map(), { action, resource, limit: 1 });
  return answer('access-not-granted', found.witnesses.map(accessWitness), [...(report.incomplete ?? []).map(incompleteLine), ...found.opaque, ...found.unknown]);
}


/**
 * `no-public-access PATH...`: no statement of a COS bucket policy or a role trust policy lets an
 * anonymous caller or any account act (`*`, `qcs::cam::anyone:anyone`, `qcs::cam::anonymous:anonymous`),
 * once the document's denies are taken into account.
 */
export function checkNoPublicAccess(paths: string[], workspace: Workspace): CheckResult {
  const { inputs, skipped } = readInputs(paths, workspace);
  if (inputs.length === 0) throw nothingFound(paths, skipped, workspace);
  const witnesses: AccessWitness[] = [];
  const unknown: string[] = incompletePlans(inputs).map(incompleteLine);
  // One allowance of steps for the answer: each document's question adds its own share.
  const ids = new StatementIds();
  const work = newWork();
  // A bare document naming principals is read as a trust policy unless it has a bucket policy's shape.
  for (const { label, view, unchecked } of policyViews(inputs, true)) {
    if (unchecked !== undefined) {
      unknown.push(`${label}: ${unchecked}`);
      continue;
    }
    if (!view) {
      unknown.push(`${safeText(label)}: not a readable CAM policy (tcam lint says why)`);
      continue;
    }
    const statements = compileView(label, view, 0);
    // A principal Terraform fills in (`${var.who}`) may be anyone: whether the statement is public is known only then.
    for (const s of statements) {
      const filled = s.effect === 'allow' ? s.principals?.values.filter(isPending) ?? [] : [];
      if (filled.length > 0) unknown.push(`${safeText(label)} ${s.path}: its principal ${filled.map((v) => JSON.stringify(v)).join(', ')} is known only when Terraform runs, and may be anyone`);
    }
    // The statements that apply to an anonymous caller, as statements that apply to whoever asks.
    const reaching: CompiledStatement[] = statements.filter((s) => s.principals?.values.some((v) => principalCovers(v, ANONYMOUS))).map(({ principals: _, ...s }) => s);
    if (!reaching.some((s) => s.effect === 'allow')) continue;
    const found = compareStatements([], reaching, { limit: 1 }, ids, work);
    for (const w of found.witnesses) {
      const request = { ...w.request, principal: ANONYMOUS };
      // The witness as the simulator answers it, with the document as written and the caller named.
      const result = evaluate(statements, request);
      if (!result.allowed) continue;
      witnesses.push(accessWitness({ principal: ANONYMOUS, request, allowedBy: result.statements, before: Decision.IMPLICIT_DENY }));
    }
    for (const reason of found.unknown) unknown.push(`${safeText(label)}: ${reason}`);
  }
  return answer('no-public-access', witnesses, unknown);
}
