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

export interface Worlds {
  /** Recently read worlds by step, least recently used first. */
  readonly recent: Map<number, WorldState>;
  /** Worlds after `k * spacing` steps (k ≥ 1), by k. */
  readonly checkpoints: Map<number, WorldState>;
  readonly spacing: number;
}

const caches = new WeakMap<Construction, Worlds>();

/** The construction's worlds, made empty on first use (checkpoints.ts makes them ahead). */
export function worldsOf(construction: Construction): Worlds {
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
