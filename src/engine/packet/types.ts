/**
 * The packet engine's vocabulary: a packet as it travels (numbers), the hop record and the trace
 * result (dotted strings, ready for JSON — DESIGN.md §3.2 plus compatible extra fields).
 */
import type { Text } from '../messages/message.ts';
import type { HopPlace, OwnerPlace } from '../places.ts';

/**
 * The outer headers of a VXLAN-encapsulated packet: IPv4 between the node addresses, UDP to the
 * VXLAN port, the VNI. The packet's own fields are then the inner (pod) headers.
 */
export interface Outer {
  readonly src: number;
  readonly dst: number;
  readonly ttl: number;
  readonly dport: number;
  readonly vni: number;
  readonly srcMac?: string;
  readonly dstMac?: string;
}

/** A packet in flight. Addresses are unsigned 32-bit numbers; MACs only where L2 applies. */
export interface Packet {
  readonly src: number;
  readonly dst: number;
  readonly ttl: number;
  readonly srcMac?: string;
  readonly dstMac?: string;
  /** Set while the packet travels inside a VXLAN tunnel (packet/vxlan.ts). */
  readonly outer?: Outer;
}

/** The outer headers as a hop reports them (DESIGN.md §3.5: `outer: { src, dst, proto, dport, vni }`). */
export interface OuterView {
  readonly src: string;
  readonly dst: string;
  readonly proto: 'udp';
  readonly dport: number;
  readonly vni: number;
  readonly ttl: number;
  readonly srcMac?: string;
  readonly dstMac?: string;
}

/** A packet as a hop reports it: dotted addresses, MACs where the hop sees a frame. */
export interface PacketView {
  readonly src: string;
  readonly dst: string;
  readonly ttl: number;
  readonly srcMac?: string;
  readonly dstMac?: string;
  /** The outer headers while the packet is encapsulated. */
  readonly outer?: OuterView;
}

/**
 * What a hop did. `route`: a routing decision (TTL − 1 when forwarding, unchanged at the
 * origin); `bridge`: L2 forwarding, TTL untouched; `snat` / `no-nat`: the nat POSTROUTING
 * verdict; `un-nat`: conntrack reverses a NAT on a reply; `loopback`: `lo`; `send`: a host the
 * model does not look inside puts the packet on the wire; `loop`: a summary of a routing loop's
 * repeated rounds; `encap` / `decap`: a VXLAN device wraps the frame in outer headers or takes
 * them off; `deliver` / `drop`: the end.
 */
export type HopAction =
  | 'loopback'
  | 'route'
  | 'encap'
  | 'decap'
  | 'bridge'
  | 'snat'
  | 'dnat'
  | 'no-nat'
  | 'un-nat'
  | 'send'
  | 'loop'
  | 'deliver'
  | 'drop';

/** The table a decision was read from. */
export type EvidenceTable =
  | 'pod-routes'
  | 'node-routes'
  | 'local-routes'
  | 'fdb'
  | 'vtep-neigh'
  | 'vtep-fdb'
  | 'nat'
  | 'filter'
  | 'vpc-route-table'
  | 'snat-table'
  | 'conntrack'
  /** Terway: `ip rule` on a node, an ENI's own table (`ip route show table N`), a pod's neighbours. */
  | 'ip-rules'
  | 'policy-routes'
  | 'neighbours'
  /** Terway: the security group of a node's ENIs (the what-if security-group-denies-pods). */
  | 'security-group';

/** The line that decided a hop, and where it lives (`node:X`, `pod:X`, `vpc`, `nat-gateway`). */
export interface Evidence {
  readonly table: EvidenceTable;
  readonly owner: OwnerPlace;
  readonly line: string;
  /**
   * The key of the row in the owner's artifact that prints it (artifacts/result.ts): a route's
   * destination, else the line itself. Not part of the CLI's JSON (see `traceJson`).
   */
  readonly row: string;
}

/** One hop of a trace. */
export interface Hop {
  /** `pod:NAME`, `node:NAME`, `vpc-router`, `nat-gateway`, `external:NAME`, or `host:IP`. */
  readonly at: HopPlace;
  /** DESIGN.md §3.2's single device: the device out, else the device in. */
  readonly device?: string;
  readonly deviceIn?: string;
  readonly deviceOut?: string;
  readonly action: HopAction;
  /** The evidence line, exactly as the artifact prints it. */
  readonly matched?: string;
  readonly evidence?: Evidence;
  /** Where policy routing decided (Terway): the `ip rule` that chose the table the evidence is from. */
  readonly rule?: Evidence;
  readonly before: PacketView;
  readonly after: PacketView;
  /** The packet after this hop (the same as `after`, for DESIGN.md §3.2). */
  readonly packet: PacketView;
  /** One sentence in plain words (English; said when read). */
  readonly explanation: string;
  /** For `loop` hops: how many more times the repeated hops run before the TTL is spent. */
  readonly repeats?: number;
  /** The same sentence as a message, for another language (not in the CLI's JSON). */
  readonly explanationText: Text;
}

/** One direction of a trace: where the packet went and how it ended. */
export interface TracePath {
  readonly outcome: 'delivered' | 'dropped';
  /** Why it was dropped, in English (said when read). */
  readonly reason?: string;
  readonly hops: readonly Hop[];
  /** The reason as a message, for another language (not in the CLI's JSON). */
  readonly reasonText?: Text;
}

/** An endpoint as the trace resolved it. */
export interface ResolvedEndpoint {
  /** The text given (`pod:web-1/nginx`, `203.0.113.10`). */
  readonly input: string;
  /** The place it lives (`pod:web-1`, `node:node-a`, `external:internet`, `host:IP`). */
  readonly at: HopPlace;
  /** Its address, when it has one. */
  readonly ip?: string;
  readonly container?: string;
  /** For a Service: `namespace/name`, the port sent to, and the endpoint chosen. */
  readonly service?: {
    readonly name: string;
    readonly protocol: 'TCP' | 'UDP';
    readonly port: number;
    readonly endpoint?: string;
    readonly endpoints: readonly {
      readonly pod: string;
      readonly address: string;
      readonly probability: number;
    }[];
  };
}

/** A finished trace: the request and, once it is delivered, the answer on its way back. */
export interface Trace extends TracePath {
  readonly from: ResolvedEndpoint;
  readonly to: ResolvedEndpoint;
  readonly reply?: TracePath;
}

/** An endpoint the trace could not use: nothing was sent. */
export interface TraceError {
  readonly outcome: 'error';
  /** Which endpoint is wrong. */
  readonly endpoint: 'from' | 'to';
  readonly reason: string;
  readonly hops: readonly [];
  /** The reason as a message, when it is one, for another language (not in the CLI's JSON). */
  readonly reasonText?: Text;
}

/** What `trace` returns: a trace (delivered or dropped), or an endpoint error. */
export type TraceResult = Trace | TraceError;

/** Options of a trace. */
export interface TraceOptions {
  /** The TTL the sender starts with (default 64, Linux's net.ipv4.ip_default_ttl). */
  readonly ttl?: number;
  /** Whether to trace the answer of a delivered packet (default true). */
  readonly reply?: boolean;
  /**
   * For a Service destination: the endpoint pod kube-proxy's statistic rules are taken to pick
   * (`pod:NAME` or `NAME`). Default: the first endpoint in kube-proxy's order.
   */
  readonly endpoint?: string;
}
