/** Helpers for the packet tests: traces that must succeed, and short views of their hops. */
import type { WorldState } from '../world/types.ts';
import { trace } from './trace.ts';
import type { Hop, Trace, TraceOptions } from './types.ts';

/** A trace that must not be an endpoint error. */
export function traced(world: WorldState, from: string, to: string, options?: TraceOptions): Trace {
  const result = trace(world, from, to, options);
  if (result.outcome === 'error') throw new Error(`trace ${from} → ${to}: ${result.reason}`);
  return result;
}

/** `at action` per hop, the shape most path assertions read best in. */
export function steps(hops: readonly Hop[]): string[] {
  return hops.map((h) => `${h.at} ${h.action}`);
}

/** The places a path visits, in order, without repeats in a row. */
export function places(hops: readonly Hop[]): string[] {
  return hops.map((h) => h.at).filter((at, i, all) => at !== all[i - 1]);
}

/** The last hop (the delivery or the drop). */
export function last(hops: readonly Hop[]): Hop {
  const hop = hops[hops.length - 1];
  if (!hop) throw new Error('no hops');
  return hop;
}
