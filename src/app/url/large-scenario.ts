/**
 * Opening a large scenario without freezing the tab, in one progress panel with Cancel
 * (opening-panel.ts): a large `s=` value is decoded, size-checked and validated in a Web Worker
 * (scenario.worker.ts); a scenario past the sizes of buildsInSlices is then built a slice at a
 * time on the page (build-large.ts). Loaded only for such a scenario.
 */

import { format, loading, type Message, message } from '../../engine/index.ts';
import { loadZh } from '../../i18n/catalog.ts';
import { opening } from '../../i18n/en/opening.ts';
import { applyLargeWhatIfWith } from '../../store/index.ts';
import { buildLarge, nextTask } from './build-large.ts';
import { type OpeningWords, openingPanel } from './opening-panel.ts';
import type { WorkerReply, WorkerRequest } from './scenario.worker.ts';
import type { DecodedScenario } from './scenario-param.ts';
import { fromSent, toPartsInSlices } from './sent-scenario.ts';
import { buildsInSlices } from './view-limits.ts';

// A what-if on a scenario built a slice at a time is applied that way too (large-what-if.ts). Set
// here, not as the page starts: every such scenario was opened through this module, and its code
// stays out of the first load.
applyLargeWhatIfWith((base, file, step) =>
  buildsInSlices(base.nodes.length, base.pods.length)
    ? import('./large-what-if.ts').then((m) => m.openLargeWhatIf(file, step))
    : undefined,
);

/**
 * The panel's words in the page's language: Chinese when the page says it is (`<html lang>`, set
 * by main.tsx from the link or the preferred language before a link's scenario is read, then by
 * the app), with its catalog (already on its way: loadZh loads it once); English if it cannot load.
 */
async function openingWords(): Promise<OpeningWords> {
  if (document.documentElement.lang !== 'zh-CN') return opening;
  const zh = await loadZh().catch(() => null);
  return zh?.opening ?? opening;
}

/** What is being opened, as the panel and a refusal name it. */
export type Opened = 'the scenario in the URL' | 'the scenario' | 'the file';

const OPENED = {
  'the scenario in the URL': 'openedUrl',
  'the scenario': 'openedScenario',
  'the file': 'openedFile',
} as const satisfies Record<Opened, keyof typeof loading>;

/** What is being opened, named in a sentence of the page's language. */
const opened = (what: Opened): Message => message(loading, OPENED[what]);

/** What is being opened: a link's `s=` value or its inflated text, or a scenario already read. */
export type LargeSource =
  | WorkerRequest
  | { readonly read: DecodedScenario & { readonly ok: true } }
  /** A what-if's document (store/what-if-scenario.ts whatIfDocument), sent to the worker in parts. */
  | { readonly whatIf: Readonly<Record<string, unknown>> };

/** Reads a large `s=` value (or its inflated text) in a worker, until done or cancelled. */
function readInWorker(
  request: WorkerRequest,
  words: OpeningWords,
  what: Opened,
  status: (text: string) => void,
  cancelled: Promise<unknown>,
): Promise<DecodedScenario> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./scenario.worker.ts', import.meta.url), { type: 'module' });
    const finish = (result: DecodedScenario) => {
      worker.terminate();
      resolve(result);
    };
    void cancelled.then(() => worker.terminate());
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if ('stage' in reply) status(words[reply.stage]);
      else void fromSent(reply.result, nextTask).then(finish);
    };
    worker.onerror = () =>
      finish({ ok: false, message: message(loading, 'openUnreadable', { what: opened(what) }) });
    worker.postMessage(request);
  });
}

/**
 * Opens a large scenario in the panel: reads it (in the worker, for a link) and builds it a slice
 * at a time when it is large enough, its checkpoints up to `step`. `what` names it in the panel
 * and in the sentence of a cancelled opening; `signal` cancels it as Cancel does. Never throws.
 */
export async function openLarge(
  source: LargeSource,
  step: number,
  what: Opened,
  signal?: AbortSignal,
): Promise<DecodedScenario> {
  const cancelledResult: DecodedScenario = {
    ok: false,
    message: message(loading, 'openCancelled', { what: opened(what) }),
  };
  let stopped = false;
  let cancel = () => {};
  const cancelled = new Promise<DecodedScenario>((resolve) => {
    cancel = () => {
      stopped = true;
      resolve(cancelledResult);
    };
  });
  signal?.addEventListener('abort', () => cancel(), { once: true });
  const kB = (text: string) => `${Math.round(text.length / 1000).toLocaleString('en-US')} kB`;
  const words = await openingWords();
  const title =
    'param' in source
      ? format(words.link, { size: kB(source.param) })
      : 'text' in source
        ? format(words.link, { size: kB(source.text) })
        : 'file' in source
          ? format(words.file, { size: kB(source.file) })
          : 'whatIf' in source || 'document' in source
            ? words.whatIf
            : words.panel;
  const panel = openingPanel(title, words, cancel);
  const open = async (): Promise<DecodedScenario> => {
    // A what-if's document is put in parts here, under the panel: 150,000 pods take 0.3–0.7 s.
    const request =
      'whatIf' in source ? { document: await toPartsInSlices(source.whatIf, nextTask) } : source;
    if (stopped) return cancelledResult;
    const read =
      'read' in request ? request.read : await readInWorker(request, words, what, panel.status, cancelled);
    if (!read.ok || stopped) return read;
    const { nodes, pods } = read.scenario;
    if (!buildsInSlices(nodes.length, pods.length)) return read;
    return (await buildLarge(read.scenario, step, panel.status, () => stopped)) ? read : cancelledResult;
  };
  const result = await Promise.race([open(), cancelled]);
  panel.remove();
  // What the caller does with it (the view's first draw) runs in a task after the panel's.
  await nextTask();
  return result;
}
