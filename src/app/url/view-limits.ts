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
