/**
 * What the page builds step by step: a scenario past the engine's VIEW_MAX_NODES or VIEW_MAX_PODS
 * (docs/limits.md) is refused by every way into the page (a link, a file, the editor, an embed's
 * message) with this sentence, instead of freezing the tab; the command line still builds it.
 */
import { VIEW_MAX_NODES, VIEW_MAX_PODS } from '../../engine/index.ts';

/** Why the page will not build a scenario of this size step by step, or undefined when it will. */
export function beyondViewLimits(nodes: number, pods: number): string | undefined {
  if (nodes <= VIEW_MAX_NODES && pods <= VIEW_MAX_PODS) return undefined;
  const n = (count: number) => count.toLocaleString('en-US');
  return `it has ${n(nodes)} nodes and ${n(pods)} pods, more than this page builds step by step (at most ${n(VIEW_MAX_NODES)} nodes and ${n(VIEW_MAX_PODS)} pods, so that the tab never freezes); the command line builds it: npm run cli -- steps FILE`;
}

/**
 * A scenario past either of these is built a slice at a time, with the progress panel and Cancel
 * (build-large.ts), so that the page answers input while it builds; a smaller one (every preset)
 * is built at once: the largest, `large`, has 60 nodes and 176 pods (1,308 steps). On the busy
 * 2-core test machine 200 nodes × 25 pods took 0.9 s to build at once, 1,000 × 30 took 2.5–5 s.
 */
export const SLICED_NODES = 100;
export const SLICED_PODS = 1_000;

/** Whether the page builds a scenario of this size a slice at a time. */
export function buildsInSlices(nodes: number, pods: number): boolean {
  return nodes > SLICED_NODES || pods > SLICED_PODS;
}
