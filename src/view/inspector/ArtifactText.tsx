import { useEffect, useRef } from 'react';
import { afterNextPaint } from '../after-paint.ts';
import { scrollWithin } from '../scroll-within.ts';
import { ADDED_LINE, ADDED_MARK, MATCHED_LINE, MUTED } from '../styles.ts';
import type { ArtifactView } from './artifact-views.ts';

/**
 * An artifact's text as it stands, each line the current step added in a <mark>, and the line a
 * packet hop matched (`matched`, an index) marked apart; or the engine's sentence saying why the
 * artifact does not exist yet. The matched line, else the first added one, is scrolled into view.
 */
export function ArtifactText({ view, matched = -1 }: { view: ArtifactView; matched?: number }) {
  const pre = useRef<HTMLPreElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again whenever the text changes
  useEffect(
    () =>
      afterNextPaint(() => {
        const line =
          pre.current?.querySelector<HTMLElement>('[data-matched]') ?? pre.current?.querySelector('mark');
        scrollWithin(pre.current, line ?? null);
      }),
    [view, matched],
  );
  if (view.missing !== null) {
    return (
      <p className={`rounded-lg bg-slate-50 p-3 text-sm italic dark:bg-slate-950 ${MUTED}`}>{view.missing}</p>
    );
  }
  return (
    <pre
      ref={pre}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      className="relative max-h-[28rem] min-h-0 overflow-auto xl:max-h-none xl:flex-1 rounded-lg bg-slate-50 py-2 font-mono text-[0.8rem] leading-relaxed text-slate-800 dark:bg-slate-950 dark:text-slate-200 focus-visible:outline-2 focus-visible:outline-sky-600"
    >
      {view.lines.map((line, i) =>
        i === matched ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional; a line's text may repeat
          <mark key={i} data-matched className={`block border-l-4 border-lime-600 px-3 ${MATCHED_LINE}`}>
            {line || ' '}
            <span className="sr-only"> (matched by the packet at this hop)</span>
          </mark>
        ) : view.added.has(i) ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional; a line's text may repeat
          <mark key={i} data-added className={`block border-l-4 ${ADDED_MARK} px-3 ${ADDED_LINE}`}>
            {line || ' '}
            <span className="sr-only"> (added at this step)</span>
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional; a line's text may repeat
          <span key={i} className="block border-l-4 border-transparent px-3">
            {line || ' '}
          </span>
        ),
      )}
    </pre>
  );
}
