/**
 * `trace`: follow one packet from an endpoint to another through a world state, hop by hop,
 * and — once it is delivered — its answer back. Everything is read from the state's tables.
 */
import { packetHops } from '../messages/en/packetHops.ts';
import { english, message, type Text } from '../messages/message.ts';
import { podPlace } from '../places.ts';
import type { WorldState } from '../world/types.ts';
import { DEFAULT_TTL, LOCALHOST } from './addresses.ts';
import { Conntrack } from './conntrack.ts';
import { addressOf, type Endpoint, placeOf, resolveEndpoint } from './endpoints.ts';
import { runWalk } from './run.ts';
import { isText, resolveServiceDestination, serviceView } from './service-endpoints.ts';
import type { ServiceFlow } from './service-flow.ts';
import { ipText } from './text-cache.ts';
import type { ResolvedEndpoint, Trace, TraceOptions, TracePath, TraceResult } from './types.ts';
import { type End, type Move, pathOf, Walk } from './walk.ts';
import { indexWorld } from './world-index.ts';

/** An endpoint cannot be used: why, in English, and as a message when it is one. */
function endpointError(reason: Text, endpoint: 'from' | 'to' = 'to'): TraceResult {
  if (typeof reason === 'string') return { outcome: 'error', endpoint, reason, hops: [] };
  return { outcome: 'error', endpoint, reason: english(reason), hops: [], reasonText: reason };
}

/**
 * Traces a packet from `from` to `to` (DESIGN.md §3.2 endpoints) over `world`, whatever step it
 * is the state of. Never throws: an endpoint that cannot be used gives `outcome: 'error'`.
 */
export function trace(world: WorldState, from: string, to: string, options: TraceOptions = {}): TraceResult {
  const index = indexWorld(world);
  const source = resolveEndpoint(index, from, 'from');
  if (isText(source)) return endpointError(source, 'from');
  const service =
    typeof to === 'string'
      ? resolveServiceDestination(index, to, options.endpoint, (base) => {
          const node = resolveEndpoint(index, base, 'to');
          if (isText(node)) return node;
          return addressOf(node) ?? message(packetHops, 'hasNoAddress', { base });
        })
      : undefined;
  if (service !== undefined && isText(service)) return endpointError(service);
  const target: Endpoint | Text = service
    ? service.base !== undefined
      ? resolveEndpoint(index, service.base, 'to')
      : { kind: 'address', ip: service.ip }
    : resolveEndpoint(index, to, 'to');
  if (isText(target)) return endpointError(target);
  const flow: ServiceFlow | undefined = service?.flow;
  const ttl = startTtl(options.ttl);
  const conntrack = new Conntrack();
  const walk = new Walk(index, conntrack, target.kind === 'pod' ? target.container : undefined);
  walk.flow = flow;
  const sameSandbox = source.kind === 'pod' && target.kind === 'pod' && source.pod === target.pod;
  const dst =
    sameSandbox && (target.container !== undefined || source.pod.ip === undefined)
      ? LOCALHOST
      : addressOf(target);
  const request =
    dst === undefined
      ? notSendable(walk, source, target, ttl)
      : runWalk(walk, start(source, { src: addressOf(source) ?? 0, dst, ttl }));
  const fromView = endpointView(from, source);
  const toView = flow ? serviceEndpointView(to, target, flow) : endpointView(to, target);
  // Fields left undefined are left out of the JSON, as they were when spread in only when set.
  const path = pathOf(request, walk.hops);
  if (request.end !== 'delivered' || options.reply === false || !request.answerFrom || !request.packet)
    return traceOf(path, fromView, toView);
  const back = new Walk(index, conntrack, source.kind === 'pod' ? source.container : undefined);
  back.flow = flow;
  const asked = request.packet;
  const answer = runWalk(back, {
    station: request.answerFrom,
    packet: { src: asked.dst, dst: asked.src, ttl },
  });
  return traceOf(path, fromView, toView, pathOf(answer, back.hops));
}

/** A finished trace; its reason said in English only when read, its JSON in DESIGN.md §3.2's order. */
class Traced implements Trace {
  constructor(
    readonly path: TracePath,
    readonly from: ResolvedEndpoint,
    readonly to: ResolvedEndpoint,
    readonly reply: TracePath | undefined,
  ) {}

  get outcome() {
    return this.path.outcome;
  }

  get reason() {
    return this.path.reason;
  }

  get reasonText() {
    return this.path.reasonText;
  }

  get hops() {
    return this.path.hops;
  }

  toJSON() {
    const { outcome, reason, hops, from, to, reply } = this;
    return { outcome, reason, hops, from, to, reply };
  }
}

function traceOf(path: TracePath, from: ResolvedEndpoint, to: ResolvedEndpoint, reply?: TracePath): Trace {
  return new Traced(path, from, to, reply);
}

function startTtl(ttl: number | undefined): number {
  if (ttl === undefined || !Number.isFinite(ttl)) return DEFAULT_TTL;
  return Math.min(255, Math.max(1, Math.floor(ttl)));
}

/** The first station of the sender. */
function start(source: Endpoint, packet: { src: number; dst: number; ttl: number }): Move {
  switch (source.kind) {
    case 'pod':
      return { station: { kind: 'pod-out', pod: source.pod }, packet };
    case 'node':
      return {
        station:
          source.ip === source.node.ip
            ? { kind: 'node-out', node: source.node }
            : { kind: 'node-out', node: source.node, src: source.ip },
        packet,
      };
    case 'external':
      return { station: { kind: 'host-out', place: placeOf(source), side: 'internet' }, packet };
    case 'host':
      return { station: { kind: 'host-out', place: placeOf(source), side: source.side }, packet };
    default:
      return { station: { kind: 'host-out', place: placeOf(source), side: 'internet' }, packet };
  }
}

/** The destination is a pod without an address: there is nothing to send to. */
function notSendable(walk: Walk, source: Endpoint, target: Endpoint, ttl: number): End {
  const pod = target.kind === 'pod' ? target.pod : undefined;
  const name = pod?.name ?? placeOf(target);
  const why =
    pod?.error ??
    (pod?.phase === undefined
      ? message(packetHops, 'itIsNotRunning')
      : message(packetHops, 'itIs', { phase: pod.phase }));
  return walk.drop(
    {
      at: placeOf(source),
      before: { src: addressOf(source) ?? 0, dst: 0, ttl },
      explanation: message(packetHops, 'notSendable', { name }),
    },
    message(packetHops, 'notSendableAt', {
      name,
      phase: pod?.phase ?? message(packetHops, 'noAddress'),
      why,
    }),
  );
}

function endpointView(input: string, endpoint: Endpoint): ResolvedEndpoint {
  const ip = addressOf(endpoint);
  return {
    input,
    at: placeOf(endpoint),
    ip: ip === undefined ? undefined : ipText(ip),
    container: endpoint.kind === 'pod' ? endpoint.container : undefined,
  };
}

/** A Service destination: where the chosen endpoint lives, the address called, the Service. */
function serviceEndpointView(input: string, target: Endpoint, flow: ServiceFlow): ResolvedEndpoint {
  const view = endpointView(input, target);
  return {
    input,
    at: flow.endpoint && target.kind === 'address' ? podPlace(flow.endpoint.pod) : view.at,
    ip: view.ip,
    container: undefined,
    service: serviceView(flow),
  };
}
