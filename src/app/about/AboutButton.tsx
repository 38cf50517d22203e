import { lazy, Suspense, type ToggleEvent, useRef, useState } from 'react';
import { header } from '../../i18n/en/header.ts';
import { useMessages } from '../../view/i18n/useMessages.ts';
import { TOOL_BUTTON } from '../share/tool-styles.ts';

// Its words load when it first opens: not part of the first screen.
const AboutText = lazy(() => import('./AboutText.tsx').then((m) => ({ default: m.AboutText })));

/** The popover's width (w-96), narrower only where the window is. */
const POPOVER_WIDTH = 384;

/**
 * "About" in the header: what PodPath is and the one version profile it reproduces, in a native
 * popover under the button (the browser closes it on Escape and on a click outside).
 */
export function AboutButton() {
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const { m } = useMessages('header', header);
  const [place, setPlace] = useState({ top: 0, right: 0 });
  const onBeforeToggle = (event: ToggleEvent<HTMLDivElement>) => {
    const opening = event.newState === 'open';
    const box = opener.current?.getBoundingClientRect();
    if (opening && box) {
      // Under the button, its right edge with the button's, moved left no further than the window.
      const width = Math.min(POPOVER_WIDTH, window.innerWidth - 16);
      const right = Math.min(window.innerWidth - box.right, window.innerWidth - 8 - width);
      setPlace({ top: box.bottom + 8, right: Math.max(8, right) });
    }
    setOpen(opening);
  };
  return (
    <>
      <button
        ref={opener}
        type="button"
        popoverTarget="about-podpath"
        aria-expanded={open}
        className={TOOL_BUTTON}
      >
        {m.about}
      </button>
      <div
        id="about-podpath"
        popover="auto"
        role="dialog"
        aria-labelledby="about-podpath-title"
        onBeforeToggle={onBeforeToggle}
        style={{ top: place.top, right: place.right, maxHeight: `calc(100dvh - ${place.top + 8}px)` }}
        className="fixed inset-auto m-0 w-96 max-w-[calc(100vw-1rem)] overflow-y-auto rounded-lg border border-slate-300 bg-white p-4 text-inherit shadow-lg dark:border-slate-600 dark:bg-slate-900"
      >
        {open && (
          <Suspense fallback={null}>
            <AboutText />
          </Suspense>
        )}
      </div>
    </>
  );
}
