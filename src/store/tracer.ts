/**
 * The packet engine, loaded on demand: the first screen (the construction) does not need it, so
 * it stays out of the first load. The store keeps where it stands (`engine`, `loadEngine`). `loadTracer` starts the import once; `readyTracer` tells
 * whether it has arrived, `tracerFailure` why it could not be fetched (the next call retries).
 */
import type { trace } from '../engine/packet/index.ts';

export type Tracer = typeof trace;

let tracer: Tracer | undefined;
let pending: Promise<Tracer> | undefined;
let failure: string | undefined;

/** Starts loading the packet engine (once) and resolves with its `trace`. */
export function loadTracer(): Promise<Tracer> {
  pending ??= import('../engine/packet/index.ts').then(
    (module) => {
      tracer = module.trace;
      failure = undefined;
      return module.trace;
    },
    (error: unknown) => {
      pending = undefined;
      failure = error instanceof Error ? error.message : String(error);
      throw error;
    },
  );
  return pending;
}

/** The packet engine's `trace` once it has loaded, else undefined. */
export function readyTracer(): Tracer | undefined {
  return tracer;
}

/** Why the last attempt to load the packet engine failed, if it did. */
export function tracerFailure(): string | undefined {
  return failure;
}
