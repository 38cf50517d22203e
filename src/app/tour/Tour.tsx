import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { diagram } from '../../i18n/en/diagram.ts';
import { regions } from '../../i18n/en/regions.ts';
import { timeline } from '../../i18n/en/timeline.ts';
import { tour } from '../../i18n/en/tour.ts';
import { useMessages } from '../../view/i18n/useMessages.ts';
import { FOCUS_RING, MUTED } from '../../view/styles.ts';
import { TOOL_BUTTON } from '../share/tool-styles.ts';
import { TOUR_STOPS, type TourStop } from './tour-stops.ts';

/** The element a stop points at: the first that matches, has a box and (if asked) that text. */
function targetOf(target: string, label: string | undefined): HTMLElement | null {
  for (const el of document.querySelectorAll<HTMLElement>(target)) {
    if (label !== undefined && el.textContent?.trim() !== label) continue;
    if (el.getClientRects().length > 0) return el;
  }
  return null;
}

/** Where the pointed-at part is on screen, kept as the page scrolls or resizes. */
function useTargetBox(target: string, label: string | undefined): DOMRect | null {
  const [box, setBox] = useState<DOMRect | null>(null);
  useEffect(() => {
    const el = targetOf(target, label);
    el?.scrollIntoView({ block: 'nearest' });
    const measure = () => setBox(el?.getBoundingClientRect() ?? null);
    measure();
    window.addEventListener('resize', measure);
    window.addEventListener('scroll', measure, true);
    return () => {
      window.removeEventListener('resize', measure);
      window.removeEventListener('scroll', measure, true);
    };
  }, [target, label]);
  return box;
}

/**
 * The first visit's tour: a few stops, each pointing at a part of the explorer with a ring and
 * saying what it is for. Non-modal (the page stays usable); Skip or Escape ends it.
 */
export function Tour({ onClose }: { readonly onClose: () => void }) {
  const [index, setIndex] = useState(0);
  const stop = TOUR_STOPS[index] ?? TOUR_STOPS[0];
  const { m, f } = useMessages('tour', tour);
  const names = {
    steps: useMessages('regions', regions).m.steps,
    constructionSteps: useMessages('timeline', timeline).m.constructionSteps,
    diagram: useMessages('diagram', diagram).m.region,
  };
  const box = useTargetBox(f((stop as TourStop).target, names), stop?.label);
  const titleId = useId();
  const next = useRef<HTMLButtonElement>(null);
  const last = index === TOUR_STOPS.length - 1;
  useEffect(() => next.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };
  if (!stop) return null;
  // The card sits where it hides the part least: at the top when the part is low on the screen.
  const low = box !== null && box.top + box.height / 2 > window.innerHeight / 2;
  return (
    <>
      {box && (
        <div
          aria-hidden="true"
          data-tour-ring
          className="pointer-events-none fixed z-40 rounded-lg outline-4 outline-offset-2 outline-amber-500"
          style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
        />
      )}
      <dialog
        open
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
        className={`fixed inset-auto right-4 left-auto ${low ? 'top-4' : 'bottom-4'} z-50 m-0 w-80 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-300 bg-white p-4 text-inherit shadow-xl dark:border-slate-600 dark:bg-slate-900`}
      >
        <p className={`text-xs font-medium tracking-wide uppercase ${MUTED}`}>
          {f(m.counter, { n: index + 1, total: TOUR_STOPS.length })}
        </p>
        <h2 id={titleId} className="mt-1 text-lg font-semibold">
          {m[stop.title]}
        </h2>
        <p className="mt-1.5 text-sm leading-relaxed">{m[stop.text]}</p>
        <div className="mt-3 flex items-center gap-2">
          <button
            type="button"
            onClick={onClose}
            className={`mr-auto rounded text-sm underline-offset-2 hover:underline ${FOCUS_RING}`}
          >
            {m.skip}
          </button>
          <button
            type="button"
            disabled={index === 0}
            onClick={() => setIndex(index - 1)}
            className={`${TOOL_BUTTON} disabled:opacity-40`}
          >
            {m.back}
          </button>
          <button
            ref={next}
            type="button"
            onClick={() => (last ? onClose() : setIndex(index + 1))}
            className={TOOL_BUTTON}
          >
            {last ? m.done : m.next}
          </button>
        </div>
      </dialog>
    </>
  );
}
