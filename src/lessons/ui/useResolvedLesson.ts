import { useMemo } from 'react';
import { lessonById, type ResolvedLesson, resolveLesson } from '../index.ts';

export type LessonLoad =
  | { readonly ok: true; readonly lesson: ResolvedLesson }
  | { readonly ok: false; readonly message: string };

/** The lesson with this id, resolved against the engine (once per lesson), or why it cannot be. */
export function useResolvedLesson(id: string): LessonLoad {
  return useMemo(() => {
    const lesson = lessonById(id);
    if (!lesson) return { ok: false, message: `There is no lesson called “${id}”.` };
    try {
      return { ok: true, lesson: resolveLesson(lesson) };
    } catch (error) {
      return { ok: false, message: `This lesson could not be prepared: ${(error as Error).message}` };
    }
  }, [id]);
}
