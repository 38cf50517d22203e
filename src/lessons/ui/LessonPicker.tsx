import { useEffect, useId, useRef } from 'react';
import { lessons as en } from '../../i18n/en/lessons.ts';
import { useMessages } from '../../view/i18n/useMessages.ts';
import { FOCUS_RING, MUTED } from '../../view/styles.ts';
import { LESSON_BUTTON, PRIMARY_BUTTON } from './styles.ts';

export interface LessonEntry {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly stops: number;
  readonly seen: number;
  /** The stop to open: the first not seen yet (the first when all were). */
  readonly resumeAt: number;
}

interface Props {
  readonly lessons: readonly LessonEntry[];
  readonly onOpen: (id: string, stop: number) => void;
  readonly onReset: () => void;
  readonly onClose: () => void;
}

/** The lessons, with each one's progress, in a modal dialog named "Lessons". */
export function LessonPicker({ lessons, onOpen, onReset, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { m, f } = useMessages('lessons', en);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const anySeen = lessons.some((l) => l.seen > 0);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto w-[min(44rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-center gap-3 border-b border-slate-200 px-5 py-3 dark:border-slate-800">
        <h2 id={titleId} className="text-lg font-semibold">
          {m.title}
        </h2>
        <p className={`text-sm ${MUTED}`}>{m.intro}</p>
        <button type="button" onClick={onClose} className={`ml-auto ${LESSON_BUTTON}`}>
          {m.close}
        </button>
      </div>
      <ol className="flex max-h-[65dvh] flex-col gap-2 overflow-y-auto px-5 py-3">
        {lessons.map((lesson) => {
          const verb = lesson.seen === 0 ? m.start : lesson.seen === lesson.stops ? m.review : m.resume;
          return (
            <li key={lesson.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
              <div className="flex flex-wrap items-baseline gap-x-3">
                <h3 className="font-semibold">{lesson.title}</h3>
                <p className={`text-xs tabular-nums ${MUTED}`}>
                  {f(m.seen, { seen: lesson.seen, total: lesson.stops })}
                </p>
                <button
                  type="button"
                  aria-label={f(m.open, { verb, title: lesson.title })}
                  onClick={() => onOpen(lesson.id, lesson.resumeAt)}
                  className={`ml-auto ${PRIMARY_BUTTON}`}
                >
                  {verb}
                </button>
              </div>
              <p className={`mt-1 text-sm ${MUTED}`}>{lesson.summary}</p>
              <div aria-hidden="true" className="mt-2 h-1.5 rounded-full bg-slate-100 dark:bg-slate-800">
                <div
                  className="h-1.5 rounded-full bg-sky-600 dark:bg-sky-400"
                  style={{ width: `${(100 * lesson.seen) / Math.max(1, lesson.stops)}%` }}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <div className="flex items-center gap-3 border-t border-slate-200 px-5 py-3 dark:border-slate-800">
        <p className={`text-xs ${MUTED}`}>{m.kept}</p>
        <button
          type="button"
          disabled={!anySeen}
          onClick={onReset}
          className={`ml-auto ${LESSON_BUTTON} ${FOCUS_RING}`}
        >
          {m.reset}
        </button>
      </div>
    </dialog>
  );
}
