import { Finding, Severity, describePath, finding } from './finding';
import { VALUE_CACHE_SIZE, memoize } from './memo';
import { hasPlaceholder } from './tokens';

/** @internal an action split into its parts. */
export interface ParsedAction {
  /** Whether it was written with the `name/` prefix. */
  readonly prefixed: boolean;
  /** The service, lowercase; `*` for every service. */
  readonly service: string;
  /** The action name, possibly with `*` wildcards. */
  readonly name: string;
}

const ACTION = /^(name\/)?(\*|[A-Za-z][A-Za-z0-9_-]*):([A-Za-z0-9_*]+)$/;
const PERMID = /^permid\/\d+$/;

/** @internal parts of an action; undefined for `*`, `permid/<n>` and malformed actions. Cached: actions repeat. */
export const parseAction: (value: string) => ParsedAction | undefined = memoize((value) => {
  const m = ACTION.exec(value);
  if (!m) return undefined;
  return Object.freeze({ prefixed: m[1] !== undefined, service: m[2].toLowerCase(), name: m[3] });
}, VALUE_CACHE_SIZE);

/** @internal whether a value has the form of an action (not `*` or `permid/<n>`). */
export function isAction(value: string): boolean {
  return ACTION.test(value);
}

/** @internal the service of an action: `*` for `*`, undefined for feature sets and bad ones. */
export function actionService(value: string): string | undefined {
  if (value === '*') return '*';
  return parseAction(value)?.service;
}

/** @internal checks the form of one action. */
export function checkActionFormat(value: string, path: string, references: boolean): Finding[] {
  if (value === '*' || PERMID.test(value) || ACTION.test(value) || hasPlaceholder(value, references)) return [];
  let why = '';
  if (/\s/.test(value)) why = ' (it contains white space)';
  else if (!value.includes(':')) why = ' (it has no ":" between service and action name)';
  else if (/^[^/]+\//.test(value) && !value.startsWith('name/')) why = ' (the only prefix is "name/")';
  return [
    finding(
      'INVALID_ACTION_FORMAT',
      Severity.ERROR,
      path,
      `${path === '' ? 'action' : describePath(path)} ${JSON.stringify(value)} is not an action${why}: write "*", "service:ActionName" or "name/service:ActionName" (wildcards allowed in the name, such as "cos:Get*"), or "permid/<number>" for a feature set`,
    ),
  ];
}

/** @internal checks a policy name. */
export function checkPolicyName(name: string, path: string, references: boolean): Finding[] {
  if (hasPlaceholder(name, references)) return [];
  if (typeof name === 'string' && /^[A-Za-z0-9+=,.@_-]{1,128}$/.test(name)) return [];
  const bad = typeof name === 'string' ? [...new Set(name.replace(/[A-Za-z0-9+=,.@_-]/g, ''))].map((c) => JSON.stringify(c)).join(' ') : '';
  const why = typeof name !== 'string'
    ? `is ${typeof name}`
    : name.length === 0 ? 'is empty'
      : name.length > 128 ? `has ${name.length} characters`
        : `has characters CAM does not allow: ${bad}`;
  return [
    finding('INVALID_POLICY_NAME', Severity.ERROR, path, `policy name ${JSON.stringify(name)} ${why}: a policy name is 1 to 128 characters of letters, digits and + = , . @ _ -`),
  ];
}
