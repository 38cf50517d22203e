/**
 * What ties a scenario to the URL. Decompressing an `s=` value is asynchronous while reading the
 * URL into the store is not: `prepareScenarioParam` decodes ahead (at start, and before a
 * hashchange is applied), and scenario-param.ts picks the text up from here. The other way, each
 * custom scenario remembers the `s=` value and the file (as the user wrote it) it came from.
 */
import type { Scenario } from '../../engine/scenario/types.ts';
import { readUrl } from '../url-state.ts';
import { type DecodedText, decodeVersionedParam, isVersionedParam } from './scenario-codec.ts';

/** Back and Forward revisit a few recent values; older ones are decoded again if needed. */
const CACHE_SIZE = 8;
const prepared = new Map<string, DecodedText>();

/** Decodes the compressed `s=` value of `hash`, if any, so that the URL can be read at once. */
export async function prepareScenarioParam(hash: string): Promise<void> {
  const param = readUrl(hash).scenario;
  if (param === null || !isVersionedParam(param) || prepared.has(param)) return;
  const result = await decodeVersionedParam(param);
  prepared.set(param, result);
  const oldest = prepared.keys().next().value;
  if (prepared.size > CACHE_SIZE && oldest !== undefined) prepared.delete(oldest);
}

/** The decoded text of a versioned `s=` value that `prepareScenarioParam` has seen. */
export function preparedScenarioText(param: string): DecodedText | undefined {
  return prepared.get(param);
}

interface Origin {
  /** The `s=` value that holds the scenario; null when it is too large for a link. */
  readonly param: string | null;
  /** The scenario file as the user wrote it (defaults left out). */
  readonly file: unknown;
}

const origins = new WeakMap<Scenario, Origin>();

export function rememberScenario(scenario: Scenario, param: string | null, file: unknown): void {
  origins.set(scenario, { param, file });
}

/** The `s=` value of a custom scenario: undefined when unknown, null when too large for a link. */
export function scenarioParamOf(scenario: Scenario): string | null | undefined {
  return origins.get(scenario)?.param;
}

/** The file a scenario was read from, or undefined when it did not come through here. */
export function scenarioFileOf(scenario: Scenario): unknown {
  return origins.get(scenario)?.file;
}
