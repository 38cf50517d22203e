/**
 * Stored lesson progress read with valibot, as every untrusted input is: anything unreadable inside
 * it is left out rather than refused. Its own module, so that a first visit (nothing stored) does
 * not load valibot (app/persistence.ts readProgress imports it on demand).
 */
import * as v from 'valibot';
import { isObject, type JsonObject } from '../engine/index.ts';
import { MAX_STORED_PROGRESS, PROGRESS_KEY, type Progress } from './progress.ts';

const STOP_NUMBER = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9999));

const ANSWER = v.pipe(
  v.object({
    /** The option id chosen, or the element clicked. */
    choice: v.string(),
    right: v.optional(v.unknown()),
  }),
  v.transform(({ choice, right }) => ({ choice: choice.slice(0, 300), right: right === true })),
);

const LESSON = v.object({
  /** Stop numbers seen, ascending. */
  seen: v.pipe(
    v.array(v.unknown()),
    v.transform((seen) => seen.filter((stop): stop is number => v.is(STOP_NUMBER, stop))),
  ),
  /** By stop number. */
  answers: v.pipe(v.custom<JsonObject>(isObject), v.transform(entriesRead(/^\d{1,4}$/, ANSWER))),
});

/** Progress as stored: anything unreadable inside it is left out rather than refused. */
const PROGRESS = v.pipe(
  v.custom<JsonObject>(isObject),
  v.transform(entriesRead(/^[a-z0-9-]{1,80}$/, LESSON)),
);

/** The entries of a record whose key matches `key` and whose value `schema` reads, as read. */
function entriesRead<S extends v.GenericSchema>(key: RegExp, schema: S) {
  return (record: JsonObject): Record<string, v.InferOutput<S>> => {
    const out: Record<string, v.InferOutput<S>> = {};
    for (const [name, value] of Object.entries(record)) {
      const read = key.test(name) ? v.safeParse(schema, value) : undefined;
      if (read?.success) out[name] = read.output;
    }
    return out;
  };
}

/** Progress from stored text; anything unreadable counts as none. */
export function parseProgress(text: string | null): Progress {
  if (!text || text.length > MAX_STORED_PROGRESS) return {};
  try {
    const read = v.safeParse(PROGRESS, JSON.parse(text));
    return read.success ? read.output : {};
  } catch {
    return {};
  }
}

export function loadProgress(storage: Storage | undefined = globalThis.localStorage): Progress {
  try {
    return parseProgress(storage?.getItem(PROGRESS_KEY) ?? null);
  } catch {
    return {};
  }
}
