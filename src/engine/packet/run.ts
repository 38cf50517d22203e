/**
 * Drives a walk from station to station until it ends: delivered, dropped, summarised as a
 * routing loop, or (as a last safety net) stopped at the hop limit. Always terminates.
 */
import { HOP_LIMIT } from './addresses.ts';
import { bridge } from './bridge.ts';
import { hostOut, internet } from './internet.ts';
import { endLoop } from './loop.ts';
import { natGatewayIn, natGatewayOut } from './nat-gateway.ts';
import { nodeIn, nodeOut } from './node-stack.ts';
import { podIn, podOut } from './pod-netns.ts';
import { vpcRouter } from './vpc-router.ts';
import type { End, Move, Next, Station, Walk } from './walk.ts';

/** The most hops one station call can add (un-nat, route, nat, drop). */
const MOST_PER_STATION = 4;

function step(walk: Walk, { station, packet }: Move): Next {
  switch (station.kind) {
    case 'pod-out':
      return podOut(walk, station.pod, packet, station.src);
    case 'pod-in':
      return podIn(walk, station.pod, packet);
    case 'bridge':
      return bridge(walk, station.node, station.port, packet, station.arpFor);
    case 'node-in':
      return nodeIn(walk, station.node, station.dev, packet);
    case 'node-out':
      return nodeOut(walk, station.node, packet, station.src);
    case 'vpc-router':
      return vpcRouter(walk, packet, station.fromVswitch);
    case 'nat-gateway':
      return station.side === 'vpc' ? natGatewayOut(walk, packet) : natGatewayIn(walk, packet);
    case 'internet':
      return internet(walk, packet);
    case 'host-out':
      return hostOut(walk, station.place, station.side, packet);
  }
}

/** Where a station is, and from where the packet enters it: what makes two visits the same. */
function stationKey(station: Station): string {
  switch (station.kind) {
    case 'pod-out':
    case 'pod-in':
      return `${station.kind}|${station.pod.name}`;
    case 'bridge':
      return `bridge|${station.node.name}|${station.port}`;
    case 'node-in':
      return `node-in|${station.node.name}|${station.dev}`;
    case 'node-out':
      return `node-out|${station.node.name}`;
    case 'vpc-router':
      return `vpc-router|${station.fromVswitch ?? ''}`;
    case 'nat-gateway':
      return `nat-gateway|${station.side}`;
    case 'internet':
      return 'internet';
    case 'host-out':
      return `host-out|${station.place}`;
  }
}

/** Walks from `start` until the packet is delivered or dropped. */
export function runWalk(walk: Walk, start: Move): End {
  const visits = new Map<string, number[]>();
  let move = start;
  for (;;) {
    const key = `${stationKey(move.station)}|${move.packet.src}|${move.packet.dst}`;
    const seen = visits.get(key);
    if (seen && seen.length >= 2) return endLoop(walk, seen[1] as number, move.packet);
    if (walk.hops.length > HOP_LIMIT - 2 * MOST_PER_STATION) {
      return walk.drop(
        {
          at: walk.hops[walk.hops.length - 1]?.at ?? 'unknown',
          before: move.packet,
          explanation: 'The trace stops here: it has reached the model’s hop limit.',
        },
        `hop limit of ${HOP_LIMIT} reached`,
      );
    }
    if (seen) seen.push(walk.hops.length);
    else visits.set(key, [walk.hops.length]);
    const next = step(walk, move);
    if ('end' in next) return next;
    move = next;
  }
}
