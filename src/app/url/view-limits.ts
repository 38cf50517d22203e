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
