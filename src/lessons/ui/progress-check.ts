/**
 * Stored progress checked against the lessons themselves: what localStorage says is only a
 * record of the learner's choices. Whether a choice is right is worked out again from the lesson
 * each time it is shown, and progress for lessons, stops or questions that do not exist is dropped.
 */

import type { AnswerRecord } from '../../store/progress.ts';
import type { ProgressCatalog } from '../../store/progress-prune.ts';
import { isRightClick, type Lesson, type ResolvedQuestion } from '../index.ts';

/** The stops and question stops of each lesson, for pruneProgress. */
export function progressCatalog(lessons: readonly Lesson[]): ProgressCatalog {
  return new Map(
    lessons.map((lesson) => [
      lesson.id,
      {
        stops: lesson.stops.length,
        questions: new Set(lesson.stops.flatMap((stop, i) => (stop.question ? [i + 1] : []))),
      },
    ]),
  );
}

/** Whether a choice answers the question: the option's id, or the element (or a part of it) clicked. */
export function isRightAnswer(question: ResolvedQuestion, choice: string): boolean {
  return question.kind === 'click' ? isRightClick(question.answer, choice) : choice === question.answer;
}

/** A stored answer as the lesson judges it now; a stored `right` is never trusted. */
export function checkedAnswer(question: ResolvedQuestion | null, stored: AnswerRecord | undefined) {
  if (!question || !stored) return null;
  return { choice: stored.choice, right: isRightAnswer(question, stored.choice) };
}
