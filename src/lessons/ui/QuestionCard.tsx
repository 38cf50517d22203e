import { useEffect, useId, useRef } from 'react';
import { lessons as en } from '../../i18n/en/lessons.ts';
import { useMessages } from '../../view/i18n/useMessages.ts';
import { FOCUS_RING, MUTED } from '../../view/styles.ts';
import { elementSaid, type ResolvedQuestion } from '../index.ts';
import { Feedback } from './Feedback.tsx';
import { useLessonSay } from './useLessonLanguage.ts';

export interface GivenAnswer {
  readonly choice: string;
  readonly right: boolean;
}

interface Props {
  readonly question: ResolvedQuestion;
  readonly given: GivenAnswer | null;
  readonly onChoose: (id: string) => void;
  readonly onShowProof: () => void;
  readonly onRetry: () => void;
}

function optionTone(id: string, question: ResolvedQuestion, given: GivenAnswer | null): string {
  if (given && id === question.answer)
    return 'border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/50';
  if (given?.choice === id) return 'border-red-600 bg-red-50 dark:border-red-500 dark:bg-red-950/50';
  return 'border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';
}

/** An option longer than this takes a row of its own. */
const LONG_OPTION = 60;

/** A question: options to pick (or an element to click in the diagram) and immediate feedback. */
export function QuestionCard({ question, given, onChoose, onShowProof, onRetry }: Props) {
  const promptId = useId();
  const { m, f } = useMessages('lessons', en);
  const say = useLessonSay();
  // Table lines (a kube-proxy rule) read as code; long options take the full width.
  const code = question.options.every((o) => o.id.startsWith('rule:'));
  const wide = code || question.options.some((o) => o.label.length > LONG_OPTION);
  const feedback = useRef<HTMLDivElement>(null);
  // The panel may scroll: bring the verdict into view when it appears.
  useEffect(() => {
    if (given) feedback.current?.scrollIntoView?.({ block: 'nearest' });
  }, [given]);
  return (
    <section aria-labelledby={promptId} className="mt-3 border-t border-slate-200 pt-3 dark:border-slate-800">
      <h4 id={promptId} className="font-semibold">
        <span className={`mr-1.5 text-xs font-semibold tracking-wide uppercase ${MUTED}`}>{m.question}</span>
        {question.prompt}
      </h4>
      {question.kind === 'choice' ? (
        <fieldset className={`mt-2 grid gap-1.5 ${wide ? '' : 'sm:grid-cols-2'}`}>
          <legend className="sr-only">{question.prompt}</legend>
          {question.options.map((option) => {
            const chosen = given?.choice === option.id;
            return (
              <button
                key={option.id}
                type="button"
                aria-pressed={chosen}
                aria-disabled={given !== null}
                onClick={() => given === null && onChoose(option.id)}
                className={`rounded-lg border px-3 py-1.5 text-left ${code ? 'font-mono text-xs break-all' : 'text-sm'} ${FOCUS_RING} ${optionTone(option.id, question, given)}`}
              >
                {option.label}
                {given && option.id === question.answer && <span className="sr-only">{m.rightAnswer}</span>}
                {chosen && option.id !== question.answer && <span className="sr-only">{m.yourAnswer}</span>}
              </button>
            );
          })}
        </fieldset>
      ) : (
        <p className={`mt-1 text-sm ${MUTED}`}>
          {given ? f(m.picked, { element: say(elementSaid(given.choice)) }) : m.clickIt}
        </p>
      )}
      <div ref={feedback} aria-live="polite">
        {given && (
          <Feedback question={question} right={given.right} onShowProof={onShowProof} onRetry={onRetry} />
        )}
      </div>
    </section>
  );
}
