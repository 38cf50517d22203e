/**
 * The panel shown while a large scenario opens (large-scenario.ts): what it is doing, an
 * indeterminate progress bar, the time spent, and Cancel. Plain DOM, so it works before the app
 * is mounted (a link opened) as well as after (a link followed, a file imported); in the words it
 * is given (the page's language: large-scenario.ts).
 */
import { format } from '../../engine/index.ts';
import type { opening } from '../../i18n/en/opening.ts';

/** The panel's words, in the page's language. */
export type OpeningWords = typeof opening;
export interface OpeningPanel {
  /** Says what it is doing now. */
  readonly status: (text: string) => void;
  readonly remove: () => void;
}

export function openingPanel(title: string, words: OpeningWords, onCancel: () => void): OpeningPanel {
  const panel = document.createElement('section');
  panel.setAttribute('aria-label', words.panel);
  panel.className =
    'fixed top-16 right-4 z-50 flex w-96 max-w-[95vw] flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4 text-sm text-slate-900 shadow-xl dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
  const heading = document.createElement('h2');
  heading.className = 'font-semibold';
  heading.textContent = title;
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.textContent = words.starting;
  const bar = document.createElement('progress');
  bar.setAttribute('aria-label', words.panel);
  bar.className = 'w-full';
  const elapsed = document.createElement('p');
  elapsed.className = 'text-xs text-slate-600 dark:text-slate-400';
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = words.cancel;
  // The app's focus ring (view/styles.ts FOCUS_RING), written out: importing it here would split
  // the styles into a chunk of their own on the first load.
  cancel.className =
    'self-start rounded-lg border border-slate-300 px-3 py-1 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:focus-visible:outline-sky-400';
  cancel.addEventListener('click', onCancel);
  panel.append(heading, status, bar, elapsed, cancel);
  document.body.append(panel);
  // For the e2e tests that time it (e2e/large-link.spec.ts, e2e/big-scenario.spec.ts).
  performance.mark('podpath:progress-shown');
  const started = performance.now();
  const tick = setInterval(() => {
    elapsed.textContent = format(words.elapsed, { s: Math.floor((performance.now() - started) / 1000) });
  }, 1000);
  return {
    status: (text) => {
      status.textContent = text;
    },
    remove: () => {
      clearInterval(tick);
      panel.remove();
      performance.mark('podpath:progress-hidden');
    },
  };
}
