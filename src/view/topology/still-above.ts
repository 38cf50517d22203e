/**
 * Above STILL_ABOVE_NODES nodes the diagram does not animate a step: what it adds appears at once,
 * marked by the step's highlight. An animation frame of such a diagram repaints and re-layers all
 * of its thousands of shapes (a CSS animation of the entering parts measured no cheaper than a
 * React render of them: the browser's paint and layerizing grew), so the frames go to the steps.
 * Below it the parts enter with the step's progress (step-progress.ts).
 */
export const STILL_ABOVE_NODES = 100;

/** Whether a diagram of this many nodes draws each step settled (progress 1). */
export function drawsStill(nodeCount: number): boolean {
  return nodeCount > STILL_ABOVE_NODES;
}
