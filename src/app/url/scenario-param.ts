/**
 * The `s=` URL parameter (DESIGN.md §3.3). Links carry it compressed (`v1.…`, see
 * share/scenario-codec.ts); the older form, a scenario file as base64url-encoded UTF-8 JSON, is
 * still read. Decoding never throws: a bad parameter gives a sentence for the user.
 */
import {
  firstProblem,
  loading,
  message,
  parseScenario,
  type Scenario,
  type Text,
} from '../../engine/index.ts';
import { type DecodedText, decodeVersionedParam, isVersionedParam } from '../share/scenario-codec.ts';
import { buildsInSlices } from './view-limits.ts';

/** The longest uncompressed `s=` value read (about 96 kB of JSON); longer ones are refused unread. */
export const MAX_SCENARIO_PARAM = 128_000;

export type DecodedScenario =
  | { readonly ok: true; readonly scenario: Scenario; readonly file: unknown }
  | { readonly ok: false; readonly message: Text };

/** Encodes a scenario file in the older, uncompressed form (links now use compressScenarioParam). */
export function encodeScenarioParam(scenarioFile: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(scenarioFile));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Decodes and validates an `s=` value, compressed or not, on this thread (view-url.ts sends a
 * large one to a Web Worker instead). */
export async function readScenarioParam(param: string): Promise<DecodedScenario> {
  const decoded = await decodeParamText(param);
  return decoded.ok ? validated(decoded.text) : decoded;
}

/** The JSON text of an `s=` value, compressed or not, or why it cannot be read. */
export async function decodeParamText(param: string): Promise<DecodedText> {
  if (isVersionedParam(param)) return decodeVersionedParam(param);
  const old = decodeOldParam(param);
  return typeof old === 'string' ? { ok: true, text: old } : old;
}

/** Decodes and validates an `s=` value in the older, uncompressed form. */
export function decodeScenarioParam(param: string): DecodedScenario {
  const text = decodeOldParam(param);
  return typeof text === 'string' ? validated(text) : text;
}

/** The JSON text of an older, uncompressed `s=` value, or why it cannot be read. */
function decodeOldParam(param: string): string | { readonly ok: false; readonly message: Text } {
  const fail = (why: Text) => ({ ok: false, message: why }) as const;
  if (isVersionedParam(param)) return fail(message(loading, 'urlUndecodable'));
  if (param.length > MAX_SCENARIO_PARAM)
    return fail(message(loading, 'urlTooLong', { length: param.length }));
  if (!/^[A-Za-z0-9_-]*$/.test(param)) return fail(message(loading, 'urlNotBase64'));
  try {
    const binary = atob(param.replaceAll('-', '+').replaceAll('_', '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return fail(message(loading, 'urlUndecodable'));
  }
}

/** Validates the JSON text of an `s=` value. */
export function validated(text: string): DecodedScenario {
  const result = parseScenario(text);
  if (result.ok) return { ok: true, scenario: result.scenario, file: result.file };
  const { path, reason } = firstProblem(result.errors);
  return { ok: false, message: message(loading, 'urlInvalid', { path, problem: reason }) };
}

/** Whether the page builds this scenario a slice at a time (view-limits.ts), not at once. */
export function buildsInSlicesFor(scenario: Scenario): boolean {
  return buildsInSlices(scenario.nodes.length, scenario.pods.length);
}
