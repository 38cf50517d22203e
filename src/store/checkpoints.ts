/**
 * The checkpoints made ahead, a slice at a time, for a large scenario's opening (app/url/build-large.ts,
 * loaded with it): a module of its own, so the first screen does not carry it.
 */
import { type Construction, stateAfterFrom, stateAt, type WorldState } from '../engine/index.ts';
import { worldsOf } from './world-cache.ts';

/**
 * The fewest steps folded between two yields of checkpointsUpTo (by default): a checkpoint of a
 * large scenario spans thousands (5,000 nodes × 30 pods: 17,710 steps, 100–400 ms in one piece on
 * the 2-core machine); folded this many at a time, a slice of the page's time is 10–20 ms.
 */
export const SPAN_STEPS = 1_024;

/**
 * Makes the checkpoints up to step `n`, yielding after each fold of at most `span` steps, for a
 * caller that must not block: after it, any step up to `n` folds only the steps since its
 * checkpoint (a jump to step 60,000 of a 1,000-node scenario included). The worlds between two
 * checkpoints are dropped; the checkpoints are the ones foldByCheckpoints makes (world-cache.test.ts).
 * By default a fold spans at least as many steps as there are nodes: measured when every fold
 * copied each node first (90% of a 5,000-node scenario's folds of 1,024 steps); a fold now copies
 * only the nodes its steps change (engine/construction/apply.ts nodeOf), and the span was kept.
 */
export function* checkpointsUpTo(
  construction: Construction,
  n: number,
  span = Math.max(SPAN_STEPS, construction.scenario.nodes.length),
): Generator<void, void, unknown> {
  const { checkpoints, spacing } = worldsOf(construction);
  const steps = construction.steps;
  const last = Math.min(n, steps.length);
  let world: WorldState | undefined;
  let at = 0;
  for (let k = 1; k * spacing <= last; k++) {
    const end = k * spacing;
    const kept = checkpoints.get(k);
    if (kept) {
      world = kept;
      at = end;
      continue;
    }
    world ??= stateAt(construction, 0);
    while (end - at > span) {
      world = stateAfterFrom(world, steps, at, at + span);
      at += span;
      yield;
    }
    world = stateAfterFrom(world, steps, at, end);
    at = end;
    // Made meanwhile by a step read (foldByCheckpoints): the same world, the one kept stays.
    if (!checkpoints.has(k)) checkpoints.set(k, world);
    yield;
  }
}
