/**
 * Text from input (file names, keys, addresses, values inside messages) made safe for a terminal:
 * C0 and C1 control characters, DEL, line and paragraph separators, and every format character
 * (Unicode's Cf: bidirectional controls, zero-width spaces and joiners, the byte-order mark, soft
 * hyphens, tags) are written as `\u{...}`, so nothing in a file can move the cursor, retitle or
 * clear the terminal, reorder what is shown, hide itself (two names that look the same are told
 * apart), or start a new line that looks like a finding. The same set the linter's messages quote.
 * @internal
 */
export function safeText(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16).padStart(4, '0')}}`);
}

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/gu;
