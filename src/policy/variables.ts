import * as data from './data/policy-variables.json';
import { splitSegments } from './resource';

/** CAM's policy variables, by name (`uin` for `${uin}`). @internal */
export const POLICY_VARIABLES: readonly string[] = Object.freeze(data.variables.map((v) => v.name));

const SOURCE = `\\$\\{\\s*(${POLICY_VARIABLES.join('|')})\\s*\\}`;
const PATTERN = new RegExp(SOURCE, 'g');
const ONE = new RegExp(SOURCE);

/** Whether a text holds one of CAM's policy variables. @internal */
export function hasPolicyVariable(text: string): boolean {
  return text.includes('${') && ONE.test(text);
}

/**
 * Where in a resource CAM replaces policy variables, as [start, end) offsets. CAM's "Policy
 * Variables" page: a variable may be used in the last of the six segments, and COS's object path
 * (`$ResourcesPath` after `examplebucket-1250000000/`) may not hold one. CMQ's policy API page
 * writes the account segment as `uin/${uin}` or `uid/${uid}`, the requester's, so the account is
 * one more place (where the pages differ, the product's own page is followed). A resource that is not
 * of six segments is taken whole (the linter reports it as such). Elsewhere `${uin}` is text
 * compared as written.
 * @internal
 */
export function variableScopes(resource: string): Array<[number, number]> {
  const parts = splitSegments(resource);
  if (parts.length !== 6) return [[0, resource.length]];
  const last = parts[5];
  const start = resource.length - last.length;
  const accountEnd = start - 1;
  const account: [number, number] = [accountEnd - parts[4].length, accountEnd];
  if (parts[2].toLowerCase() !== 'cos') return [account, [start, resource.length]];
  // The bucket is `name-appid`; what follows its "/" is the object path. The older forms
  // (`prefix/...`, `prefix//appid/bucket/...`) name no bucket so, and are taken whole.
  const slash = last.indexOf('/');
  return [account, slash > 0 && /-\d+$/.test(last.slice(0, slash)) ? [start, start + slash] : [start, resource.length]];
}

/**
 * Replaces the policy variables of a text (a resource when `resource` is set, only within its
 * `variableScopes`; a condition value whole) with what `value` gives; a variable it gives nothing
 * for is kept and named in `missing`.
 * @internal
 */
export function replaceVariables(text: string, resource: boolean, value: (name: string) => string | undefined): { text: string; missing: string[] } {
  if (!text.includes('${')) return { text, missing: [] };
  const missing: string[] = [];
  const replace = (part: string) => part.replace(PATTERN, (whole, name: string) => {
    const v = value(name);
    if (v === undefined) {
      missing.push(name);
      return whole;
    }
    return v;
  });
  if (!resource) return { text: replace(text), missing };
  let out = '';
  let at = 0;
  for (const [start, end] of variableScopes(text)) {
    out += text.slice(at, start) + replace(text.slice(start, end));
    at = end;
  }
  return { text: out + text.slice(at), missing };
}

/** The policy variables of a resource that CAM does not replace (outside its `variableScopes`), each once. @internal */
export function misplacedVariables(resource: string): string[] {
  if (!hasPolicyVariable(resource)) return [];
  const out = new Set<string>();
  let at = 0;
  const outside: string[] = [];
  for (const [start, end] of variableScopes(resource)) {
    outside.push(resource.slice(at, start));
    at = end;
  }
  outside.push(resource.slice(at));
  for (const part of outside) {
    for (const m of part.matchAll(PATTERN)) out.add(m[1]);
  }
  return [...out];
}
