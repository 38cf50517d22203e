import { lessons as en } from '../../i18n/en/lessons.ts';
import { useMessages } from '../../view/i18n/useMessages.ts';
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
  const { m, f } = useMessages('lessons', en);
  return (
    <ol aria-label={m.stops} className="flex flex-wrap gap-1">
      {titles.map((title, i) => {
        const number = i + 1;
        const here = number === current;
        const done = seen.includes(number);
        return (
          <li key={number} aria-current={here ? 'step' : undefined}>
            <button
              type="button"
              title={title}
              aria-label={f(done ? m.stopSeen : m.stop, { n: number, title })}
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
