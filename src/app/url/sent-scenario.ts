import type { Scenario, Text } from '../../engine/index.ts';
import type { DecodedScenario } from './scenario-param.ts';

/**
 * A decoded scenario as the worker sends it to the page: its scenario and file as JSON text. A
 * string crosses between threads as one copy and JSON.parse reads it quickly; the objects of
 * 1,000 nodes × 30 pods took 245 ms of the page's main thread to read back from a message.
 * (A validated scenario is plain JSON data: sent-scenario.test.ts holds it equal read back.)
 */
export type SentScenario =
  | { readonly ok: true; readonly scenario: string; readonly file: string }
  | { readonly ok: false; readonly message: Text };

export function toSent(decoded: DecodedScenario): SentScenario {
  if (!decoded.ok) return decoded;
  return { ok: true, scenario: JSON.stringify(decoded.scenario), file: JSON.stringify(decoded.file) };
}

/** Reads a sent scenario back: its scenario, then, in a task of its own, its file. */
export async function fromSent(sent: SentScenario, nextTask: () => Promise<void>): Promise<DecodedScenario> {
  if (!sent.ok) return sent;
  const scenario = JSON.parse(sent.scenario) as Scenario;
  await nextTask();
  return { ok: true, scenario, file: JSON.parse(sent.file) };
}
