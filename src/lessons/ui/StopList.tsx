import { FOCUS_RING } from '../../view/styles.ts';

interface Props {
  readonly titles: readonly string[];
  /** 1-based. */
  readonly current: number;
  readonly seen: readonly number[];
  readonly onGo: (stop: number) => void;
}

/** The lesson's stops as a row of numbered buttons: seen ones filled, the current one ringed. */
export function StopList({ titles, current, seen, onGo }: Props) {
  return (
    <ol aria-label="Lesson stops" className="flex flex-wrap gap-1">
      {titles.map((title, i) => {
        const number = i + 1;
        const here = number === current;
        const done = seen.includes(number);
        return (
          <li key={title} aria-current={here ? 'step' : undefined}>
            <button
              type="button"
              title={title}
              aria-label={`Stop ${number}: ${title}${done ? ' (seen)' : ''}`}
              onClick={() => onGo(number)}
              className={`flex size-7 items-center justify-center rounded-full text-xs font-semibold tabular-nums ${FOCUS_RING} ${
                here
                  ? 'bg-sky-700 text-white ring-2 ring-sky-300 dark:bg-sky-500 dark:text-slate-950 dark:ring-sky-700'
                  : done
                    ? 'bg-sky-100 text-sky-900 hover:bg-sky-200 dark:bg-sky-900/60 dark:text-sky-100'
                    : 'bg-slate-100 text-slate-700 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-300'
              }`}
            >
              {number}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
