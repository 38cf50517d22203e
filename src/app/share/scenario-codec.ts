/**
 * The compressed `s=` parameter (DESIGN.md §3.3): `v1.` + base64url(deflate-raw(UTF-8 JSON)).
 * The version prefix cannot occur in the older form, plain base64url JSON (no "."), which
 * scenario-param.ts still reads. Decoding never throws: a bad value gives a sentence.
 */
import { loading, type Message, message, type Text } from '../../engine/index.ts';
import { base64urlToBytes, bytesToBase64url } from './base64url.ts';
import { deflateRaw, inflateRaw } from './deflate.ts';

export const PARAM_VERSION = 'v1';
/** Longest compressed value read: about 750 kB of deflate data, far below browsers' URL limits. */
export const MAX_COMPRESSED_PARAM = 1_000_000;
/** Most bytes one value may inflate to (a 150,000-pod scenario is about 15 MB). */
export const MAX_INFLATED_BYTES = 16_000_000;

export type DecodedText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: Text };

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
  const fail = (why: Message): DecodedText => ({ ok: false, message: why });
  if (param.length > MAX_COMPRESSED_PARAM)
    return fail(message(loading, 'urlTooLong', { length: param.length }));
  const match = VERSIONED.exec(param);
  if (!match) return fail(message(loading, 'urlNoVersion'));
  if (match[1] !== PARAM_VERSION)
    return fail(message(loading, 'urlFormat', { format: `${match[1]}`, version: PARAM_VERSION }));
  const bytes = base64urlToBytes(match[2] ?? '');
  if (!bytes) return fail(message(loading, 'urlNotBase64'));
  let inflated: Uint8Array;
  try {
    inflated = await inflateRaw(bytes, MAX_INFLATED_BYTES);
  } catch (error) {
    return fail(
      error instanceof RangeError
        ? message(loading, 'urlExpands', { max: MAX_INFLATED_BYTES })
        : message(loading, 'urlCutShort'),
    );
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return fail(message(loading, 'urlNotUtf8'));
  }
}
