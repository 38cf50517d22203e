/**
 * The `s=` URL parameter: a scenario file as base64url-encoded UTF-8 JSON (DESIGN.md §3.3).
 * Decoding never throws: a bad parameter gives a sentence for the user.
 */
import { parseScenario } from '../engine/scenario/parse.ts';
import type { Scenario } from '../engine/scenario/types.ts';

/** The longest `s=` value read (about 96 kB of JSON); longer ones are refused unread. */
export const MAX_SCENARIO_PARAM = 128_000;

export type DecodedScenario =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly message: string };

/** Encodes a scenario file (the JSON object a user writes) for the `s=` parameter. */
export function encodeScenarioParam(scenarioFile: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(scenarioFile));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Decodes and validates an `s=` value. */
export function decodeScenarioParam(param: string): DecodedScenario {
  if (param.length > MAX_SCENARIO_PARAM) {
    return { ok: false, message: `the scenario in the URL is too long (${param.length} characters)` };
  }
  if (!/^[A-Za-z0-9_-]*$/.test(param)) {
    return { ok: false, message: 'the scenario in the URL is not base64url text' };
  }
  let text: string;
  try {
    const binary = atob(param.replaceAll('-', '+').replaceAll('_', '/'));
    text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return { ok: false, message: 'the scenario in the URL could not be decoded' };
  }
  const result = parseScenario(text);
  if (result.ok) return { ok: true, scenario: result.scenario };
  const first = result.errors[0];
  const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
  return {
    ok: false,
    message: `the scenario in the URL is invalid: ${first?.path}: ${first?.message}${more}`,
  };
}
