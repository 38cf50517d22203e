import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { FOCUS_RING, MUTED } from '../../view/styles.ts';
import { TOOL_BUTTON } from '../share/tool-styles.ts';
import { TOUR_STOPS, type TourStop } from './tour-stops.ts';

/** The element a stop points at: the first that matches, has a box and (if asked) that text. */
function targetOf(stop: TourStop): HTMLElement | null {
  for (const el of document.querySelectorAll<HTMLElement>(stop.target)) {
    if (stop.label !== undefined && el.textContent?.trim() !== stop.label) continue;
    if (el.getClientRects().length > 0) return el;
  }
  return null;
}

/** Where the pointed-at part is on screen, kept as the page scrolls or resizes. */
function useTargetBox(stop: TourStop): DOMRect | null {
  const [box, setBox] = useState<DOMRect | null>(null);
  useEffect(() => {
    const el = targetOf(stop);
    el?.scrollIntoView({ block: 'nearest' });
    const measure = () => setBox(el?.getBoundingClientRect() ?? null);
    measure();
    window.addEventListener('resize', measure);
    window.addEventListener('scroll', measure, true);
    return () => {
      window.removeEventListener('resize', measure);
      window.removeEventListener('scroll', measure, true);
    };
  }, [stop]);
  return box;
}

/**
 * The first visit's tour: a few stops, each pointing at a part of the explorer with a ring and
 * saying what it is for. Non-modal (the page stays usable); Skip or Escape ends it.
 */
export function Tour({ onClose }: { readonly onClose: () => void }) {
  const [index, setIndex] = useState(0);
  const stop = TOUR_STOPS[index] ?? TOUR_STOPS[0];
  const box = useTargetBox(stop as TourStop);
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
          Tour · {index + 1} of {TOUR_STOPS.length}
        </p>
        <h2 id={titleId} className="mt-1 text-lg font-semibold">
          {stop.title}
        </h2>
        <p className="mt-1.5 text-sm leading-relaxed">{stop.text}</p>
        <div className="mt-3 flex items-center gap-2">
          <button
            type="button"
            onClick={onClose}
            className={`mr-auto rounded text-sm underline-offset-2 hover:underline ${FOCUS_RING}`}
          >
            Skip tour
          </button>
          <button
            type="button"
            disabled={index === 0}
            onClick={() => setIndex(index - 1)}
            className={`${TOOL_BUTTON} disabled:opacity-40`}
          >
            Back
          </button>
          <button
            ref={next}
            type="button"
            onClick={() => (last ? onClose() : setIndex(index + 1))}
            className={TOOL_BUTTON}
          >
            {last ? 'Done' : 'Next'}
          </button>
        </div>
      </dialog>
    </>
  );
}
