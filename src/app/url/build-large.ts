/**
 * Building a large scenario without freezing the tab: the engine's construction runs a slice at
 * a time (constructInSlices), about SLICE_MS of work, then the page's turn (input, drawing, the
 * progress panel, Cancel), until it is built; then the world checkpoints up to the step asked
 * for, the same way, so that opening at step 60,000 folds no more than one checkpoint's span; the
 * checkpoints past it follow in the page's idle time.
 * The construction is handed to the store (keepConstruction), which takes it instead of building.
 *
 * NOTE: measured before choosing this over building in the Web Worker: the steps of 1,000 nodes
 * × 30 pods (129,882) serialise to 29 MB, and reading them back took longer than building them
 * (2.9 s against 1.9 s in one process on the busy test machine), on the page's main thread; and
 * a step's text is a closure, which a message between threads cannot carry.
 */
import { type Construction, constructInSlicesWith, type Scenario } from '../../engine/index.ts';
import { loadSummary, summarised } from '../../layout/index.ts';
import { checkpointsUpTo } from '../../store/checkpoints.ts';
import { extrasFor, keepConstruction, readyExtras } from '../../store/index.ts';

/** The work done between two turns of the page: well under a long task (50 ms). */
const SLICE_MS = 16;

/** The next task, after the page's pending input and rendering (a message, not a clamped timer). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `work` a slice at a time until it returns (its value) or `stopped()` (null); after each
 * slice, `progress` hears the last value it yielded.
 */
async function inSlices<Y, R>(
  work: Generator<Y, R, unknown>,
  progress: (last: Y) => void,
  stopped: () => boolean,
): Promise<{ readonly value: R } | null> {
  for (;;) {
    if (stopped()) return null;
    const until = performance.now() + SLICE_MS;
    let next = work.next();
    while (!next.done && performance.now() < until) next = work.next();
    if (next.done) return { value: next.value };
    progress(next.value);
    await nextTask();
  }
}

/**
 * Builds `scenario` in slices, then its checkpoints up to `step`, telling `status` how far it is;
 * resolves to false if stopped first (nothing is kept then). The checkpoints past `step` follow in
 * the page's idle time, a slice at a time, so that a later jump is quick too.
 */
export async function buildLarge(
  scenario: Scenario,
  step: number,
  status: (text: string) => void,
  stopped: () => boolean,
): Promise<boolean> {
  const n = (count: number) => count.toLocaleString('en-US');
  const counts = `${n(scenario.nodes.length)} nodes and ${n(scenario.pods.length)} pods`;
  status(`Building the steps of ${counts}…`);
  await extrasFor(scenario);
  performance.mark('podpath:build-start');
  // Past the detail, the view draws a summary: its tiles load now, before it is shown.
  if (summarised(scenario)) await loadSummary();
  const built = await inSlices(
    constructInSlicesWith(scenario, readyExtras()),
    (steps: number) => status(`Building the steps of ${counts}: ${n(steps)} so far…`),
    stopped,
  );
  if (!built) return false;
  const construction = built.value;
  const total = construction.steps.length;
  if (step > 0 && step < total) {
    status(`Preparing step ${n(step)} of ${n(total)}…`);
    if (!(await inSlices(checkpointsUpTo(construction, step), () => {}, stopped))) return false;
  }
  keepConstruction(construction);
  void warmTheRest(construction);
  return true;
}

/**
 * The page's next idle period: requestIdleCallback where there is one (not Safari), else the next
 * task. Resolves to the time it may take, in ms.
 */
function idleTime(): Promise<number> {
  if (typeof requestIdleCallback === 'undefined') return nextTask().then(() => SLICE_MS);
  return new Promise((resolve) => requestIdleCallback((deadline) => resolve(deadline.timeRemaining())));
}

/**
 * Makes the remaining checkpoints in the page's idle time, a fold of some thousand steps at a
 * time (world-cache.ts): after the first draw, never in the way of input or drawing (a checkpoint
 * of 1,000 nodes took 40–75 ms in one piece, and ran just when the view was first clicked).
 */
async function warmTheRest(construction: Construction): Promise<void> {
  const work = checkpointsUpTo(construction, construction.steps.length);
  for (;;) {
    const until = performance.now() + Math.min(SLICE_MS, await idleTime());
    let next = work.next();
    while (!next.done && performance.now() < until) next = work.next();
    if (next.done) return;
  }
}
