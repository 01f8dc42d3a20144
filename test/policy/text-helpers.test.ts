// The text helpers every message and every template check is built on: finding.ts (quote,
// describePath, pointer, severities, CamValidationError) and tokens.ts (Terraform templates and cdktf
// tokens), against reference implementations and tables.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CamValidationError, Severity } from '../../src';
import { atOrAbove, describePath, finding, formatFindings, parseSeverity, pointer, pushAll, quote } from '../../src/policy/finding';
import { nonWhitespaceLength } from '../../src/policy/parse';
import { splitSegments } from '../../src/policy/resource';
import { hasPlaceholder, hasTemplate, isTerraformExpression, isUnresolved, literalTemplates, templateDirectives, templateSpans, unescapeTerraform } from '../../src/policy/tokens';

describe('quote', () => {
  it.each([
    ['abc', '"abc"'],
    ['a"b\n', '"a\\"b\\n"'],
    ['\u200bx\u202e\u2028\u{e0001}', '"\\u200bx\\u202e\\u2028\\udb40\\udc01"'],
    ['x'.repeat(200), `"${'x'.repeat(200)}"`],
    ['x'.repeat(201), `"${'x'.repeat(200)}..."`],
    [null, 'null'],
    [undefined, 'undefined'],
    [0, '0'],
    [-1.5, '-1.5'],
    [true, 'true'],
    [false, 'false'],
    [BigInt(12), '12n'],
    [[1], 'a list'],
    [{}, 'an object'],
    [Object.create(null), 'an object'],
    [() => 1, 'function'],
    [Symbol('s'), 'symbol'],
  ])('case %#: %s', (value, expected) => {
    expect(quote(value)).toBe(expected);
  });
});

describe('describePath and pointer', () => {
  it.each([
    ['', 'document'],
    ['/statement', 'statement'],
    ['/statement/0', 'statement[0]'],
    ['/statement/12/resource/3', 'statement[12].resource[3]'],
    ['/statement/0/condition/ip_equal/qcs:ip/1', 'statement[0].condition.ip_equal["qcs:ip"][1]'],
    ['/a~1b/c~0d/~01', '["a/b"]["c~d"]["~1"]'],
    ['/x/', 'x[""]'],
    ['/_a-9', '_a-9'],
    ['/-a', '["-a"]'],
    ['/9a', '["9a"]'],
    ['/a b', '["a b"]'],
    ['/A/Z/z/@/[/`/{', 'A.Z.z["@"]["["]["`"]["{"]'],
    ['/0/1', '[0][1]'],
    ['/a/0x', 'a["0x"]'],
    ['/a/b0-', 'a.b0-'],
    ['/a/:', 'a[":"]'],
  ])('%j is %s', (p, text) => {
    expect(describePath(p)).toBe(text);
  });

  it('pointer escapes "~" and "/" as RFC 6901 says, and describePath reads them back', () => {
    expect(pointer('/statement', 0)).toBe('/statement/0');
    expect(pointer('', 'a')).toBe('/a');
    expect(pointer('/c', 'qcs:ip')).toBe('/c/qcs:ip');
    expect(pointer('/c', 'a/b')).toBe('/c/a~1b');
    expect(pointer('/c', 'a~b')).toBe('/c/a~0b');
    expect(pointer('/c', '~/')).toBe('/c/~0~1');
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', '~', '/', '0', '1', ' ') }), (token) => {
      expect(describePath(pointer('/k', token))).toBe(describePath('/k') + (token === '' ? '[""]' : describePath(pointer('', token)).replace(/^([A-Za-z_])/, '.$1')));
    }), { numRuns: 300, seed: 1 });
  });
});

