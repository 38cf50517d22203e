/**
 * The gate every scenario document passes as bytes (a file, standard input, a picked file): a
 * size bound checked before anything is decoded, then strict UTF-8. A byte sequence that is not
 * UTF-8 is refused, not turned into U+FFFD replacement characters that would then pass as a title.
 */

/** Larger input is refused unread: 150,000 pods (the largest valid scenario) fit in about 15 MB. */
export const MAX_INPUT_BYTES = 20_000_000;

export type InputText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: string };

/** The reason given when input passes MAX_INPUT_BYTES (the reader stops there). */
export function tooLargeReason(): string {
  return `it is larger than ${MAX_INPUT_BYTES} bytes, the most a scenario may take`;
}

/** How many bytes a sequence led by `lead` takes (0 for a byte that cannot lead one). */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Index of the first byte of the first ill-formed sequence (bytes known not to be UTF-8). */
function firstInvalidByte(bytes: Uint8Array): number {
  // Binary search for the longest prefix that decodes in streaming mode (an unfinished sequence at
  // its end is held back, not an error): the byte after it is where decoding fails.
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  // If that prefix ends in an unfinished sequence, the ill-formed sequence starts at its lead byte.
  for (let start = lo - 1; start >= Math.max(0, lo - 3); start -= 1) {
    const byte = bytes[start] as number;
    if (byte >= 0x80 && byte <= 0xbf) continue;
    return sequenceLength(byte) > lo - start ? start : lo;
  }
  return lo;
}

/** Decodes scenario bytes: the text, or why it is refused (too large, not UTF-8 and where). */
export function decodeInput(bytes: Uint8Array): InputText {
  if (bytes.length > MAX_INPUT_BYTES) return { ok: false, reason: tooLargeReason() };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, reason: `it is not UTF-8 text (byte ${firstInvalidByte(bytes) + 1} is not)` };
  }
}
