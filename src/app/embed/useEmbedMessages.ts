import { useEffect } from 'react';
import type { ExplorerStore } from '../../store/index.ts';
import { actOnHostMessage } from './act.ts';
import { errorEvent, readHostMessage } from './messages.ts';
import { replyTo, tellHost } from './post.ts';

/**
 * The embed's side of the postMessage API (README, "Embedding"). Only the page that embeds this
 * one (`window.parent`) is listened to; what it sends is checked by messages.ts and acted on
 * one message at a time, in order; bad messages are answered with `podpath:error`.
 */
export function useEmbedMessages(store: ExplorerStore, enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    let queue: Promise<unknown> = Promise.resolve();
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const inbound = readHostMessage(event.data);
      if (inbound.kind === 'ignored') return;
      if (inbound.kind === 'invalid') {
        replyTo(event.source, event.origin, inbound.error);
        return;
      }
      queue = queue.then(async () => {
        const error = await actOnHostMessage(store, inbound.message).catch(() =>
          errorEvent('the message could not be carried out'),
        );
        if (error) replyTo(event.source, event.origin, error);
      });
    };
    window.addEventListener('message', onMessage);
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.step !== prev.step || state.construction !== prev.construction) {
        tellHost({ type: 'podpath:step-changed', step: state.step, total: state.construction.steps.length });
      }
    });
    const { step, construction } = store.getState();
    tellHost({ type: 'podpath:ready', step, total: construction.steps.length });
    return () => {
      window.removeEventListener('message', onMessage);
      unsubscribe();
    };
  }, [store, enabled]);
}
