import { type Construction, stateAt, type WorldState } from '../engine/index.ts';

/** How many worlds to keep per construction: the current step, the one before, a few around. */
const CAPACITY = 8;

const caches = new WeakMap<Construction, Map<number, WorldState>>();

/**
 * `stateAt` with a small least-recently-used cache. `stateAt` is a fold over the steps, so each
 * call costs the whole prefix; stepping reads step n and n−1 over and over.
 */
export function worldAt(construction: Construction, step: number): WorldState {
  const n = Math.max(0, Math.min(Math.trunc(step) || 0, construction.steps.length));
  let cache = caches.get(construction);
  if (!cache) {
    cache = new Map();
    caches.set(construction, cache);
  }
  const hit = cache.get(n);
  if (hit) {
    cache.delete(n);
    cache.set(n, hit);
    return hit;
  }
  const world = stateAt(construction, n);
  cache.set(n, world);
  if (cache.size > CAPACITY) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return world;
}
