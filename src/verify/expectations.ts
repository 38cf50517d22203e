/**
 * What the engine's trace of a pair commits the kernel to: a routing decision at each routing
 * hop (next hop, device, chosen source; local delivery; no route), the packet each namespace
 * must see arrive (source, destination, TTL), and whether the ping gets there and back.
 */

import { NAT_GATEWAY, parsePlace, VPC_ROUTER } from '../engine/index.ts';
import type { Hop, Trace } from '../engine/packet/index.ts';
import { parseRouteLine } from './artifact-text.ts';
import type { Pair } from './pairs.ts';
import type { RouteQuery } from './route-get.ts';

export type Direction = 'request' | 'reply';

/** Where in a trace a check comes from. */
export interface HopRef {
  readonly direction: Direction;
  /** 1-based, as `trace` prints hops. */
  readonly hop: number;
  readonly at: string;
}

/** What the kernel must answer to a routing query. */
export type Expected =
  | {
      readonly outcome: 'forward';
      readonly dev: string;
      /** The gateway, when it is compared (`null`: the kernel must name none). */
      readonly via?: string | null;
      readonly src?: string;
    }
  | { readonly outcome: 'local'; readonly dev?: string }
  | { readonly outcome: 'no-route' };

/** A routing decision of the engine, put to the kernel of the same place. */
export interface RouteDecision extends HopRef {
  /** The query in the engine's names (the router's way in is a vSwitch name or `nat-gateway`). */
  readonly query: RouteQuery;
  readonly expected: Expected;
  /** The engine's side, for the report. */
  readonly engine: string;
}

/** A packet the engine says arrives at a place, as the place's observer must see it. */
export interface Arrival extends HopRef {
  readonly src: string;
  readonly dst: string;
  readonly ttl: number;
  /** The packet reaching its destination (the far end, or the answer back at the sender). */
  readonly final: boolean;
}

/** The whole pair: what the ping must do. */
export interface Delivery {
  readonly from: string;
  readonly to: string;
  /** The address pinged (the first hop's destination). */
  readonly dst: string;
  readonly request: Trace['outcome'];
  readonly reply?: Trace['outcome'];
  readonly reason?: string;
}

/** Everything a pair's trace commits the kernel to. */
export interface PairExpectations {
  readonly pair: Pair;
  readonly decisions: readonly RouteDecision[];
  readonly arrivals: readonly Arrival[];
  readonly delivery: Delivery;
}

const L3_ACTIONS = new Set(['un-nat', 'route', 'snat', 'no-nat', 'deliver', 'drop', 'loopback']);

function hopText(hop: Hop): string {
  const devices = `${hop.deviceIn ?? '·'} → ${hop.deviceOut ?? '·'}`;
  return `${hop.action} ${devices}${hop.matched === undefined ? '' : ` [${hop.matched}]`}`;
}

function decision(hop: Hop, index: number, direction: Direction, sender: boolean): RouteDecision | undefined {
  const ref = { direction, hop: index + 1, at: hop.at, engine: hopText(hop) };
  const { src, dst } = hop.before;
  const place = parsePlace(hop.at)?.kind;
  const local = hop.deviceIn === undefined;
  // The request's first hop lets the kernel choose the source; anything later has it fixed.
  const fixed = sender && direction === 'request' ? {} : { from: src };
  if (hop.action === 'route' && (place === 'pod' || place === 'node')) {
    const via = hop.matched === undefined ? undefined : parseRouteLine(hop.matched).via;
    const query: RouteQuery = local ? { dst, ...fixed } : { dst, from: src, iif: hop.deviceIn };
    const chosen = local && !('from' in fixed) ? { src } : {};
    return {
      ...ref,
      query,
      expected: { outcome: 'forward', dev: hop.deviceOut ?? '', via: via ?? null, ...chosen },
    };
  }
  if (hop.action === 'route' && place === VPC_ROUTER && hop.deviceIn !== undefined) {
    // A VXLAN packet is routed by its outer header, between two node addresses.
    const routed = hop.before.outer ?? hop.before;
    return {
      ...ref,
      query: { dst: routed.dst, from: routed.src, iif: hop.deviceIn },
      expected: { outcome: 'forward', dev: hop.deviceOut ?? '' },
    };
  }
  if (
    (hop.action === 'snat' || hop.action === 'un-nat') &&
    place === NAT_GATEWAY &&
    hop.deviceIn !== undefined
  ) {
    // Conntrack un-NATs an answer before routing and SNAT comes after it: route the packet as it is then.
    const query = { dst: hop.after.dst, from: src, iif: hop.deviceIn };
    return { ...ref, query, expected: { outcome: 'forward', dev: hop.deviceOut ?? '' } };
  }
  if (hop.action === 'loopback')
    return { ...ref, query: { dst, ...fixed }, expected: { outcome: 'local', dev: 'lo' } };
  if (hop.action === 'deliver' && (hop.deviceIn === 'eth0' || hop.deviceIn === 'cni0'))
    return { ...ref, query: { dst, from: src, iif: hop.deviceIn }, expected: { outcome: 'local' } };
  if (hop.action === 'deliver' && place === 'external')
    return { ...ref, query: { dst, from: src, iif: 'eth0' }, expected: { outcome: 'local' } };
  if (
    hop.action === 'drop' &&
    place === VPC_ROUTER &&
    hop.evidence === undefined &&
    hop.deviceIn !== undefined
  )
    return { ...ref, query: { dst, from: src, iif: hop.deviceIn }, expected: { outcome: 'no-route' } };
  return undefined;
}

