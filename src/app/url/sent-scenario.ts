import type { Scenario, Text } from '../../engine/index.ts';
import type { DecodedScenario } from './scenario-param.ts';

/**
 * A JSON object as the worker sends it to the page: its text without its long arrays (`head`,
 * where they stand empty), and each long array as texts of PART_ITEMS items. A string crosses
 * between threads as one copy and JSON.parse reads it quickly; the objects of 1,000 nodes × 30
 * pods took 245 ms of the page's main thread to read back from a message. In parts, the page
 * reads it a part per task: the 150,000 pods of the largest scenario in one JSON.parse took
 * 1.2–1.6 s of the main thread on the busy test machine.
 */
export interface SentObject {
  readonly head: string;
  readonly arrays: readonly { readonly key: string; readonly parts: readonly string[] }[];
}

/**
 * A decoded scenario as the worker sends it: its scenario and file in parts. (A validated
 * scenario is plain JSON data: sent-scenario.test.ts holds it equal read back.)
 */
export type SentScenario =
  | { readonly ok: true; readonly scenario: SentObject; readonly file: SentObject }
  | { readonly ok: false; readonly message: Text };

/** Resolves in the page's next task. */
type NextTask = () => Promise<void>;

/** Items of a long array read in one task. */
const PART_ITEMS = 2_000;

function toParts(value: unknown): SentObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { head: JSON.stringify(value), arrays: [] };
  const head: Record<string, unknown> = {};
  const arrays: { key: string; parts: string[] }[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (Array.isArray(item) && item.length > PART_ITEMS) {
      head[key] = [];
      const parts: string[] = [];
      for (let i = 0; i < item.length; i += PART_ITEMS)
        parts.push(JSON.stringify(item.slice(i, i + PART_ITEMS)));
      arrays.push({ key, parts });
    } else head[key] = item;
  }
  return { head: JSON.stringify(head), arrays };
}

/**
 * toParts a part per slice of the page's main thread: a what-if's document of 150,000 pods is
 * some 75 parts of 1–3 ms each, sent to the worker that validates it (large-what-if.ts).
 */
export async function toPartsInSlices(
  value: Readonly<Record<string, unknown>>,
  nextTask: NextTask,
  sliceMs = 16,
): Promise<SentObject> {
  const head: Record<string, unknown> = {};
  const arrays: { key: string; parts: string[] }[] = [];
  let until = performance.now() + sliceMs;
  for (const [key, item] of Object.entries(value)) {
    if (Array.isArray(item) && item.length > PART_ITEMS) {
      head[key] = [];
      const parts: string[] = [];
      for (let i = 0; i < item.length; i += PART_ITEMS) {
        if (performance.now() > until) {
          await nextTask();
          until = performance.now() + sliceMs;
        }
        parts.push(JSON.stringify(item.slice(i, i + PART_ITEMS)));
      }
      arrays.push({ key, parts });
    } else head[key] = item;
  }
  return { head: JSON.stringify(head), arrays };
}

/** Reads an object sent in parts back, a part per task. */
export async function fromParts(sent: SentObject, nextTask: NextTask): Promise<unknown> {
  const value = JSON.parse(sent.head) as Record<string, unknown[]>;
  for (const { key, parts } of sent.arrays) {
    const items: unknown[] = [];
    for (const part of parts) {
      await nextTask();
      for (const item of JSON.parse(part) as unknown[]) items.push(item);
    }
    value[key] = items;
  }
  return value;
}

export function toSent(decoded: DecodedScenario): SentScenario {
  if (!decoded.ok) return decoded;
  return { ok: true, scenario: toParts(decoded.scenario), file: toParts(decoded.file) };
}

/** Reads a sent scenario back, a part per task: its scenario, then its file. */
export async function fromSent(sent: SentScenario, nextTask: NextTask): Promise<DecodedScenario> {
  if (!sent.ok) return sent;
  const scenario = (await fromParts(sent.scenario, nextTask)) as Scenario;
  await nextTask();
  return { ok: true, scenario, file: await fromParts(sent.file, nextTask) };
}
