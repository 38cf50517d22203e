/**
 * The lesson UI, loaded lazily: the player of the open lesson and the lesson picker. The main
 * bundle holds only the host that loads this; which lesson is open is the explorer store's.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { onCatalogLoaded, zhCatalog } from '../../i18n/catalog.ts';
import { lessons as en } from '../../i18n/en/lessons.ts';
import { type LessonLocation, useExplorer, useExplorerStore } from '../../store/index.ts';
import { completion, lessonProgress } from '../../store/progress.ts';
import { pruneProgress } from '../../store/progress-prune.ts';
import { useMessages } from '../../view/i18n/useMessages.ts';
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
  const { m } = useMessages('lessons', en);
  if (!load.ok) {
    return (
      <section aria-label={m.lesson} className={`${PANEL} p-4`}>
        <p>{load.message}</p>
        {!embed && (
          <button
            type="button"
            onClick={() => store.getState().showLessonPicker(true)}
            className={LINK_BUTTON}
          >
            {m.chooseLesson}
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
  const { lang } = useMessages('lessons', en);
  const zh = useSyncExternalStore(onCatalogLoaded, zhCatalog, zhCatalog);
  const words = lang === 'zh' ? zh?.lessonWords : undefined;
  const entries = useMemo<LessonEntry[]>(
    () =>
      LESSONS.map((lesson) => {
        const own = words?.[lesson.id];
        const total = lesson.stops.length;
        const seen = lessonProgress(progress, lesson.id).seen;
        const next = Array.from({ length: total }, (_, i) => i + 1).find((n) => !seen.includes(n));
        return {
          id: lesson.id,
          title: own?.title ?? lesson.title,
          summary: own?.summary ?? lesson.summary,
          stops: total,
          seen: completion(progress, lesson.id, total).seen,
          resumeAt: next ?? 1,
        };
      }),
    [progress, words],
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
  const { m } = useMessages('lessons', en);
  return (
    <>
      {location && <OpenLesson location={location} embed={embed} />}
      {pickerOpen && !embed && <Picker />}
      {!kept && <p className="text-xs text-slate-600 dark:text-slate-400">{m.notKept}</p>}
    </>
  );
}