/** Whether a hop is the packet arriving at a place's IP stack, where its observer sees it. */
function arrives(hop: Hop, previous: Hop | undefined): boolean {
  const place = parsePlace(hop.at)?.kind;
  const sameBefore = previous?.at === hop.at;
  if (place === 'pod' || place === 'external') return hop.action === 'deliver';
  // The observer records ICMP echoes: a VXLAN packet, UDP outside, is seen only once unwrapped.
  if (hop.before.outer) return false;
  if (place === 'node') {
    const fromBelow = hop.deviceIn === 'eth0' || hop.deviceIn === 'cni0' || hop.deviceIn === 'flannel.1';
    return fromBelow && L3_ACTIONS.has(hop.action) && !(sameBefore && L3_ACTIONS.has(previous?.action ?? ''));
  }
  if (place === VPC_ROUTER)
    return (hop.action === 'route' || hop.action === 'drop') && hop.deviceIn !== undefined && !sameBefore;
  if (place === NAT_GATEWAY) return hop.deviceIn !== undefined && !sameBefore;
  return false;
}

function pathChecks(
  hops: readonly Hop[],
  direction: Direction,
): { decisions: RouteDecision[]; arrivals: Arrival[] } {
  const decisions: RouteDecision[] = [];
  const arrivals: Arrival[] = [];
  // NOTE: the replica's NAT gateway is a Linux namespace, which lowers the TTL when it forwards;
  // the engine's NAT gateway does not. Every arrival after it is one lower in the replica.
  let natHops = 0;
  hops.forEach((hop, i) => {
    const found = decision(hop, i, direction, i === 0);
    if (found) decisions.push(found);
    if (arrives(hop, hops[i - 1])) {
      arrivals.push({
        direction,
        hop: i + 1,
        at: hop.at,
        src: hop.before.src,
        dst: hop.before.dst,
        ttl: hop.before.ttl - natHops,
        final: hop.action === 'deliver',
      });
    }
    if (hop.at === NAT_GATEWAY && (hop.action === 'snat' || hop.action === 'un-nat')) natHops++;
  });
  return { decisions, arrivals };
}

/** The checks a pair's trace commits the kernel to. */
export function expectationsOf(pair: Pair, trace: Trace): PairExpectations {
  const request = pathChecks(trace.hops, 'request');
  const reply = trace.reply ? pathChecks(trace.reply.hops, 'reply') : { decisions: [], arrivals: [] };
  const first = trace.hops[0];
  return {
    pair,
    decisions: [...request.decisions, ...reply.decisions],
    arrivals: [...request.arrivals, ...reply.arrivals],
    delivery: {
      from: trace.from.at,
      to: trace.to.at,
      dst: first?.before.dst ?? trace.to.ip ?? '',
      request: trace.outcome,
      ...(trace.reply ? { reply: trace.reply.outcome } : {}),
      ...(trace.reason === undefined ? {} : { reason: trace.reason }),
    },
  };
}
