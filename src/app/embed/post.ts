/** Sending the embed's events (messages.ts) to the host page. */
import type { EmbedEvent } from './messages.ts';

/**
 * A reply goes to the window that sent the message, for its origin only. An opaque origin
 * ("null", a sandboxed frame) cannot be named as a target, so it gets "*": a reply carries
 * nothing but the error in that host's own message.
 */
export function replyTo(source: MessageEventSource | null, origin: string, event: EmbedEvent): void {
  if (!source || typeof (source as Window).postMessage !== 'function') return;
  const target = origin && origin !== 'null' ? origin : '*';
  try {
    (source as Window).postMessage(event, target);
  } catch {
    // The host went away or its origin changed: nobody is left to tell.
  }
}

/**
 * Events nobody asked for (ready, step-changed) go to the embedding page with "*": the embed
 * does not know the host's origin before it speaks, and these carry only step numbers.
 */
export function tellHost(event: EmbedEvent): void {
  if (window.parent === window) return;
  window.parent.postMessage(event, '*');
}
