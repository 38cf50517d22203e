/**
 * The lesson UI, loaded lazily: the player of the open lesson and the lesson picker. The main
 * bundle holds only the host that loads this; which lesson is open is the explorer store's.
 */
import { useEffect, useMemo } from 'react';
import { type LessonLocation, useExplorer, useExplorerStore } from '../../store/index.ts';
import { completion, lessonProgress } from '../../store/progress.ts';
import { pruneProgress } from '../../store/progress-prune.ts';
import { PANEL } from '../../view/styles.ts';
import { LESSONS } from '../index.ts';
import { type LessonEntry, LessonPicker } from './LessonPicker.tsx';
import { LessonPlayer } from './LessonPlayer.tsx';
import { progressCatalog } from './progress-check.ts';
import { LINK_BUTTON } from './styles.ts';
import { useResolvedLesson } from './useResolvedLesson.ts';

const CATALOG = progressCatalog(LESSONS);

function OpenLesson({ location, embed }: { location: LessonLocation; embed: boolean }) {
  const store = useExplorerStore();
  const load = useResolvedLesson(location.lesson);
  if (!load.ok) {
    return (
      <section aria-label="Lesson" className={`${PANEL} p-4`}>
        <p>{load.message}</p>
        {!embed && (
          <button
            type="button"
            onClick={() => store.getState().showLessonPicker(true)}
            className={LINK_BUTTON}
          >
            Choose a lesson
          </button>
        )}
      </section>
    );
  }
  return <LessonPlayer lesson={load.lesson} location={location} embed={embed} />;
}

function Picker() {
  const store = useExplorerStore();
  const progress = useExplorer((s) => s.progress);
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
      onOpen={(lesson, stop) => store.getState().openLesson({ lesson, stop })}
      onReset={() => store.getState().setProgress({})}
      onClose={() => store.getState().showLessonPicker(false)}
    />
  );
}

export default function LessonsUi({ embed }: { embed: boolean }) {
  const store = useExplorerStore();
  // Progress for lessons, stops or questions there are not is dropped once the lessons are here
  // (the catalog loads with them), so it is never saved again.
  useEffect(() => {
    const state = store.getState();
    const pruned = pruneProgress(state.progress, CATALOG);
    if (pruned !== state.progress) state.setProgress(pruned);
  }, [store]);
  const location = useExplorer((s) => s.lesson);
  const pickerOpen = useExplorer((s) => s.lessonPicker);
  const kept = useExplorer((s) => s.progressKept);
  return (
    <>
      {location && <OpenLesson location={location} embed={embed} />}
      {pickerOpen && !embed && <Picker />}
      {!kept && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Progress is kept for this visit only: this browser does not let the page store it.
        </p>
      )}
    </>
  );
}
