/**
 * What a scenario title may hold. It is shown in the page, in exported SVG and PNG files and on
 * the terminal, so beyond its length it must be one line of characters every one of those can
 * carry and that reads as what it is.
 */
import { title as titleWords } from '../messages/en/title.ts';
import { type Message, message } from '../messages/message.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
// NOTE: Unicode UAX #9: the explicit embeddings, overrides and isolates (and the marks) reorder the
// text around them, so "abc\u202Efdp.exe" reads "abcexe.pdf".
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// NOTE: XML 1.0 §2.2 excludes U+FFFE, U+FFFF and surrogates from documents (an SVG with one does not
// open); Unicode §23.7 reserves U+FDD0–U+FDEF and the last two code points of every plane.
const NOT_A_CHARACTER = /[\ufdd0-\ufdef\ufffe\uffff]|[\u{1fffe}-\u{1ffff}]|\p{Cs}/u;

function codePoint(match: string): string {
  return `U+${(match.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why the title cannot be used, or undefined when it can. */
export function titleProblem(title: string): Message | undefined {
  if (CONTROL.test(title)) return message(titleWords, 'titleControl');
  const bidi = BIDI.exec(title);
  if (bidi) return message(titleWords, 'titleBidi', { code: codePoint(bidi[0]) });
  const bad = NOT_A_CHARACTER.exec(title);
  if (bad) return message(titleWords, 'titleNotCharacter', { code: codePoint(bad[0]) });
  return undefined;
}
