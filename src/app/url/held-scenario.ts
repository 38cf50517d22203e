/**
 * A long link's scenario, held by the history entry rather than rewritten into the address at
 * every step: replacing the address of 5,000 nodes × 30 pods (561,862 characters) took 64–168 ms
 * a step (once 1,080 ms) on the 2-core machine at a load average of 7–8; with the scenario in the
 * entry's state and a 32-character address, 9–53 ms (the state is still copied at each replace). Past HELD_PARAM_CHARS, the address the page writes carries the view without
 * `s=`, and the entry's state carries the `s=` value: a reload, Back and Forward read it from there
 * (view-url.ts), and "Copy link" still gives the whole link, `s=` first (app/share/CopyLink.tsx).
 */

/** An `s=` value longer than this is held by the history entry (1,000 nodes × 30 pods: 115,803; 2,000: 227,946). */
export const HELD_PARAM_CHARS = 200_000;

const KEY = 'podpathScenario';

/** The `s=` value a history entry's state holds, if any. */
export function heldOf(state: unknown): string | null {
  const held = (state as Record<string, unknown> | null)?.[KEY];
  return typeof held === 'string' && held !== '' ? held : null;
}

/** Whether the page holds this `s=` value in the history entry instead of writing it in the address. */
export function holds(param: string | null): param is string {
  return (param?.length ?? 0) > HELD_PARAM_CHARS;
}

/** The state of a history entry the page writes: the `s=` value it holds, if any (no other part of the page keeps state there). */
export function withHeld(held: string | null): Record<string, string> | null {
  return held === null ? null : { [KEY]: held };
}
