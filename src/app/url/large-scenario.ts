/**
 * Opening a large `s=` value without freezing the tab: the decoding, the size check and the
 * validation run in a Web Worker (scenario.worker.ts) while the page shows what it is doing, for
 * how long, and a Cancel button. Loaded only for such a value; plain DOM, so it works before the
 * app is mounted (a link opened) as well as after (a link followed inside the page).
 */

import type { WorkerReply, WorkerRequest } from './scenario.worker.ts';
import type { DecodedScenario } from './scenario-param.ts';

const STAGES = {
  starting: 'Starting…',
  decoding: 'Unpacking the scenario from the link…',
  checking: 'Checking the scenario against the limits and the validator…',
} as const;

const CANCELLED: DecodedScenario = {
  ok: false,
  message: 'opening the scenario in the URL was cancelled',
};

/** The progress panel: a status line, an indeterminate progress bar, the time spent, Cancel. */
function progressPanel(size: number, onCancel: () => void) {
  const panel = document.createElement('section');
  panel.setAttribute('aria-label', 'Opening the scenario');
  panel.className =
    'fixed top-16 right-4 z-50 flex w-96 max-w-[95vw] flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4 text-sm text-slate-900 shadow-xl dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
  const title = document.createElement('h2');
  title.className = 'font-semibold';
  title.textContent = `Opening the scenario in the link (${Math.round(size / 1000).toLocaleString('en-US')} kB)`;
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.textContent = STAGES.starting;
  const bar = document.createElement('progress');
  bar.setAttribute('aria-label', 'Opening the scenario');
  bar.className = 'w-full';
  const elapsed = document.createElement('p');
  elapsed.className = 'text-xs text-slate-600 dark:text-slate-400';
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = 'Cancel';
  // The app's focus ring (view/styles.ts FOCUS_RING), written out: importing it here would split
  // the styles into a chunk of their own on the first load.
  cancel.className =
    'self-start rounded-lg border border-slate-300 px-3 py-1 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:focus-visible:outline-sky-400';
  cancel.addEventListener('click', onCancel);
  panel.append(title, status, bar, elapsed, cancel);
  document.body.append(panel);
  // For the e2e test that times it (e2e/large-link.spec.ts).
  performance.mark('podpath:progress-shown');
  const started = performance.now();
  const tick = setInterval(() => {
    elapsed.textContent = `${Math.floor((performance.now() - started) / 1000)} s; the page stays usable meanwhile.`;
  }, 1000);
  return {
    stage: (stage: keyof typeof STAGES) => {
      status.textContent = STAGES[stage];
    },
    remove: () => {
      clearInterval(tick);
      panel.remove();
      performance.mark('podpath:progress-hidden');
    },
  };
}

/** Decodes and validates a large `s=` value (or its inflated text) in a worker. Never throws. */
export function readInWorker(request: WorkerRequest): Promise<DecodedScenario> {
  return new Promise((resolve) => {
    let done = false;
    const worker = new Worker(new URL('./scenario.worker.ts', import.meta.url), { type: 'module' });
    const finish = (result: DecodedScenario) => {
      if (done) return;
      done = true;
      worker.terminate();
      panel.remove();
      resolve(result);
    };
    const panel = progressPanel('param' in request ? request.param.length : request.text.length, () =>
      finish(CANCELLED),
    );
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if ('stage' in reply) panel.stage(reply.stage);
      else finish(reply.result);
    };
    worker.onerror = () => finish({ ok: false, message: 'the scenario in the URL could not be read' });
    worker.postMessage(request);
  });
}
