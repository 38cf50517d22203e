import { lessons as en } from '../../i18n/en/lessons.ts';
import { useMessages } from '../../view/i18n/useMessages.ts';
import { MUTED, PANEL } from '../../view/styles.ts';
import type { ResolvedLesson, ResolvedStop } from '../index.ts';
import { type GivenAnswer, QuestionCard } from './QuestionCard.tsx';
import { StopList } from './StopList.tsx';
import { LESSON_BUTTON, LINK_BUTTON, PRIMARY_BUTTON } from './styles.ts';

interface Props {
  readonly lesson: ResolvedLesson;
  readonly stop: ResolvedStop;
  readonly seen: readonly number[];
  readonly given: GivenAnswer | null;
  /** In an embed: no way out of the lesson, no picker. */
  readonly embed: boolean;
  readonly onGo: (stop: number) => void;
  readonly onChoose: (id: string) => void;
  readonly onRetry: () => void;
  readonly onShowProof: () => void;
  readonly onExit: () => void;
  readonly onPicker: () => void;
}

/** One stop of a lesson: where it is in the lesson, the narration, the question, Next and Back. */
export function LessonPanel(props: Props) {
  const { lesson, stop, seen, given, embed } = props;
  const total = lesson.stops.length;
  const last = stop.number === total;
  const { m, f } = useMessages('lessons', en);
  return (
    <section
      aria-label={f(m.panel, { title: lesson.title })}
      data-lesson-panel
      className={`${PANEL} flex flex-col ${embed ? 'min-h-0' : 'shrink-0 xl:max-h-[50dvh]'}`}
    >
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2 px-4 pt-4">
        <div className="min-w-0 flex-1">
          <p className={`text-xs font-medium tracking-wide uppercase ${MUTED}`}>
            {f(m.counter, { n: stop.number, total })}
          </p>
          <h2 className="text-lg leading-snug font-semibold">{lesson.title}</h2>
        </div>
        {!embed && (
          <button type="button" onClick={props.onExit} className={LESSON_BUTTON}>
            {m.exit}
          </button>
        )}
      </div>
      <div className="mt-2 px-4 pb-2">
        <StopList
          titles={lesson.stops.map((s) => s.title)}
          current={stop.number}
          seen={seen}
          onGo={props.onGo}
        />
      </div>
      {/* Only the stop's text scrolls (from 1280 px): where you are and the way on stay in view. */}
      <div className="min-h-0 overflow-y-auto border-y border-slate-100 px-4 py-2 dark:border-slate-800">
        <h3 className="font-semibold text-sky-800 dark:text-sky-300">{stop.title}</h3>
        <p className="mt-1 leading-relaxed">{stop.narration}</p>
        {stop.question && (
          <QuestionCard
            key={`${lesson.id}/${stop.number}`}
            question={stop.question}
            given={given}
            onChoose={props.onChoose}
            onRetry={props.onRetry}
            onShowProof={props.onShowProof}
          />
        )}
      </div>
      <nav aria-label={m.navigation} className="flex flex-wrap items-center gap-2 px-4 py-3">
        <button
          type="button"
          disabled={stop.number <= 1}
          onClick={() => props.onGo(stop.number - 1)}
          className={LESSON_BUTTON}
        >
          {m.previous}
        </button>
        <button
          type="button"
          disabled={last}
          onClick={() => props.onGo(stop.number + 1)}
          className={PRIMARY_BUTTON}
        >
          {m.next}
        </button>
        {last && (
          <p className={`text-sm ${MUTED}`}>
            {m.end}{' '}
            {!embed && (
              <button type="button" onClick={props.onPicker} className={LINK_BUTTON}>
                {m.another}
              </button>
            )}
          </p>
        )}
      </nav>
    </section>
  );
}
