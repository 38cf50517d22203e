/**
 * A packet walk: the engine's trace over the finished construction (its last step), flattened
 * into one numbered list of hops, the request's then the reply's. Cached per construction, so
 * every selector and action sees the same object.
 */
import {
  type Construction,
  type Hop,
  message,
  parsePlace,
  refusals,
  type Text,
  type TraceResult,
  VPC,
  VPC_ROUTER,
  type WorldState,
} from '../engine/index.ts';
import type { EngineStatus } from './packet-types.ts';
import { readyTracer, type Tracer } from './tracer.ts';
import { worldAt } from './world-cache.ts';

export type HopDirection = 'request' | 'reply';

/** One hop as the walk shows it: its 1-based number over the whole walk, and which way it goes. */
export interface WalkHop {
  readonly number: number;
  readonly direction: HopDirection;
  readonly hop: Hop;
  /** For the hop that drops the packet: the engine's reason (a message, said by the view). */
  readonly reason?: Text;
}

export interface PacketWalk {
  readonly from: string;
  readonly to: string;
  readonly trace: TraceResult;
  readonly hops: readonly WalkHop[];
  /** Why nothing was sent (an endpoint the engine cannot use), in the engine's words. */
  readonly error: Text | null;
  /**
   * Why the endpoint asked for (`ep=`) was not used, in the engine's words: the walk is then the
   * one kube-proxy's default choice gives.
   */
  readonly endpointRefused: Text | null;
}

/** The endpoints of a walk, as DESIGN.md §3.2 writes them (`pod:web-1`, `203.0.113.10`). */
export interface WalkRequest {
  readonly from: string;
  readonly to: string;
  /** For a walk to a Service: the endpoint pod kube-proxy is taken to pick (`pod:api-2`). */
  readonly endpoint?: string;
}

const CAPACITY = 8;
const caches = new WeakMap<Construction, Map<string, PacketWalk>>();

function flatten(result: TraceResult): WalkHop[] {
  if (result.outcome === 'error') return [];
  const out: WalkHop[] = [];
  const add = (hops: readonly Hop[], direction: HopDirection, reason?: Text) => {
    for (const hop of hops) {
      const dropped = hop.action === 'drop' && reason !== undefined;
      out.push({ number: out.length + 1, direction, hop, ...(dropped ? { reason } : {}) });
    }
  };
  add(result.hops, 'request', result.reasonText);
  if (result.reply) add(result.reply.hops, 'reply', result.reply.reasonText);
  return out;
}

/**
 * The walk from `from` to `to` over the world after the construction's last step. Until the
 * packet engine has loaded (the store's `engine`) it is an empty walk saying why; the actions that
 * start a walk wait for the engine first. Walks are cached, so a selector gives the same object
 * for the same state (useSyncExternalStore needs that).
 */
export function walkOf(construction: Construction, request: WalkRequest, engine: EngineStatus): PacketWalk {
  let cache = caches.get(construction);
  if (!cache) {
    cache = new Map();
    caches.set(construction, cache);
  }
  const trace = engine.kind === 'ready' ? readyTracer() : undefined;
  const failure = trace ? undefined : engine.kind === 'failed' ? engine.reason : 'loading';
  const key = `${request.from}\n${request.to}\n${request.endpoint ?? ''}${failure === undefined ? '' : `\n${failure}`}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (!trace) {
    const reason =
      failure === 'loading'
        ? 'loading the packet engine'
        : `the packet engine could not be loaded (${failure}); check the connection and reload the page`;
    const walk: PacketWalk = {
      from: request.from,
      to: request.to,
      trace: { outcome: 'error', endpoint: 'from', reason, hops: [] },
      hops: [],
      error: failure === 'loading' ? null : reason,
      endpointRefused: null,
    };
    cache.set(key, walk);
    return walk;
  }
  const world = worldAt(construction, construction.steps.length);
  const { result, endpointRefused } = traceChoosing(trace, world, request);
  const walk: PacketWalk = {
    from: request.from,
    to: request.to,
    trace: result,
    hops: flatten(result),
    error: result.outcome === 'error' ? (result.reasonText ?? result.reason) : null,
    endpointRefused,
  };
  cache.set(key, walk);
  if (cache.size > CAPACITY) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return walk;
}

/**
 * The trace with the endpoint asked for; when the engine cannot use it (not an endpoint of the
 * Service, or no Service called), the trace with its default choice and the engine's reason.
 */
function traceChoosing(
  trace: Tracer,
  world: WorldState,
  request: WalkRequest,
): { result: TraceResult; endpointRefused: Text | null } {
  const plain = () => trace(world, request.from, request.to);
  if (request.endpoint === undefined) return { result: plain(), endpointRefused: null };
  const chosen = trace(world, request.from, request.to, { endpoint: request.endpoint });
  if (chosen.outcome === 'error') {
    const result = plain();
    return {
      result,
      endpointRefused: result.outcome === 'error' ? null : (chosen.reasonText ?? chosen.reason),
    };
  }
  if (chosen.to.service === undefined)
    return {
      result: chosen,
      endpointRefused: message(refusals, 'epNotService', { to: request.to }),
    };
  return { result: chosen, endpointRefused: null };
}

/**
 * The diagram element that holds a hop's evidence (`vpc` → the vRouter, `nat-gateway`, a node, a
 * pod); without evidence, the hop's node or pod (whose files the inspector shows), else null.
 */
export function hopOwnerId(hop: Hop): string | null {
  const owner = hop.evidence?.owner;
  // The VPC's route table is drawn on its router.
  if (owner === VPC) return VPC_ROUTER;
  if (owner !== undefined) return owner;
  const kind = parsePlace(hop.at)?.kind;
  return kind === 'node' || kind === 'pod' ? hop.at : null;
}
