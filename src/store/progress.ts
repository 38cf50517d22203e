/**
 * Lesson progress kept in the browser (localStorage): which stops a learner has seen and how
 * each question was answered. Pure functions over a plain object, and a save that never throws
 * (storage may be full, disabled, or hold something else under our key). Reading stored progress
 * (valibot) is ./progress-read.ts, loaded only when there is something stored.
 */
/** One question's answer: the option id chosen or the element clicked, and whether it was right. */
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
