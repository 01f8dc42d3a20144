import { isAction } from '../policy/action';
import { wildcardMatch } from '../policy/wildcard';

/** An action without its `name/` prefix, for comparing: `name/cos:GetObject` is `cos:GetObject`. @internal */
export function normalAction(value: string): string {
  if (!isAction(value)) return value;
  const bare = value.startsWith('name/') ? value.slice(5) : value;
  const colon = bare.indexOf(':');
  return `${bare.slice(0, colon).toLowerCase()}${bare.slice(colon)}`;
}

/** Whether `pattern`, with `*` matching any run of characters, covers `value`. @internal */
export function globCovers(pattern: string, value: string, ignoreCase: boolean): boolean {
  if (!pattern.includes('*')) return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  return wildcardMatch(pattern, value, ignoreCase);
}

/** Whether an action pattern covers an action: `*`, `*:*`, `cos:*` and `cos:Get*` cover `cos:GetObject`. @internal */
export function actionCovers(pattern: string, action: string): boolean {
  if (pattern === '*') return true;
  const p = normalAction(pattern);
  const a = normalAction(action);
  if (p === '*:*') return true;
  return globCovers(p, a, true);
}
