/**
 * The packet engine, loaded on demand: the first screen (the construction) does not need it, so
 * it stays out of the first load. `loadTracer` starts the import once; `readyTracer` tells
 * whether it has arrived.
 */
import type { trace } from '../engine/packet/trace.ts';

export type Tracer = typeof trace;

let tracer: Tracer | undefined;
let pending: Promise<Tracer> | undefined;

/** Starts loading the packet engine (once) and resolves with its `trace`. */
export function loadTracer(): Promise<Tracer> {
  pending ??= import('../engine/packet/trace.ts').then((module) => {
    tracer = module.trace;
    return module.trace;
  });
  return pending;
}

/** The packet engine's `trace` once it has loaded, else undefined. */
export function readyTracer(): Tracer | undefined {
  return tracer;
}
