/**
 * The lesson UI, loaded lazily: the player of the open lesson and the lesson picker. The main
 * bundle holds only the navigation (lesson-nav.ts) and the host that loads this.
 */
import { useMemo } from 'react';
import { LESSONS } from '../../lessons/index.ts';
import { type LessonEntry, LessonPicker } from '../../view/lessons/LessonPicker.tsx';
import { LINK_BUTTON } from '../../view/lessons/styles.ts';
import { PANEL } from '../../view/styles.ts';
import { LessonPlayer } from './LessonPlayer.tsx';
import { lessonNav, useLessonNav } from './lesson-nav.ts';
import { completion, lessonProgress } from './progress.ts';
import { appProgressStore, useProgress } from './progress-store.ts';
import { useResolvedLesson } from './useResolvedLesson.ts';

function OpenLesson({ id, stop, embed }: { id: string; stop: number; embed: boolean }) {
  const load = useResolvedLesson(id);
  if (!load.ok) {
    return (
      <section aria-label="Lesson" className={`${PANEL} p-4`}>
        <p>{load.message}</p>
        {!embed && (
          <button type="button" onClick={() => lessonNav.getState().showPicker(true)} className={LINK_BUTTON}>
            Choose a lesson
          </button>
        )}
      </section>
    );
  }
  const clamped = Math.min(stop, load.lesson.stops.length);
  return <LessonPlayer lesson={load.lesson} stopNumber={clamped} nav={lessonNav} embed={embed} />;
}

function Picker() {
  const progress = useProgress((s) => s.progress);
  const entries = useMemo<LessonEntry[]>(
    () =>
      LESSONS.map((lesson) => {
        const total = lesson.stops.length;
        const seen = lessonProgress(progress, lesson.id).seen;
        const next = Array.from({ length: total }, (_, i) => i + 1).find((n) => !seen.includes(n));
        return {
          id: lesson.id,
          title: lesson.title,
          summary: lesson.summary,
          stops: total,
          seen: completion(progress, lesson.id, total).seen,
          resumeAt: next ?? 1,
        };
      }),
    [progress],
  );
  return (
    <LessonPicker
      lessons={entries}
      onOpen={(lesson, stop) => lessonNav.getState().open({ lesson, stop })}
      onReset={() => appProgressStore().getState().reset()}
      onClose={() => lessonNav.getState().showPicker(false)}
    />
  );
}

export default function LessonsUi({ embed }: { embed: boolean }) {
  const location = useLessonNav((s) => s.location);
  const pickerOpen = useLessonNav((s) => s.pickerOpen);
  return (
    <>
      {location && <OpenLesson id={location.lesson} stop={location.stop} embed={embed} />}
      {pickerOpen && !embed && <Picker />}
    </>
  );
}
