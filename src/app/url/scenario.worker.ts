/**
 * The Web Worker that opens a large `s=` value off the page's main thread: it inflates and decodes
 * it, checks its size against the page's limits, then validates it, saying which stage it is at.
 * Cancel terminates it (large-scenario.ts). A large imported file is validated here too.
 */
import { firstProblem, message, parseScenario, refusals } from '../../engine/index.ts';
import { decodeParamText, validated } from './scenario-param.ts';
import { fromParts, type SentObject, type SentScenario, toSent } from './sent-scenario.ts';

export type WorkerRequest =
  | { readonly param: string }
  | { readonly text: string }
  /** The text of an imported file: refused with the first problem's path and reason alone. */
  | { readonly file: string }
  /** A what-if's document, in parts (large-what-if.ts): refused as the file is. */
  | { readonly document: SentObject };

export type WorkerReply = { readonly stage: 'decoding' | 'checking' } | { readonly result: SentScenario };

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if ('file' in request || 'document' in request) {
    post({ stage: 'checking' });
    const result = parseScenario(
      'file' in request ? request.file : await fromParts(request.document, () => Promise.resolve()),
    );
    if (result.ok) post({ result: toSent({ ok: true, scenario: result.scenario, file: result.file }) });
    else {
      const { path, reason } = firstProblem(result.errors);
      post({ result: { ok: false, message: message(refusals, 'atPath', { path, problem: reason }) } });
    }
    return;
  }
  let text: string;
  if ('param' in request) {
    post({ stage: 'decoding' });
    const decoded = await decodeParamText(request.param);
    if (!decoded.ok) {
      post({ result: decoded });
      return;
    }
    text = decoded.text;
  } else {
    text = request.text;
  }
  post({ stage: 'checking' });
  post({ result: toSent(validated(text)) });
};
