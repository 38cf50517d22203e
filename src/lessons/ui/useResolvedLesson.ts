import { useMemo } from 'react';
import { lessons as en } from '../../i18n/en/lessons.ts';
import { useMessages } from '../../view/i18n/useMessages.ts';
import { lessonById, type ResolvedLesson, resolveLesson } from '../index.ts';

export type LessonLoad =
  | { readonly ok: true; readonly lesson: ResolvedLesson }
  | { readonly ok: false; readonly message: string };

/** The lesson with this id, resolved against the engine (once per lesson), or why it cannot be. */
export function useResolvedLesson(id: string): LessonLoad {
  const { m, f } = useMessages('lessons', en);
  return useMemo(() => {
    const lesson = lessonById(id);
    if (!lesson) return { ok: false, message: f(m.noLesson, { id }) };
    try {
      return { ok: true, lesson: resolveLesson(lesson) };
    } catch (error) {
      return { ok: false, message: f(m.unprepared, { error: (error as Error).message }) };
    }
  }, [id, m, f]);
}