describe('severities', () => {
  const order = [Severity.SUGGESTION, Severity.WARNING, Severity.SECURITY_WARNING, Severity.ERROR];

  it('atOrAbove follows SUGGESTION < WARNING < SECURITY_WARNING < ERROR', () => {
    for (const [i, a] of order.entries()) for (const [j, b] of order.entries()) expect(atOrAbove(a, b)).toBe(i >= j);
  });

  it('parseSeverity reads any case, with spaces around', () => {
    expect(parseSeverity('error')).toBe(Severity.ERROR);
    expect(parseSeverity(' Security_Warning ')).toBe(Severity.SECURITY_WARNING);
    expect(parseSeverity('suggestion')).toBe(Severity.SUGGESTION);
    expect(parseSeverity('warn')).toBeUndefined();
    expect(parseSeverity('')).toBeUndefined();
  });

  it('pushAll appends in order and returns the list', () => {
    const list = [1];
    expect(pushAll(list, [2, 3])).toBe(list);
    expect(list).toEqual([1, 2, 3]);
    expect(pushAll([], Array.from({ length: 200_000 }, (_, i) => i))).toHaveLength(200_000);
  });

  it('CamValidationError lists every finding with its path', () => {
    const findings = [finding('INVALID_REGION', Severity.ERROR, '/region', 'bad region'), finding('INVALID_ACCOUNT', Severity.WARNING, '', 'bad account')];
    const e = new CamValidationError('Invalid resource', findings);
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(CamValidationError);
    expect(e.name).toBe('CamValidationError');
    expect(e.findings).toBe(findings);
    expect(e.message).toBe('Invalid resource\n[ERROR] INVALID_REGION at /region: bad region\n[WARNING] INVALID_ACCOUNT at /: bad account');
    expect(formatFindings([])).toBe('');
  });
});

/** Every `${...}`, each closed by the first "}" after it, searched again after each. */
function referenceSpans(text: string): Array<{ start: number; inner: string; escapes: number }> {
  const out = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('${', from);
    if (start < 0) break;
    const close = text.indexOf('}', start + 2);
    if (close < 0) break;
    let escapes = 0;
    while (start - escapes - 1 >= 0 && text[start - escapes - 1] === '$') escapes++;
    out.push({ start, inner: text.slice(start + 2, close), escapes });
    from = close + 1;
  }
  return out;
}

