import { memo } from 'react';
import type { WalkHop } from '../../store/index.ts';
import { FAILED_TEXT, FOCUS_RING } from '../styles.ts';
import { useKeptInNav } from '../useKeptInNav.ts';
import { ACTION_LABEL, placeText } from './hop-text.ts';

interface Props {
  readonly entry: WalkHop;
  readonly current: boolean;
  readonly onGo: (hop: number) => void;
}

/** One hop: its number, place and action, and the engine's sentence (whole when current). */
export const HopItem = memo(function HopItem({ entry, current, onGo }: Props) {
  const item = useKeptInNav(current);
  const { hop, number } = entry;
  const dropped = hop.action === 'drop';
  return (
    <li ref={item} aria-current={current ? 'step' : undefined}>
      <button
        type="button"
        onClick={() => onGo(number)}
        className={`flex w-full gap-2 rounded-md border-l-4 px-2 py-1.5 text-left text-sm ${FOCUS_RING} ${
          current
            ? 'border-rose-600 bg-rose-50 dark:border-rose-400 dark:bg-rose-950/60'
            : 'border-transparent hover:bg-slate-100 dark:hover:bg-slate-800'
        }`}
      >
        <span className="w-7 shrink-0 text-right text-slate-600 tabular-nums dark:text-slate-400">
          {number}
        </span>
        <span className="min-w-0 grow">
          <span className={`block font-medium break-words ${dropped ? FAILED_TEXT : ''}`}>
            {dropped && (
              <span
                aria-hidden="true"
                className="mr-1.5 inline-block size-2 rounded-full bg-red-600 align-middle"
              />
            )}
            {placeText(hop)}
          </span>
          <span
            className={`block text-xs font-semibold ${dropped ? FAILED_TEXT : 'text-slate-700 dark:text-slate-300'}`}
          >
            {ACTION_LABEL[hop.action]}
          </span>
          <span
            className={`text-xs text-slate-600 dark:text-slate-400 ${current ? 'block' : 'line-clamp-2'}`}
          >
            {hop.explanation}
          </span>
          {entry.reason && <span className={`mt-1 block text-xs ${FAILED_TEXT}`}>{entry.reason}</span>}
        </span>
      </button>
    </li>
  );
});
