// Text from input shown to a terminal (src/input/safe-text.ts): every character a reader cannot see,
// or that changes what the terminal shows, written as \u{...}; everything else as it is.
import { describe, expect, it } from 'vitest';
import { safeText } from '../../src/input/safe-text';

describe('safeText', () => {
  it('escapes control, line-breaking, bidirectional and invisible format characters', () => {
    expect(safeText('a\nb\tc\u0000\u001b[2J\u007f\u0085\u009b')).toBe('a\\u{000a}b\\u{0009}c\\u{0000}\\u{001b}[2J\\u{007f}\\u{0085}\\u{009b}');
    expect(safeText('\u2028\u2029\u202e\u2066\u061c\u200e\u200f')).toBe('\\u{2028}\\u{2029}\\u{202e}\\u{2066}\\u{061c}\\u{200e}\\u{200f}');
    // Zero-width characters: two names that look identical are told apart.
    expect(safeText('ad\u200bmin')).toBe('ad\\u{200b}min');
    expect(safeText('\u200c\u200d\u2060\ufeff\u00ad')).toBe('\\u{200c}\\u{200d}\\u{2060}\\u{feff}\\u{00ad}');
    expect(safeText('\u{e0001}')).toBe('\\u{e0001}');
  });

  it('leaves visible text alone, astral characters and lone surrogates included', () => {
    for (const text of ['user alice', 'qcs::cos:ap-guangzhou:uid/1:b/*', 'é中文 😀', '\\u{000a}', '\ud800', ' ']) expect(safeText(text), text).toBe(text);
  });
});
