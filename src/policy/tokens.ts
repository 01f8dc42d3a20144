/**
 * cdktf's token markers (`${TfToken[TOKEN.12]}`, `#{TfToken[...]}`), as cdktf's encoding writes
 * them. Recognised here by their form rather than with cdktf's `Token.isUnresolved`, so that the
 * policy, catalog and lint layers, and the `tcam` CLI built on them, load without cdktf.
 * (No backtracking: the character class cannot run past the next marker.)
 */
const TOKEN = /[$#]\{TfToken\[[a-zA-Z0-9:._-]+\]\}/;

/**
 * One `${...}` of a text: where it starts, its inner text, and how many `$` stand right before it
 * (an odd number means Terraform reads it as an escaped, literal `${`).
 * @internal
 */
export interface TemplateSpan {
  readonly start: number;
  readonly inner: string;
  /**
   * The `$` just before it. Terraform reads `$${` as a literal `${`, and a `$` before that as itself:
   * `$$${x}` is `$${x}` (as `terraform console` renders it), so any `$` before escapes the span.
   */
  readonly escapes: number;
}

/**
 * Every `${...}` of a text, each closed by the first `}` after it, found in one pass: the
 * regular expression `/\$\{[^}]*\}/g` rescans the rest of the text from every unclosed `${`,
 * which is quadratic on a long run of `${a.`. `closeAfter` finds the `}` that closes a span begun
 * before `at` (-1 for none, which ends the search): the first one, unless the caller reads more of
 * the span (`expressionSpans`, which matches braces).
 * @internal
 */
export function templateSpans(text: string, closeAfter = (t: string, at: number) => t.indexOf('}', at)): TemplateSpan[] {
  const out: TemplateSpan[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('${', from);
    if (start < 0) break;
    // Each search starts past the last span's "}", so the text is read once.
    const close = closeAfter(text, start + 2);
    if (close < 0) break; // no "}" after this "${", so none after any later one either
    let escapes = 0;
    while (start - escapes - 1 >= 0 && text.charCodeAt(start - escapes - 1) === 36) escapes++;
    out.push({ start, inner: text.slice(start + 2, close), escapes });
    from = close + 1;
  }
  return out;
}

/**
 * The insides (trimmed) of the `${...}` of a text that are literal text for whoever reads it last:
 * not escaped (`$${`), not a cdktf token, and, unless `withReferences`, not a Terraform reference or
 * call. What is left is a CAM policy variable, or a mistake.
 * @internal
 */
export function literalTemplates(text: string, withReferences: boolean): string[] {
  if (!text.includes('${')) return [];
  const out: string[] = [];
  for (const span of templateSpans(text)) {
    if (span.escapes > 0) continue;
    const inner = span.inner.trim();
    if (inner.startsWith('TfToken[') || (!withReferences && isTerraformExpression(inner))) continue;
    out.push(inner);
  }
  return out;
}

/** Whether the inside of a `${...}` is a Terraform reference or call: `var.x`, `aws_x.y.id`, `jsonencode(...)`. @internal */
export function isTerraformExpression(inner: string): boolean {
  let i = 0;
  while (i < inner.length && (inner[i] === ' ' || inner[i] === '\t' || inner[i] === '\n' || inner[i] === '\r')) i++;
  const c = inner.charCodeAt(i);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  i++;
  while (i < inner.length) {
    const d = inner.charCodeAt(i);
    if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d === 95 || d === 45) i++;
    else break;
  }
  // HCL takes white space between a name and what follows it (`file ("p.json")`, `var . x`).
  while (i < inner.length && (inner[i] === ' ' || inner[i] === '\t' || inner[i] === '\n' || inner[i] === '\r')) i++;
  return inner[i] === '.' || inner[i] === '(';
}

/**
 * Whether a value is, or contains, an unresolved cdktf token (a reference to another resource's
 * attribute that Terraform fills in). Checks that need the value skip such values.
 * @internal
 */
export function isUnresolved(value: unknown): boolean {
  return typeof value === 'string' && value.includes('{TfToken[') && TOKEN.test(value);
}

/**
 * Whether a value holds a placeholder that is filled in later: a cdktf token, or, where
 * `references` (documents read from files: HCL modules, Terraform JSON, plans), a Terraform
 * reference or expression left in the text. In values given in code, the constructs escape every
 * literal `${` for CAM: there only cdktf tokens are references, and `${var.region}` typed as text is
 * CAM text and checked as such.
 * CAM's own policy variables (`${uin}`, `${owner_uin}`, `${app_id}`) are not placeholders.
 * @internal
 */
export function hasPlaceholder(value: string, references: boolean): boolean {
  if (isUnresolved(value)) return true;
  if (!references || !value.includes('${')) return false;
  return templateSpans(value).some((s) => isTerraformExpression(s.inner));
}

/** Whether a value holds any `${...}`: a policy variable, a reference or a token. @internal */
export function hasTemplate(value: string): boolean {
  return value.includes('${') && templateSpans(value).some((s) => s.inner.length > 0);
}

/** A directive's keyword, read where a `%{` starts (sticky: `lastIndex` there), however much space is before it. */
const DIRECTIVE = /%\{~?\s*(if|else|endif|for|endfor)(?![A-Za-z0-9_-])/y;

/**
 * The template directives Terraform reads in a string (`%{if ...}`, `%{else}`, `%{endif}`, `%{for ...}`,
 * `%{endfor}`, each with an optional `~`; `%%{` is a literal `%{`): 'none'; 'balanced' when every `if`
 * and `for` is closed in order, a template Terraform renders when it runs; 'broken' when a `%{` starts
 * no such directive or they do not nest, which Terraform refuses ("unbalanced", "not a valid template
 * control keyword").
 * @internal
 */
export function templateDirectives(text: string): 'none' | 'balanced' | 'broken' {
  const open: string[] = [];
  let any = false;
  for (let at = text.indexOf('%{'); at >= 0; at = text.indexOf('%{', at + 2)) {
    // `%%{` is a literal `%{`, and a `%` before it itself: `%%%{` is `%%{`, as for `$`.
    if (text[at - 1] === '%') continue;
    any = true;
    DIRECTIVE.lastIndex = at;
    const keyword = DIRECTIVE.exec(text)?.[1];
    const top = open[open.length - 1];
    if (keyword === 'if' || keyword === 'for') open.push(keyword);
    else if (keyword === 'else' && top === 'if') open[open.length - 1] = 'else';
    else if ((keyword === 'endif' && (top === 'if' || top === 'else')) || (keyword === 'endfor' && top === 'for')) open.pop();
    else return 'broken';
  }
  return !any ? 'none' : open.length === 0 ? 'balanced' : 'broken';
}

/** Terraform writes a literal `${` as `$${` and `%{` as `%%{`: the document CAM will receive. @internal */
export function unescapeTerraform(text: string): string {
  return text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}
