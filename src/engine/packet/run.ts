/**
 * Drives a walk from station to station until it ends: delivered, dropped, summarised as a
 * routing loop, or (as a last safety net) stopped at the hop limit. Always terminates.
 */

import { packetHops } from '../messages/en/packetHops.ts';
import { message } from '../messages/message.ts';
import type { HopPlace } from '../places.ts';
import { terwayStep } from '../terway/packet/step.ts';
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

function step(walk: Walk, move: Move): Next {
  if (walk.index.world.terway) {
    const next = terwayStep(walk, move);
    if (next) return next;
  }
  const { station, packet } = move;
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
      return vpcRouter(walk, packet, station.fromVswitch, station.from);
    case 'nat-gateway':
      return station.side === 'vpc' ? natGatewayOut(walk, packet) : natGatewayIn(walk, packet);
    case 'internet':
      return internet(walk, packet);
    case 'host-out':
      return hostOut(walk, station.place, station.side, packet);
  }
}

/**
 * The visits of routing stations, to find a loop: what makes two visits the same is where (a
 * node's device, or the vRouter from one side), and which addresses. Only routing stations are
 * watched: a loop must pass one, since nothing else sends a packet back where it came from. A
 * trace passes a handful of them, so they are scanned, not hashed; a loop is told from the
 * second time a state is reached, so per state only the count and that hop count are kept.
 * The arrays are reused walk after walk (a walk never starts another).
 */
class Visits {
  readonly #places: string[] = [];
  readonly #sides: string[] = [];
  readonly #srcs: number[] = [];
  readonly #dsts: number[] = [];
  /** Per visited state: how many times it was reached, and the hop count of its second time. */
  readonly #counts: number[] = [];
  readonly #seconds: number[] = [];
  #size = 0;

  clear(): void {
    this.#size = 0;
  }

  /**
   * The state of a watched station: its position, or −1 for a station not watched. A new state
   * is added with no visit counted yet.
   */
  seen(station: Station, src: number, dst: number): number {
    let place: string;
    let side: string;
    if (station.kind === 'node-in') {
      place = station.node.name;
      side = station.dev;
    } else if (station.kind === 'vpc-router') {
      place = '';
      side = station.fromVswitch ?? station.from ?? '';
    } else return -1;
    const size = this.#size;
    for (let i = 0; i < size; i++) {
      if (
        this.#srcs[i] === src &&
        this.#dsts[i] === dst &&
        this.#places[i] === place &&
        this.#sides[i] === side
      )
        return i;
    }
    this.#places[size] = place;
    this.#sides[size] = side;
    this.#srcs[size] = src;
    this.#dsts[size] = dst;
    this.#counts[size] = 0;
    this.#seconds[size] = 0;
    this.#size = size + 1;
    return size;
  }

  /** How many times the state at `i` was reached before. */
  count(i: number): number {
    return this.#counts[i] as number;
  }

  /** The hop count at which the state at `i` was reached the second time. */
  second(i: number): number {
    return this.#seconds[i] as number;
  }

  /** Counts one more visit of the state at `i`, at hop count `at`. */
  visit(i: number, at: number): void {
    const count = this.#counts[i] as number;
    if (count === 1) this.#seconds[i] = at;
    this.#counts[i] = count + 1;
  }
}

const visits = new Visits();

/** Walks from `start` until the packet is delivered or dropped. */
export function runWalk(walk: Walk, start: Move): End {
  visits.clear();
  let move = start;
  for (;;) {
    const seen = visits.seen(move.station, move.packet.src, move.packet.dst);
    if (seen >= 0 && visits.count(seen) >= 2) return endLoop(walk, visits.second(seen), move.packet);
    if (walk.hops.length > HOP_LIMIT - 2 * MOST_PER_STATION) {
      return walk.drop(
        {
          // The limit is far past the first hop, so there is a last one.
          at: (walk.hops[walk.hops.length - 1] as { readonly at: HopPlace }).at,
          before: move.packet,
          explanation: message(packetHops, 'hopLimit'),
        },
        message(packetHops, 'hopLimitAt', { n: HOP_LIMIT }),
      );
    }
    if (seen >= 0) visits.visit(seen, walk.hops.length);
    const next = step(walk, move);
    if ('end' in next) return next;
    move = next;
  }
}
