import { memo } from 'react';
import type { Step } from '../engine/index.ts';
import { FOCUS_RING } from '../view/styles.ts';
import { useKeptInNav } from '../view/useKeptInNav.ts';

interface Props {
  readonly step: Step;
  readonly current: boolean;
  readonly onGo: (index: number) => void;
}

/** One step in the list: its number, title and actor; a red marker when it failed. */
export const StepItem = memo(function StepItem({ step, current, onGo }: Props) {
  const item = useKeptInNav(current);
  return (
    <li ref={item} aria-current={current ? 'step' : undefined}>
      <button
        type="button"
        onClick={() => onGo(step.index)}
        className={`group flex w-full gap-2 rounded-md border-l-4 px-2 py-1.5 text-left text-sm ${FOCUS_RING} ${
          current
            ? 'border-sky-600 bg-sky-100 dark:border-sky-400 dark:bg-sky-950'
            : 'border-transparent hover:bg-slate-100 dark:hover:bg-slate-800'
        }`}
      >
        <span className="w-7 shrink-0 text-right text-slate-600 tabular-nums dark:text-slate-400">
          {step.index}
        </span>
        <span className="min-w-0 grow">
          <span className={`block ${step.failed ? 'font-medium text-red-700 dark:text-red-400' : ''}`}>
            {step.failed && (
              <span
                aria-hidden="true"
                className="mr-1.5 inline-block size-2 rounded-full bg-red-600 align-middle"
              />
            )}
            {step.title}
          </span>
          <span className="block text-xs text-slate-600 dark:text-slate-400">
            {step.actor}
            {step.failed && <span className="font-semibold text-red-700 dark:text-red-400"> · failed</span>}
          </span>
        </span>
      </button>
    </li>
  );
});
