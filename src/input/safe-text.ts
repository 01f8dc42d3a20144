/**
 * Text from input (file names, keys, addresses, values inside messages) made safe for a terminal:
 * C0 and C1 control characters, DEL, line and paragraph separators and the bidirectional controls
 * are written as `\u{...}`, so nothing in a file can move the cursor, retitle or clear the
 * terminal, reorder what is shown, or start a new line that looks like a finding.
 * @internal
 */
export function safeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u{${c.charCodeAt(0).toString(16).padStart(4, '0')}}`);
}
