/**
 * Lesson progress kept in the browser (localStorage): which stops a learner has seen and how
 * each question was answered. Pure functions over a plain object, plus load and save that never
 * throw (storage may be full, disabled, or hold something else under our key).
 */
type JsonRecord = Readonly<Record<string, unknown>>;

/** A JSON object: not null, not an array. */
function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stop number: a whole number from 1 to 9999. */
function isStopNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 9999;
}

/** An answer as stored: the option chosen (at most 300 characters), and whether it was right. */
function readAnswer(value: unknown): AnswerRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { choice, right } = value as JsonRecord;
  return typeof choice === 'string' ? { choice: choice.slice(0, 300), right: right === true } : undefined;
}

/** One lesson's progress: the stops seen (others dropped) and the readable answers by stop. */
function readLesson(value: unknown): LessonProgress | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { seen, answers } = value as JsonRecord;
  if (!Array.isArray(seen) || !isRecord(answers)) return undefined;
  return { seen: seen.filter(isStopNumber), answers: entriesRead(answers, /^\d{1,4}$/, readAnswer) };
}

/** The entries of a record whose key matches `key` and whose value `read` reads, as read. */
function entriesRead<T>(record: JsonRecord, key: RegExp, read: (value: unknown) => T | undefined) {
  const out: Record<string, T> = {};
  for (const [name, value] of Object.entries(record)) {
    const item = key.test(name) ? read(value) : undefined;
    if (item !== undefined) out[name] = item;
  }
  return out;
}

/** An answer: the option id chosen (or the element clicked), and whether it was right. */
export interface AnswerRecord {
  readonly choice: string;
  readonly right: boolean;
}

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
    // Anything unreadable inside it is left out rather than refused.
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? entriesRead(value, /^[a-z0-9-]{1,80}$/, readLesson) : {};
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
