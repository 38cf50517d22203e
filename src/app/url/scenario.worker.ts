/**
 * The Web Worker that opens a large `s=` value off the page's main thread: it inflates and decodes
 * it, checks its size against the page's limits, then validates it, saying which stage it is at.
 * Cancel terminates it (large-scenario.ts).
 */
import { decodeParamText, validated } from './scenario-param.ts';
import { type SentScenario, toSent } from './sent-scenario.ts';

export type WorkerRequest = { readonly param: string } | { readonly text: string };

export type WorkerReply = { readonly stage: 'decoding' | 'checking' } | { readonly result: SentScenario };

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
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