describe('Terraform templates', () => {
  const templateText = fc.string({ unit: fc.constantFrom('$', '{', '}', 'a', '.', '(', ' ', '%', 'u'), maxLength: 30 });

  it('templateSpans agrees with searching again after each span', () => {
    fc.assert(fc.property(templateText, (text) => {
      expect(templateSpans(text)).toEqual(referenceSpans(text));
    }), { numRuns: 3000, seed: 2 });
  });

  it.each([
    ['${uin}', [{ start: 0, inner: 'uin', escapes: 0 }]],
    ['a$${uin}b', [{ start: 2, inner: 'uin', escapes: 1 }]],
    ['$$${x}', [{ start: 2, inner: 'x', escapes: 2 }]],
    ['${a}${b}', [{ start: 0, inner: 'a', escapes: 0 }, { start: 4, inner: 'b', escapes: 0 }]],
    ['${a${b}', [{ start: 0, inner: 'a${b', escapes: 0 }]],
    ['${}', [{ start: 0, inner: '', escapes: 0 }]],
    ['${a', []],
    ['}${a}', [{ start: 1, inner: 'a', escapes: 0 }]],
    ['${a} ${b', [{ start: 0, inner: 'a', escapes: 0 }]],
  ])('templateSpans(%j)', (text, spans) => {
    expect(templateSpans(text)).toEqual(spans);
  });

  it('isTerraformExpression: a name, then "." or "(", after optional white space (before the name, and after it: Terraform reads `${upper ("x")}`)', () => {
    const reference = (inner: string) => /^[ \t\n\r]*[A-Za-z_][A-Za-z0-9_-]*[ \t\n\r]*[.(]/.test(inner);
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', '_', '-', '0', '9', '.', '(', ' ', '\t', '\n', '\r', '@', '[', '`', '{', '/', ':'), maxLength: 8 }), (inner) => {
      expect(isTerraformExpression(inner)).toBe(reference(inner));
    }), { numRuns: 5000, seed: 4 });
    for (const [inner, yes] of [['var.x', true], ['  aws_x.y.id', true], ['jsonencode(x)', true], ['uin', false], ['9a.b', false], ['-a.b', false], ['a-b.c', true], ['a9.b', true], ['', false], [' ', false], ['z.', true], ['Z(', true], ['@a.b', false], ['file ("p.json")', true], ['var\t. x', true], ['uin ', false]] as const) {
      expect(isTerraformExpression(inner)).toBe(yes);
    }
  });

  it('literalTemplates: trimmed, not escaped, not tokens; references only when asked', () => {
    expect(literalTemplates('no template', false)).toEqual([]);
    expect(literalTemplates('${ uin } $${app_id} ${var.x} ${TfToken[TOKEN.1]} ${owner_uin}', false)).toEqual(['uin', 'owner_uin']);
    expect(literalTemplates('${ uin } $${app_id} ${var.x} ${TfToken[TOKEN.1]} ${owner_uin}', true)).toEqual(['uin', 'var.x', 'owner_uin']);
    // Any "$" before "$${" is itself: `terraform console` renders "$$${uin}" as "$${uin}".
    expect(literalTemplates('$$${uin}', false)).toEqual([]);
    expect(literalTemplates('$ ${uin}', false)).toEqual(['uin']);
  });

  it('templateDirectives: as `terraform console` reads them (none, nested, refused)', () => {
    const cases: Array<[string, 'none' | 'balanced' | 'broken']> = [
      ['', 'none'], ['100% {x} %%{if x}', 'none'], ['%%%%{ if }', 'none'],
      // `terraform console` renders each of these.
      ['%{ if true }x%{ endif }', 'balanced'], ['%{if true}x%{else}y%{endif}', 'balanced'], ['%{~ for x in [1] ~}${x}%{~ endfor ~}', 'balanced'],
      ['%{ for x in [1] }%{ if true }x%{ else }y%{ endif }%{ endfor }', 'balanced'], ['a%{ if true }%{ endif}b%%{ c', 'balanced'], ['%{          if true }x%{ endif }', 'balanced'], ['%%%{ if x }%{ endif }', 'broken'], ['%%%{if x}', 'none'],
      // And refuses each of these: "Unexpected else directive", "Unexpected endfor directive", "Invalid template control keyword", unclosed.
      ['%{ if true }a%{ else }b%{ else }c%{ endif }', 'broken'], ['%{for x in [1]}%{ if true }%{endfor}%{endif}', 'broken'], ['%{ifx}', 'broken'],
      ['%{ if x }', 'broken'], ['%{ endif }', 'broken'], ['%{ else }', 'broken'], ['%{ for x in y }%{ else }%{ endfor }', 'broken'], ['%%%{ if x }%{ endif }', 'broken'],
      ['%{', 'broken'], ['%{ if-x }', 'broken'], ['%{ endfor }', 'broken'], ['%{ for x in y }%{ endif }', 'broken'], ['%{ if x }%{ endfor }', 'broken'], ['%{ if x }%{ else }%{ endfor }', 'broken'],
    ];
    for (const [text, expected] of cases) expect(templateDirectives(text), text).toBe(expected);
  });

  it('cdktf tokens, placeholders and templates', () => {
    expect(isUnresolved('${TfToken[TOKEN.12]}')).toBe(true);
    expect(isUnresolved('a #{TfToken[TOKEN.1]} b')).toBe(true);
    expect(isUnresolved('{TfToken[]}')).toBe(false);
    expect(isUnresolved('${TfToken[TOKEN 1]}')).toBe(false);
    expect(isUnresolved(12)).toBe(false);
    expect(hasPlaceholder('${TfToken[TOKEN.12]}', true)).toBe(true);
    expect(hasPlaceholder('qcs::cos:${var.region}::a', true)).toBe(true);
    expect(hasPlaceholder('qcs::cos:${uin}::a', true)).toBe(false);
    expect(hasPlaceholder('qcs::cos:gz::a', true)).toBe(false);
    expect(hasPlaceholder('qcs::cos:${var.region}::a', false)).toBe(false);
    expect(hasPlaceholder('${TfToken[TOKEN.12]}', false)).toBe(true);
    expect(hasPlaceholder('qcs::cos:${var.region}::a', true)).toBe(true);
    expect(hasPlaceholder('${var.region}', true)).toBe(true);
    expect(hasTemplate('${uin}')).toBe(true);
    expect(hasTemplate('${}')).toBe(false);
    expect(hasTemplate('${} ${a}')).toBe(true);
    expect(hasTemplate('$uin')).toBe(false);
    expect(unescapeTerraform('$${uin} %%{if} $$${x} %{y}')).toBe('${uin} %{if} $${x} %{y}');
  });
});

describe('nonWhitespaceLength (how CAM counts a policy)', () => {
  /**
   * Code points, counted unless JSON's white space or another Unicode space; a lone low surrogate is
   * taken as the end of a pair (not counted), a lone high one counts.
   */
  const reference = (text: string): number =>
    [...text.replace(/[\udc00-\udfff]/g, '')].filter((c) => !/^[ \n\r\t]$/.test(c) && !(c.charCodeAt(0) > 0x7f && /^\s$/.test(c))).length;

  it('counts characters, not white space or the halves of a surrogate pair', () => {
    expect(nonWhitespaceLength('{"a": [1, 2]}')).toBe(11);
    expect(nonWhitespaceLength('a\tb\nc\rd e')).toBe(5);
    expect(nonWhitespaceLength('a\vb\fc')).toBe(5); // ASCII vertical tab and form feed are no white space of JSON's, and CAM counts them
    expect(nonWhitespaceLength('a\u00a0b\u3000c\u2028d\ufeff')).toBe(4);
    expect(nonWhitespaceLength('\u{1f600}x')).toBe(2);
    expect(nonWhitespaceLength('\udc00\udfff\udbff\ue000')).toBe(2); // the ends of the low-surrogate range
    expect(nonWhitespaceLength('\u007f\u0085\u00a0')).toBe(2); // DEL and the C1 control NEL count; a no-break space does not
    expect(nonWhitespaceLength('x'.repeat(1000))).toBe(1000);
    expect(nonWhitespaceLength('')).toBe(0);
  });

  it('agrees with counting character by character, for any text', () => {
    const unit = fc.oneof(fc.constantFrom(' ', '\t', '\n', '\r', '\v', '\u007f', '\u0080', '\u00a0', '\u3000', '\u2028', '\ufeff', '\ud83d', '\udbff', '\udc00', '\ude00', '\udfff', '\ue000', 'é', '"', 'a', '{'), fc.string({ maxLength: 3 }));
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(nonWhitespaceLength(text)).toBe(reference(text));
    }));
  });
});

describe('splitSegments (a resource into its six segments)', () => {
  /** The first five colons split; the resource segment keeps any further ones. */
  const reference = (value: string): string[] => {
    const all = value.split(':');
    return all.length <= 6 ? all : [...all.slice(0, 5), all.slice(5).join(':')];
  };

  it('splits on the first five colons only', () => {
    expect(splitSegments('qcs::cmqqueue:bj:uin/1:queueName/uin/2/q')).toEqual(['qcs', '', 'cmqqueue', 'bj', 'uin/1', 'queueName/uin/2/q']);
    expect(splitSegments('qcs::cos:gz:uid/1:b/a:b:c')).toEqual(['qcs', '', 'cos', 'gz', 'uid/1', 'b/a:b:c']);
    expect(splitSegments('*')).toEqual(['*']);
    expect(splitSegments('')).toEqual(['']);
    expect(splitSegments(':::::')).toEqual(['', '', '', '', '', '']);
  });

  it('agrees with splitting on every colon and joining what follows the fifth', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(':', 'a', 'qcs', '/', '*', ''), { maxLength: 20 }), (parts) => {
      const value = parts.join('');
      expect(splitSegments(value)).toEqual(reference(value));
    }));
  });
});
