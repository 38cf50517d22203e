import { type Construction, stateAfterFrom, stateAt, type WorldState } from '../engine/index.ts';

/** How many worlds to keep per construction: the current step, the one before, a few around. */
const CAPACITY = 8;

/**
 * Checkpoints: the world after every `spacing` steps, kept once reached, so a step folds on from
 * the nearest one below it instead of from step 0. At most MAX_CHECKPOINTS per construction
 * (memory), at least MIN_SPACING steps apart (a checkpoint is a copy of the world).
 */
const MAX_CHECKPOINTS = 32;
const MIN_SPACING = 64;

interface Worlds {
  /** Recently read worlds by step, least recently used first. */
  readonly recent: Map<number, WorldState>;
  /** Worlds after `k * spacing` steps (k ≥ 1), by k. */
  readonly checkpoints: Map<number, WorldState>;
  readonly spacing: number;
}

const caches = new WeakMap<Construction, Worlds>();

function worldsOf(construction: Construction): Worlds {
  let worlds = caches.get(construction);
  if (!worlds) {
    const spacing = Math.max(MIN_SPACING, Math.ceil(construction.steps.length / MAX_CHECKPOINTS));
    worlds = { recent: new Map(), checkpoints: new Map(), spacing };
    caches.set(construction, worlds);
  }
  return worlds;
}

/**
 * The world after `n` steps by checkpoints: from the nearest checkpoint at or below `n` (or from
 * nothing built), the checkpoints on the way are made and kept, then the last stretch is folded.
 * Equal to `stateAt(construction, n)` (world-cache.test.ts, on the presets and random scenarios).
 */
export function foldByCheckpoints(construction: Construction, n: number): WorldState {
  const { checkpoints, spacing } = worldsOf(construction);
  const steps = construction.steps;
  const target = Math.floor(n / spacing);
  let k = target;
  while (k > 0 && !checkpoints.has(k)) k--;
  let world = k > 0 ? (checkpoints.get(k) as WorldState) : stateAt(construction, 0);
  for (k++; k <= target; k++) {
    world = stateAfterFrom(world, steps, (k - 1) * spacing, k * spacing);
    checkpoints.set(k, world);
  }
  const at = target * spacing;
  return at === n ? world : stateAfterFrom(world, steps, at, n);
}

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
 * Each fold starts with a copy of the world, a node at a time: by default a fold spans at least as
 * many steps as there are nodes, or copying 5,000 nodes is most of the work (a profile of the
 * 5,000-node scenario: 90% of its folds of 1,024 steps was the copy).
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

/**
 * The world after `n` steps from the nearest world below it: a recent one (stepping on reads n
 * after n − 1, and folds that ONE step; the fold keeps unchanged nodes as the same objects, so
 * the layout and the diagram redo only what the step changed) or else the checkpoints.
 */
function foldFromNearest(construction: Construction, n: number): WorldState {
  const { recent, spacing } = worldsOf(construction);
  let from = -1;
  for (const at of recent.keys()) if (at < n && at > from) from = at;
  // Folding from a checkpoint is as short: its worlds are shared by every step after it.
  if (from < 0 || n - from >= n % spacing) return foldByCheckpoints(construction, n);
  return stateAfterFrom(recent.get(from) as WorldState, construction.steps, from, n);
}

/**
 * The world after step `step`, with a small least-recently-used cache over checkpoints: stepping
 * reads step n and n−1 over and over, and a step folds only the steps since its checkpoint.
 */
export function worldAt(construction: Construction, step: number): WorldState {
  const n = Math.max(0, Math.min(Math.trunc(step) || 0, construction.steps.length));
  const { recent } = worldsOf(construction);
  const hit = recent.get(n);
  if (hit) {
    recent.delete(n);
    recent.set(n, hit);
    return hit;
  }
  const world = n >= construction.steps.length ? construction.final : foldFromNearest(construction, n);
  recent.set(n, world);
  if (recent.size > CAPACITY) {
    const oldest = recent.keys().next().value;
    if (oldest !== undefined) recent.delete(oldest);
  }
  return world;
}
