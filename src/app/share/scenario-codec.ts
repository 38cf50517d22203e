/**
 * The compressed `s=` parameter (DESIGN.md §3.3): `v1.` + base64url(deflate-raw(UTF-8 JSON)).
 * The version prefix cannot occur in the older form, plain base64url JSON (no "."), which
 * scenario-param.ts still reads. Decoding never throws: a bad value gives a sentence.
 */
import { base64urlToBytes, bytesToBase64url } from './base64url.ts';
import { deflateRaw, inflateRaw } from './deflate.ts';

export const PARAM_VERSION = 'v1';
/** Longest compressed value read: about 750 kB of deflate data, far below browsers' URL limits. */
export const MAX_COMPRESSED_PARAM = 1_000_000;
/** Most bytes one value may inflate to (a 150,000-pod scenario is about 15 MB). */
export const MAX_INFLATED_BYTES = 16_000_000;

export type DecodedText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string };

const VERSIONED = /^(v\d{1,3})\.(.*)$/s;

/** Whether a value carries a version prefix (else it is the older plain base64url JSON). */
export function isVersionedParam(param: string): boolean {
  return VERSIONED.test(param);
}

/** Encodes a scenario file (the JSON object a user writes) for the `s=` parameter. */
export async function compressScenarioParam(file: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(file));
  return `${PARAM_VERSION}.${bytesToBase64url(await deflateRaw(json))}`;
}

/** The JSON text inside a versioned `s=` value, or why it cannot be read. */
export async function decodeVersionedParam(param: string): Promise<DecodedText> {
  const fail = (why: string): DecodedText => ({ ok: false, message: `the scenario in the URL ${why}` });
  if (param.length > MAX_COMPRESSED_PARAM) return fail(`is too long (${param.length} characters)`);
  const match = VERSIONED.exec(param);
  if (!match) return fail('has no version prefix');
  if (match[1] !== PARAM_VERSION) {
    return fail(`is in format ${match[1]}, which this PodPath does not know (it reads ${PARAM_VERSION})`);
  }
  const bytes = base64urlToBytes(match[2] ?? '');
  if (!bytes) return fail('is not base64url text');
  let inflated: Uint8Array;
  try {
    inflated = await inflateRaw(bytes, MAX_INFLATED_BYTES);
  } catch (error) {
    return fail(
      error instanceof RangeError
        ? `expands to more than ${MAX_INFLATED_BYTES} bytes`
        : 'is not valid compressed data (the link may be cut short)',
    );
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return fail('is not UTF-8 text');
  }
}
