/**
 * Lesson progress kept in the browser (localStorage): which stops a learner has seen and how
 * each question was answered. Pure functions over a plain object, plus load and save that never
 * throw (storage may be full, disabled, or hold something else under our key).
 */

export interface AnswerRecord {
  /** The option id chosen, or the element clicked. */
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanLesson(value: unknown): LessonProgress | null {
  if (!isRecord(value) || !Array.isArray(value.seen) || !isRecord(value.answers)) return null;
  const seen = value.seen.filter((s): s is number => Number.isInteger(s) && s >= 1 && s <= 9999);
  const answers: Record<string, AnswerRecord> = {};
  for (const [stop, answer] of Object.entries(value.answers)) {
    if (/^\d{1,4}$/.test(stop) && isRecord(answer) && typeof answer.choice === 'string')
      answers[stop] = { choice: answer.choice.slice(0, 300), right: answer.right === true };
  }
  return { seen, answers };
}

/** Progress from stored text; anything unreadable counts as none. */
export function parseProgress(text: string | null): Progress {
  if (!text) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isRecord(raw)) return {};
  const progress: Record<string, LessonProgress> = {};
  for (const [lesson, value] of Object.entries(raw)) {
    const clean = cleanLesson(value);
    if (clean && /^[a-z0-9-]{1,80}$/.test(lesson)) progress[lesson] = clean;
  }
  return progress;
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
