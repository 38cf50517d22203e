/**
 * Lesson progress kept in the browser (localStorage): which stops a learner has seen and how
 * each question was answered. Pure functions over a plain object, plus load and save that never
 * throw (storage may be full, disabled, or hold something else under our key).
 */
import * as v from 'valibot';
import { isObject, type JsonObject } from '../engine/index.ts';

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

export type AnswerRecord = Readonly<v.InferOutput<typeof ANSWER>>;

export interface LessonProgress {
  /** Stop numbers seen, ascending. */
  readonly seen: readonly number[];
  /** By stop number. */
  readonly answers: Readonly<Record<string, AnswerRecord>>;
}

export type Progress = Readonly<Record<string, LessonProgress>>;

export const PROGRESS_KEY = 'podpath.lessons.v1';
const EMPTY: LessonProgress = { seen: [], answers: {} };

export function lessonProgress(progress: Progress, lesson: string): LessonProgress {
  return Object.hasOwn(progress, lesson) ? (progress[lesson] ?? EMPTY) : EMPTY;
}

export function markSeen(progress: Progress, lesson: string, stop: number): Progress {
  const now = lessonProgress(progress, lesson);
  if (now.seen.includes(stop)) return progress;
  const seen = [...now.seen, stop].sort((a, b) => a - b);
  return { ...progress, [lesson]: { ...now, seen } };
}

export function recordAnswer(
  progress: Progress,
  lesson: string,
  stop: number,
  answer: AnswerRecord,
): Progress {
  const now = lessonProgress(progress, lesson);
  return { ...progress, [lesson]: { ...now, answers: { ...now.answers, [String(stop)]: answer } } };
}

export function clearAnswer(progress: Progress, lesson: string, stop: number): Progress {
  const now = lessonProgress(progress, lesson);
  const { [String(stop)]: _, ...answers } = now.answers;
  return { ...progress, [lesson]: { ...now, answers } };
}

/** Stops seen out of `total`, and whether every stop was seen. */
export function completion(progress: Progress, lesson: string, total: number) {
  const seen = lessonProgress(progress, lesson).seen.filter((s) => s >= 1 && s <= total).length;
  return { seen, total, done: total > 0 && seen === total };
}

/**
 * Stored progress longer than this is not PodPath's: every lesson's stops and answers take a few
 * kB. It is read as none (and replaced at the next save) rather than parsed.
 */
export const MAX_STORED_PROGRESS = 65_536;

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

export function saveProgress(
  progress: Progress,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  try {
    if (Object.keys(progress).length === 0) storage?.removeItem(PROGRESS_KEY);
    else storage?.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Storage full or disabled: progress lives on for this page only.
  }
}
