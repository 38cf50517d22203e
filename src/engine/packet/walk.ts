/**
 * The walk: where a packet is (a station), what each station hands on (a move or an end), and
 * the record of hops. Stations are small functions in their own modules (pod-netns, bridge,
 * node-stack, vpc-router, nat-gateway, internet); run.ts drives them.
 */

import { english, type Text } from '../messages/message.ts';
import type { HopPlace } from '../places.ts';
import type { NodeState, PodState } from '../world/types.ts';
import type { Conntrack } from './conntrack.ts';
import type { ServiceFlow } from './service-flow.ts';
import { ipText } from './text-cache.ts';
import type { Evidence, Hop, HopAction, Outer, OuterView, Packet, PacketView, TracePath } from './types.ts';
import type { WorldIndex } from './world-index.ts';

/** Where a packet is, and from which side it came in. */
export type Station =
  /** Sent by a process in the pod's netns; `src` is fixed for an answer. */
  | { readonly kind: 'pod-out'; readonly pod: PodState; readonly src?: number }
  /** A frame coming out of the veth into the pod's eth0. */
  | { readonly kind: 'pod-in'; readonly pod: PodState }
  /** A frame entering cni0 from a port (a veth, or `cni0` when the host itself sends). */
  | { readonly kind: 'bridge'; readonly node: NodeState; readonly port: string; readonly arpFor?: number }
  /** A packet entering the node's IP stack from a device. */
  | { readonly kind: 'node-in'; readonly node: NodeState; readonly dev: string }
  /** Sent by the node itself (kubelet, a shell); `src` is fixed for an answer. */
  | { readonly kind: 'node-out'; readonly node: NodeState; readonly src?: number }
  /** The VPC's vRouter; `fromVswitch`: the vSwitch of the instance that sent it; `from`: else who. */
  | { readonly kind: 'vpc-router'; readonly fromVswitch?: string; readonly from?: string }
  /** The NAT gateway, reached from inside the VPC or from the Internet. */
  | { readonly kind: 'nat-gateway'; readonly side: 'vpc' | 'internet' }
  /** On the Internet, outside the model's detail. */
  | { readonly kind: 'internet' }
  /** A host the model does not look inside (an external, an instance outside the cluster). */
  | { readonly kind: 'host-out'; readonly place: HopPlace; readonly side: 'vpc' | 'internet' };

/** The packet moves on to another station. */
export interface Move {
  readonly station: Station;
  readonly packet: Packet;
}

/** The walk is over. A delivered packet names the station its answer starts from. */
export interface End {
  readonly end: 'delivered' | 'dropped';
  readonly reason?: Text;
  readonly answerFrom?: Station;
  /** The packet as it arrived. */
  readonly packet?: Packet;
}

/** What a station hands on. */
export type Next = Move | End;

/** A hop as a station describes it; the walk turns it into the recorded shape. */
export interface HopInput {
  readonly at: HopPlace;
  readonly deviceIn?: string;
  readonly deviceOut?: string;
  readonly action: HopAction;
  readonly evidence?: Evidence;
  /** The `ip rule` that chose the evidence's table (policy routing). */
  readonly rule?: Evidence;
  readonly before: Packet;
  readonly after: Packet;
  /**
   * A message, or English words not yet in the catalogs; on the hot path a function that makes
   * it, called only when the hop is read.
   */
  readonly explanation: Text | (() => Text);
  readonly repeats?: number;
}

function outerView(outer: Outer): OuterView {
  return {
    src: ipText(outer.src),
    dst: ipText(outer.dst),
    proto: 'udp',
    dport: outer.dport,
    vni: outer.vni,
    ttl: outer.ttl,
    srcMac: outer.srcMac,
    dstMac: outer.dstMac,
  };
}

/** A packet as a hop reports it. */
export function view(packet: Packet): PacketView {
  // One shape for every view; the JSON leaves out MACs that are undefined.
  return {
    src: ipText(packet.src),
    dst: ipText(packet.dst),
    ttl: packet.ttl,
    srcMac: packet.srcMac,
    dstMac: packet.dstMac,
    outer: packet.outer && outerView(packet.outer),
  };
}

/**
 * A recorded hop. It holds the packets as numbers; their dotted views and its English sentence
 * are made only when read (traces are a hot path and most hops are never read), then kept.
 * `toJSON` gives the fields in the order the JSON shows them (DESIGN.md §3.2's first), leaving
 * out the message.
 */
