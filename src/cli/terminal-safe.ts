/**
 * Text from a scenario (a title, a name, a JSON parser's quote of the input) may hold terminal
 * control sequences: ESC starts a sequence that can set the window title or clear the screen, the
 * C1 range (U+0080–U+009F) has single-character forms of the same, and bidi overrides reorder what
 * the reader sees. Everything the command line prints passes through here, so none of it reaches
 * the terminal raw: each such character is written as a visible `\uXXXX` escape.
 */

// C0 controls except tab and newline, DEL and C1, bidi marks/embeddings/overrides/isolates,
// line and paragraph separators, and the noncharacters U+FFFE/U+FFFF.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufffe\uffff]/g;

/** The text with every terminal-unsafe character replaced by its `\uXXXX` escape. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
