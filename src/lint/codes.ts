import { Finding, Severity, finding } from '../policy/finding';
import { ALL_RULES } from './rules';
import { closest } from '../policy/suggest';

/** A finding code reported outside the document rules: by the constructs, or for a rule that failed. @internal */
export interface OtherCode {
  readonly code: string;
  readonly severity: Severity;
  readonly title: string;
  readonly description: string;
}

/** Codes the constructs and the linter itself report; with `ALL_RULES`, every code there is. @internal */
export const OTHER_CODES: readonly OtherCode[] = [
  { code: 'WRONG_POLICY_CONSTRUCT', severity: Severity.ERROR, title: "A service policy holds another service's action", description: 'A service policy (TcmppPolicy, CmqQueuePolicy, CmqTopicPolicy) holds an action of another service; the message names the construct to use.' },
  { code: 'INVALID_ATTACHMENT_TARGET', severity: Severity.ERROR, title: 'An attachment target that cannot exist', description: 'An attachment target that cannot exist (group id `abc`, an empty user name), a principal that cannot be attached to (anonymous, a service), a `policy` that is no policy, or an unknown attachment method.' },
  { code: 'EMBEDDED_PRINCIPAL', severity: Severity.WARNING, title: 'Principals kept in a permission policy', description: "`embedPrincipal: true` keeps principals in a permission policy, as CMQ's legacy policy API (`CreateCamStrategy`) did; CAM's current pages allow them only in trust and bucket policies." },
  { code: 'MISSING_PROVIDER', severity: Severity.ERROR, title: 'A stack with CAM constructs has no TencentcloudProvider', description: 'A stack with CAM constructs has no `TencentcloudProvider`: Terraform would look for a provider that does not exist.' },
  { code: 'DUPLICATE_POLICY_NAME', severity: Severity.ERROR, title: 'Two policies with one name', description: 'Two policies with the same name in one account, in one app, one `cdk.tf.json` or one plan: CAM policy names are unique per account, so creating the second fails. The message names the other policy. Policies made by provider configurations of other accounts (a role assumed in another uin), or of accounts the configuration does not tell (keys given to Terraform), are not compared.' },
  { code: 'RULE_FAILED', severity: Severity.WARNING, title: 'A rule failed on this policy and was skipped', description: 'A rule threw on a policy: a bug of this library, reported instead of crashing. Please report it.' },
];

const KNOWN = new Set<string>([...ALL_RULES.map((r) => r.code), ...OTHER_CODES.map((c) => c.code)]);

/**
 * DUPLICATE_POLICY_NAME for a policy whose name `others` (constructs or Terraform addresses) share:
 * one message for the constructs and `tcam`.
 * @internal
 */
export function duplicatePolicyName(name: string, others: readonly string[], path: string): Finding {
  const named = others.slice(0, 3).join(', ') + (others.length > 3 ? ` and ${others.length - 3} more` : '');
  return finding('DUPLICATE_POLICY_NAME', Severity.ERROR, path,
    `policy name ${JSON.stringify(name)} is also the name of ${named}: CAM policy names are unique per account, so creating the second fails; give each policy its own name`);
}

/** Every finding code, sorted. @internal */
export function knownCodes(): string[] {
  return [...KNOWN].sort();
}

/**
 * Why `code` cannot be disabled or suppressed (it names no finding), with the closest code; or
 * undefined when it is a code. A misspelt code must not silently switch nothing off.
 * @internal
 */
export function unknownCodeProblem(code: unknown): string | undefined {
  if (typeof code === 'string' && KNOWN.has(code)) return undefined;
  const text = typeof code === 'string' ? code : String(code);
  const near = typeof code === 'string' ? closest(code.toUpperCase().replace(/[\s-]+/g, '_'), [...KNOWN]) : undefined;
  return `${JSON.stringify(text)} is no finding code${near ? `: did you mean ${near}?` : ''} (the codes are listed in docs/rules.md and by tcam lint --help)`;
}
