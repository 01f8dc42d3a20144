import { existsSync } from 'fs';
import { join, resolve } from 'path';
import { Finding, Linter, PolicyContext } from '../src';

export const REPO = resolve(__dirname, '..');
/** `../shared` beside the repository: present in CI and on developers' machines, absent elsewhere. */
/** ../shared beside the repository; TCAM_SHARED points elsewhere (Stryker's sandbox is not beside it). */
export const SHARED = process.env.TCAM_SHARED ? resolve(process.env.TCAM_SHARED) : resolve(REPO, '..', 'shared');
export const CORPUS = join(SHARED, 'corpus', 'cam-policies');
export const hasShared = existsSync(join(SHARED, 'DESIGN.md'));

/** A document with one statement; `over` replaces or adds statement keys. */
export function doc(over: Record<string, unknown> = {}, top: Record<string, unknown> = {}): string {
  return JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['name/cos:GetObject'], resource: ['*'], ...over }], ...top });
}

export function lint(text: string, context = PolicyContext.DOCUMENT, policyName?: string): Finding[] {
  return new Linter({ context }).lintText(text, { policyName }).findings;
}

export function codes(text: string, context = PolicyContext.DOCUMENT, policyName?: string): string[] {
  return lint(text, context, policyName).map((f) => f.code);
}