class RecordedHop implements Hop {
  readonly at: Hop['at'];
  readonly deviceIn: string | undefined;
  readonly deviceOut: string | undefined;
  readonly action: HopAction;
  readonly evidence: Evidence | undefined;
  readonly rule: Evidence | undefined;
  readonly repeats: number | undefined;
  readonly #beforePacket: Packet;
  readonly #afterPacket: Packet;
  #before: PacketView | undefined = undefined;
  #after: PacketView | undefined = undefined;
  #text: Text | (() => Text);

  constructor(input: Omit<HopInput, 'action' | 'after'>, action: HopAction, after: Packet) {
    this.at = input.at;
    this.deviceIn = input.deviceIn;
    this.deviceOut = input.deviceOut;
    this.action = action;
    this.evidence = input.evidence;
    this.rule = input.rule;
    this.repeats = input.repeats;
    this.#beforePacket = input.before;
    this.#afterPacket = after;
    this.#text = input.explanation;
  }

  get device(): string | undefined {
    return this.deviceOut ?? this.deviceIn;
  }

  get matched(): string | undefined {
    return this.evidence?.line;
  }

  get before(): PacketView {
    this.#before ??= this.#beforePacket === this.#afterPacket ? this.after : view(this.#beforePacket);
    return this.#before;
  }

  get after(): PacketView {
    this.#after ??= view(this.#afterPacket);
    return this.#after;
  }

  get packet(): PacketView {
    return this.after;
  }

  get explanationText(): Text {
    const text = this.#text;
    if (typeof text !== 'function') return text;
    const made = text();
    this.#text = made;
    return made;
  }

  get explanation(): string {
    return english(this.explanationText);
  }

  toJSON() {
    // The JSON leaves out the fields that are undefined.
    return {
      at: this.at,
      device: this.device,
      deviceIn: this.deviceIn,
      deviceOut: this.deviceOut,
      action: this.action,
      matched: this.matched,
      evidence: this.evidence,
      rule: this.rule,
      before: this.before,
      after: this.after,
      packet: this.packet,
      explanation: this.explanation,
      repeats: this.repeats,
    };
  }
}

/** Builds the recorded hop from a station's description and the packet after it. */
export function makeHop(input: Omit<HopInput, 'action' | 'after'>, action: HopAction, after: Packet): Hop {
  return new RecordedHop(input, action, after);
}

/** How one direction ended, as a trace reports it; its reason said in English only when read. */
class Path implements TracePath {
  constructor(
    readonly outcome: 'delivered' | 'dropped',
    readonly hops: readonly Hop[],
    readonly reasonText: Text | undefined,
  ) {}

  get reason(): string | undefined {
    return this.reasonText === undefined ? undefined : english(this.reasonText);
  }

  toJSON() {
    return { outcome: this.outcome, reason: this.reason, hops: this.hops };
  }
}

/** One direction's end and hops, as a trace reports them. */
export function pathOf(end: End, hops: readonly Hop[]): TracePath {
  return new Path(end.end, hops, end.reason);
}

/** One direction of a trace in progress: the world, the shared conntrack and the hops so far. */
export class Walk {
  readonly hops: Hop[] = [];
  /** The raw packets of each hop (before), for the loop summary. */
  readonly befores: Packet[] = [];
  /** The Service the packet is sent to, when it is (kube-proxy.ts acts only then). */
  flow: ServiceFlow | undefined = undefined;

  constructor(
    readonly index: WorldIndex,
    readonly conntrack: Conntrack,
    /** The container the destination endpoint named, for the delivery sentence. */
    readonly toContainer?: string,
  ) {}

  /** Records a hop. */
  record(input: HopInput): void {
    this.#add(input, input.action, input.after);
  }

  #add(input: Omit<HopInput, 'action' | 'after'>, action: HopAction, after: Packet): void {
    this.hops.push(makeHop(input, action, after));
    this.befores.push(input.before);
  }

  /** Records a final `drop` hop (the packet unchanged) and ends the walk. */
  drop(input: Omit<HopInput, 'action' | 'after'> & { readonly after?: Packet }, reason: Text): End {
    this.#add(input, 'drop', input.after ?? input.before);
    return { end: 'dropped', reason };
  }

  /** Records a final `deliver` hop and ends the walk; `answerFrom` is where the answer starts. */
  deliver(input: Omit<HopInput, 'action' | 'after'>, answerFrom: Station): End {
    this.#add(input, 'deliver', input.before);
    return { end: 'delivered', answerFrom, packet: input.before };
  }
}
