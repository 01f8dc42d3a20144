import { Condition } from '../policy/condition';
import { PolicyDocument } from '../lint/document';
import { Principal } from '../policy/principal';
import { Effect, PolicyStatement } from '../policy/statement';

/** How one prop is checked: its name, whether it is required, and what a valid value is. */
type PropCheck = [name: string, required: boolean, ok: (v: unknown) => boolean, expected: string];

const isString = (v: unknown) => typeof v === 'string';
const listOf = (ok: (v: unknown) => boolean) => (v: unknown) => Array.isArray(v) && v.every(ok);
// A class, whatever its constructor: the model's classes have private ones.
const instance = (cls: { prototype: object }) => (v: unknown) => v instanceof (cls as unknown as abstract new () => object);

/** The props every policy construct takes. @internal */
export const POLICY_PROPS: PropCheck[] = [
  ['policyName', true, isString, 'a string of 1 to 128 letters, digits and + = , . @ _ -'],
  ['description', false, isString, 'a string'],
  ['statements', false, listOf(instance(PolicyStatement)), 'a list of PolicyStatement (new PolicyStatement({ ... }))'],
  ['actions', false, listOf(isString), 'a list of action strings, such as TcmppActions.DESCRIBE_MNP'],
  ['conditions', false, listOf(instance(Condition)), 'a list of Condition (Condition.sourceIp([...]), Condition.of(...))'],
  ['effect', false, (v) => v === Effect.ALLOW || v === Effect.DENY, 'Effect.ALLOW or Effect.DENY'],
  ['tags', false, (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isString), 'an object of string values, such as { team: "release" }'],
  ['principals', false, listOf(instance(Principal)), 'a list of Principal (Principal.group(...), Principal.user(...))'],
  ['embedPrincipal', false, (v) => typeof v === 'boolean', 'true or false'],
  ['document', false, instance(PolicyDocument), 'a PolicyDocument (PolicyDocument.fromJson(...))'],
  ['resources', false, listOf(isString), 'a list of resource strings, such as TcmppResources.platform({ ... }) or "*"'],
];

/** Props of the CMQ constructs, beyond `POLICY_PROPS`. @internal */
export const CMQ_PROPS: Record<'queue' | 'topic', PropCheck[]> = {
  queue: [['queue', false, isString, 'a string, such as CmqResources.queue({ ... })'], ['queues', false, listOf(isString), 'a list of queue resource strings']],
  topic: [['topic', false, isString, 'a string, such as CmqResources.topic({ ... })'], ['topics', false, listOf(isString), 'a list of topic resource strings']],
};

/** A value given in code, as a message names it: `the string "x"`, `an object (Foo)`, `undefined`. @internal */
export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return 'a list holding something else';
  if (typeof v === 'object') return `an object (${(v as object).constructor?.name ?? 'no class'})`;
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v)}`;
  return `the ${typeof v} ${String(v)}`;
}

/**
 * Checks props given from JavaScript (or any caller that bypasses the types): a message naming the
 * construct, the prop, what it got and what it takes, instead of a bare `TypeError` later.
 * @internal
 */
export function checkProps(what: string, path: string, props: unknown, checks: PropCheck[]): void {
  if (typeof props !== 'object' || props === null) {
    throw new TypeError(`${what} ${path}: props are required, got ${describeValue(props)}: give at least { policyName: "..." }`);
  }
  const problems: string[] = [];
  for (const [name, required, ok, expected] of checks) {
    const value = (props as Record<string, unknown>)[name];
    if (value === undefined) {
      if (required) problems.push(`"${name}" is required: ${expected}`);
      continue;
    }
    if (!ok(value)) problems.push(`"${name}" is ${describeValue(value)}: it takes ${expected}`);
  }
  if (problems.length > 0) throw new TypeError(`${what} ${path}: ${problems.join('; ')}`);
}
