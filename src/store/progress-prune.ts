/**
 * Stored progress pruned to the lessons there are. Apart from progress.ts, so that the first load
 * does not carry it: only the lesson UI, which loads with the catalog, prunes.
 */
import type { LessonProgress, Progress } from './progress.ts';

/** What progress may hold for a lesson: its stop count and the stops that ask a question. */
export interface LessonShape {
  readonly stops: number;
  readonly questions: ReadonlySet<number>;
}

/** The lessons there are, by id (the app builds it from the lesson catalog). */
export type ProgressCatalog = ReadonlyMap<string, LessonShape>;

/**
 * Progress with only what the lessons can hold: known lessons, stops they have, answers to stops
 * that ask. The same object when nothing is dropped, so an unchanged store saves nothing.
 */
export function pruneProgress(progress: Progress, catalog: ProgressCatalog): Progress {
  let changed = false;
  const out: Record<string, LessonProgress> = {};
  for (const [id, lesson] of Object.entries(progress)) {
    const shape = catalog.get(id);
    if (!shape) {
      changed = true;
      continue;
    }
    const seen = lesson.seen.filter((stop) => stop <= shape.stops);
    const answers = Object.fromEntries(
      Object.entries(lesson.answers).filter(([stop]) => shape.questions.has(Number(stop))),
    );
    if (
      seen.length !== lesson.seen.length ||
      Object.keys(answers).length !== Object.keys(lesson.answers).length
    ) {
      changed = true;
      out[id] = { seen, answers };
    } else {
      out[id] = lesson;
    }
  }
  return changed ? out : progress;
}
