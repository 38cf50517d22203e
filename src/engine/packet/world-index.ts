/**
 * The world compiled for traces, once per world state and cached (a world state is immutable, so
 * it never goes stale): pods by address and by name, nodes by address, the VPC table by prefix
 * length, and per node and per pod a plane whose tables (routes, local routes, nat rules, the FDB
 * by MAC, the ports) are compiled when first used, with each row's evidence made when first
 * read. A station reads its plane once; a trace over a 150,000-pod world costs microseconds.
 */
import { formatFdbEntry } from '../artifacts/bridge-fdb.ts';
import { type Cidr, cidr, contains, formatIp, parseIp } from '../net/ipv4.ts';
import { type HostPlace, hostPlace, type NodePlace, nodePlace, type PodPlace, podPlace } from '../places.ts';
import type { External } from '../scenario/types.ts';
import {
  bridgeFdb,
  type FdbEntry,
  formatLocalRoute,
  formatRoute,
  type LocalRoute,
  type NatRule,
  natRules,
  nodeLocalRoutes,
  nodeRoutes,
  podLocalRoutes,
  podRoutes,
  type Route,
  routeKey,
  type SnatEntry,
  snatEntries,
} from '../tables/index.ts';
import type { NodeState, PodState, WorldState } from '../world/types.ts';
import { CompiledTable, type RowTable } from './compiled-table.ts';
import { ownRow, TemplatedTable, templateRange } from './pod-template.ts';
import type { Evidence } from './types.ts';
import { createVpcRouteIndex, type VpcRouteIndex } from './vpc-route-index.ts';

/** The indexes of one world state. */
export interface WorldIndex {
  readonly world: WorldState;
  readonly podByIp: ReadonlyMap<number, PodState>;
  /** Nodes by every address they own: eth0, and cni0's gateway address once cni0 exists. */
  readonly nodeByIp: ReadonlyMap<number, NodeState>;
  readonly externalByIp: ReadonlyMap<number, External>;
  readonly externalByName: ReadonlyMap<string, External>;
  readonly vswitches: readonly { readonly name: string; readonly cidr: Cidr }[];
  readonly vpcRoutes: VpcRouteIndex;
  readonly vpcCidr: Cidr;
  readonly clusterCidr: Cidr;
  /** The NAT gateway's EIP, once the gateway exists. */
  readonly eip?: number;
  /** The NAT gateway's SNAT table, exactly as `snatEntries` gives it. */
  readonly snat: readonly SnatEntry[];
  /** A pod by name: the same object every time (the one `podByIp` holds). */
  pod(name: string): PodState | undefined;
  /** A node's compiled tables. */
  nodePlane(node: NodeState): NodePlane;
  /** A pod's compiled tables. */
  podPlane(pod: PodState): PodPlane;
  /** cni0's FDB on a node, exactly as `bridgeFdb` gives it. */
  fdb(node: NodeState): readonly FdbEntry[];
  /** What `fdbLookup` finds for `mac` on the node's FDB, from a per-node map. */
  fdbEntry(node: NodeState, mac: string): FdbEntry | undefined;
  /** The node's main routing table, exactly as `nodeRoutes` gives it. */
  routes(node: NodeState): readonly Route[];
  /** The pod's routing table, exactly as `podRoutes` gives it. */
  podRoutes(pod: PodState): readonly Route[];
  /** The node's local table, exactly as `nodeLocalRoutes` gives it. */
  localRoutes(node: NodeState): readonly LocalRoute[];
  /** The pod's local table, exactly as `podLocalRoutes` gives it. */
  podLocalRoutes(pod: PodState): readonly LocalRoute[];
  /** The node's nat POSTROUTING rules, exactly as `natRules` gives them. */
  nat(node: NodeState): readonly NatRule[];
  /** The pod plugged into a host-side veth of a node. */
  podOnPort(node: NodeState, port: string): PodState | undefined;
}

const cache = new WeakMap<WorldState, WorldIndex>();

/** `compute`, remembered per node or pod name (names are unique within a world state). */
export function byName<T extends { readonly name: string }, V>(
  compute: (subject: T) => V,
): (subject: T) => V {
  const values = new Map<string, V>();
  return (subject) => {
    let value = values.get(subject.name);
    if (value === undefined) {
      value = compute(subject);
      values.set(subject.name, value);
    }
    return value;
  };
}

/** The (cached) indexes of a world state. */
export function indexWorld(world: WorldState): WorldIndex {
  let index = cache.get(world);
  if (!index) {
    index = new CompiledWorld(world);
    cache.set(world, index);
  }
  return index;
}

const isLocal = (route: LocalRoute) => route.type === 'local';

/**
 * A node's tables compiled once, each when first used: its main and local routing tables, its
 * nat POSTROUTING rules, cni0's FDB by MAC and its ports. A station reads its node's plane once.
 */
export class NodePlane {
  readonly place: NodePlace;
  #routes: CompiledTable<Route> | undefined;
  #local: CompiledTable<LocalRoute> | undefined;
  #nat: readonly NatRule[] | undefined;
  #fdb: readonly FdbEntry[] | undefined;
  #fdbByMac: Map<string, number> | undefined;
  /** cni0's MAC once the FDB map is made, and the position `fdbFind` gives for it. */
  #cni0Mac: string | undefined = undefined;
  #cni0At = -1;
  #fdbEvidence: (Evidence | undefined)[] = [];
  /** Per FDB entry, the pod behind its port, made with the map `fdbFind` reads. */
  readonly #fdbPods: (PodState | undefined)[] = [];
  #ports: Map<string, PodState> | undefined;
  /** The tables of the first of its pods with an address that were compiled (pod-template.ts). */
  podTemplate: PodTemplate | undefined = undefined;

  constructor(
    readonly node: NodeState,
    readonly world: WorldState,
    /** The node's pods, in world order. */
    readonly pods: readonly PodState[],
  ) {
    this.place = nodePlace(node.name);
  }

  /** The main table, exactly as `nodeRoutes` gives it. */
  get routes(): CompiledTable<Route> {
    this.#routes ??= new CompiledTable(
      nodeRoutes(this.node, this.world),
      'node-routes',
      this.place,
      formatRoute,
      routeKey,
    );
    return this.#routes;
  }

  /** The local table, exactly as `nodeLocalRoutes` gives it; look-ups see its `local` rows. */
  get local(): CompiledTable<LocalRoute> {
    this.#local ??= new CompiledTable(
      nodeLocalRoutes(this.node),
      'local-routes',
      this.place,
      formatLocalRoute,
      undefined,
      isLocal,
    );
    return this.#local;
  }

  get nat(): readonly NatRule[] {
    this.#nat ??= natRules(this.node, this.pods);
    return this.#nat;
  }

  get fdb(): readonly FdbEntry[] {
    // Only this node's pods, in world order: the entries the bridge-fdb artifact prints.
    this.#fdb ??= bridgeFdb(this.node, this.pods);
    return this.#fdb;
  }

  /** The position in `fdb` of what `fdbLookup` finds for `mac`, or −1. */
  fdbFind(mac: string): number {
    // Half the frames a bridge sees go to cni0 itself: its entry is found without the map.
    if (mac === this.#cni0Mac) return this.#cni0At;
    if (!this.#fdbByMac) {
      // fdbLookup's rule in one pass: the learned entry for a MAC wins over a permanent one;
      // otherwise the first entry (evidence.test.ts checks the two agree).
      const byMac = new Map<string, number>();
      const { fdb } = this;
      for (let i = 0; i < fdb.length; i++) {
        const e = fdb[i] as FdbEntry;
        const seen = byMac.get(e.mac);
        if (seen === undefined || ((fdb[seen] as FdbEntry).permanent && !e.permanent)) byMac.set(e.mac, i);
      }
      this.#fdbByMac = byMac;
      // The pod behind each entry's port, read by the bridge for every frame it forwards.
      for (let i = 0; i < fdb.length; i++) this.#fdbPods[i] = this.podOnPort((fdb[i] as FdbEntry).dev);
      const cni0Mac = this.node.cni0?.mac;
      if (cni0Mac !== undefined) {
        this.#cni0At = byMac.get(cni0Mac) ?? -1;
        this.#cni0Mac = cni0Mac;
      }
    }
    return this.#fdbByMac.get(mac) ?? -1;
  }

  /** What `fdbLookup` finds for `mac`. */
  fdbEntry(mac: string): FdbEntry | undefined {
    const i = this.fdbFind(mac);
    return i < 0 ? undefined : this.fdb[i];
  }

  /** The evidence of the FDB entry at `i`. */
  fdbEvidenceAt(i: number): Evidence {
    let evidence = this.#fdbEvidence[i];
    if (evidence === undefined) {
      const line = formatFdbEntry(this.fdb[i] as FdbEntry);
      evidence = { table: 'fdb', owner: this.place, line, row: line };
      this.#fdbEvidence[i] = evidence;
    }
    return evidence;
  }

  /** The pod plugged into the port of the FDB entry at `i` (`podOnPort` of its device), `i` from `fdbFind`. */
  fdbPodAt(i: number): PodState | undefined {
    return this.#fdbPods[i];
  }

  /** The pod plugged into a host-side veth. */
  podOnPort(port: string): PodState | undefined {
    if (!this.#ports) {
      const ports = new Map<string, PodState>();
      for (const pod of this.pods) if (pod.veth) ports.set(pod.veth.hostName, pod);
      this.#ports = ports;
    }
    return this.#ports.get(port);
  }
}

/** The tables of a node's first pod with an address, which its other pods' tables are made from. */
interface PodTemplate {
  readonly ip: number;
  readonly routes: CompiledTable<Route>;
  readonly local: CompiledTable<LocalRoute>;
  /** The addresses another pod may have for both tables to fit it (pod-template.ts). */
  readonly lo: number;
  readonly hi: number;
  /** The positions of the template pod's own `/32` in each table, or −1. */
  readonly ownRoute: number;
  readonly ownLocal: number;
}

/** Whether the node's template gives the tables of another pod at `ip` (pod-template.ts). */
function fitsTemplate(template: PodTemplate, ip: number): boolean {
  return template.ip !== ip && template.lo <= ip && ip <= template.hi;
}

function podTemplate(
  ip: number,
  routes: CompiledTable<Route>,
  local: CompiledTable<LocalRoute>,
): PodTemplate {
  const r = templateRange(routes.rows, ip);
  const l = templateRange(local.rows, ip);
  return {
    ip,
    routes,
    local,
    lo: Math.max(r.lo, l.lo),
    hi: Math.min(r.hi, l.hi),
    ownRoute: ownRow(routes.rows, ip),
    ownLocal: ownRow(local.rows, ip),
  };
}

/**
 * A pod's tables, made when first used: compiled for the first pod with an address on its node,
 * and for the others made from those (pod-template.ts), else compiled for the pod itself.
 */
export class PodPlane {
  readonly place: PodPlace;
  #routes: RowTable<Route> | undefined;
  #local: RowTable<LocalRoute> | undefined;

  constructor(
    readonly pod: PodState,
    readonly world: WorldState,
    /** The node's plane, when the node exists. */
    readonly node: NodePlane | undefined,
  ) {
    this.place = podPlace(pod.name);
  }

  #compileRoutes(): CompiledTable<Route> {
    return new CompiledTable(
      podRoutes(this.world, this.pod),
      'pod-routes',
      this.place,
      formatRoute,
      routeKey,
    );
  }

  #compileLocal(): CompiledTable<LocalRoute> {
    const rows = podLocalRoutes(this.world, this.pod);
    return new CompiledTable(rows, 'local-routes', this.place, formatLocalRoute, undefined, isLocal);
  }

  /** Both tables, from the node's template when it fits this pod. */
  #make(): void {
    const { pod, node } = this;
    const ip = pod.ip;
    if (ip !== undefined && pod.veth && node) {
      const template = node.podTemplate;
      if (!template) {
        const made = podTemplate(ip, this.#compileRoutes(), this.#compileLocal());
        node.podTemplate = made;
        this.#routes = made.routes;
        this.#local = made.local;
        return;
      }
      if (fitsTemplate(template, ip)) {
        this.#routes = new TemplatedTable(template.routes, template.ip, ip, this.place, template.ownRoute);
        this.#local = new TemplatedTable(template.local, template.ip, ip, this.place, template.ownLocal);
        return;
      }
    }
    this.#routes = this.#compileRoutes();
    this.#local = this.#compileLocal();
  }

  /** The pod's table: the rows `podRoutes` gives. */
  get routes(): RowTable<Route> {
    if (!this.#routes) this.#make();
    return this.#routes as RowTable<Route>;
  }

  /** The local table: the rows `podLocalRoutes` gives; look-ups see its `local` rows. */
  get local(): RowTable<LocalRoute> {
    if (!this.#local) this.#make();
    return this.#local as RowTable<LocalRoute>;
  }
}

const NO_PODS: readonly PodState[] = [];

/**
 * The world compiled once for traces: pods by address and by name (one object each), nodes by
 * address, the VPC table by prefix length; each node's and pod's tables compiled when first used.
 */
class CompiledWorld implements WorldIndex {
  readonly podByIp = new Map<number, PodState>();
  readonly nodeByIp = new Map<number, NodeState>();
  readonly externalByIp = new Map<number, External>();
  readonly externalByName = new Map<string, External>();
  readonly vswitches: readonly { readonly name: string; readonly cidr: Cidr }[];
  readonly vpcRoutes: VpcRouteIndex;
  readonly vpcCidr: Cidr;
  readonly clusterCidr: Cidr;
  readonly eip: number | undefined;
  readonly snat: readonly SnatEntry[];
  readonly #podByName = new Map<string, PodState>();
  readonly #podsOfNode = new Map<string, PodState[]>();
  readonly #nodePlanes = new Map<string, NodePlane>();
  readonly #podPlanes = new Map<string, PodPlane>();
  #lastNodePlane: NodePlane | undefined = undefined;
  #lastPodPlane: PodPlane | undefined = undefined;

  constructor(readonly world: WorldState) {
    const { podByIp, nodeByIp } = this;
    let pods: PodState[] | undefined;
    let podsNode = '';
    for (const pod of world.pods.values()) {
      this.#podByName.set(pod.name, pod);
      if (pod.ip !== undefined) podByIp.set(pod.ip, pod);
      // Pods come grouped by node more often than not: the last node's list is kept at hand.
      if (pod.node !== podsNode || !pods) {
        podsNode = pod.node;
        pods = this.#podsOfNode.get(podsNode);
        if (!pods) {
          pods = [];
          this.#podsOfNode.set(podsNode, pods);
        }
      }
      pods.push(pod);
    }
    for (const node of world.nodes.values()) {
      nodeByIp.set(node.ip, node);
      if (node.cni0) nodeByIp.set(node.cni0.gateway, node);
      if (node.flannelLease?.vtep) nodeByIp.set(node.flannelLease.vtep.address, node);
    }
    for (const external of world.scenario.externals) {
      const ip = parseIp(external.ip);
      if (ip !== undefined) this.externalByIp.set(ip, external);
      this.externalByName.set(external.name, external);
    }
    const created = new Set(world.vpc.vswitches);
    this.vswitches = world.scenario.vpc.vswitches
      .filter((v) => created.has(v.name))
      .map((v) => ({ name: v.name, cidr: cidr(v.cidr) }));
    // The EIP the NAT gateway translates to, from the SNAT table (none before the gateway exists).
    this.snat = snatEntries(world);
    this.eip = this.snat[0]?.eip;
    this.vpcRoutes = createVpcRouteIndex(world.vpc.routeTable);
    this.vpcCidr = cidr(world.scenario.vpc.cidr);
    this.clusterCidr = cidr(world.scenario.cluster.podCidr);
  }

  pod(name: string): PodState | undefined {
    return this.#podByName.get(name);
  }

  nodePlane(node: NodeState): NodePlane {
    // A packet meets the same node at several stations in a row: the last plane is kept at hand.
    const last = this.#lastNodePlane;
    if (last !== undefined && last.node === node) return last;
    let plane = this.#nodePlanes.get(node.name);
    if (plane === undefined) {
      plane = new NodePlane(node, this.world, this.#podsOfNode.get(node.name) ?? NO_PODS);
      this.#nodePlanes.set(node.name, plane);
    }
    this.#lastNodePlane = plane;
    return plane;
  }

  podPlane(pod: PodState): PodPlane {
    const last = this.#lastPodPlane;
    if (last !== undefined && last.pod === pod) return last;
    const node = this.world.nodes.get(pod.node);
    const nodePlane = node && this.nodePlane(node);
    const template = nodePlane?.podTemplate;
    const ip = pod.ip;
    let plane: PodPlane | undefined;
    if (template && ip !== undefined && pod.veth && fitsTemplate(template, ip)) {
      // Made from the node's template, it costs less to make again than to keep: 150,000 pods'
      // planes kept would be old-generation memory the collector walks.
      plane = new PodPlane(pod, this.world, nodePlane);
    } else {
      plane = this.#podPlanes.get(pod.name);
      if (plane === undefined) {
        plane = new PodPlane(pod, this.world, nodePlane);
        this.#podPlanes.set(pod.name, plane);
      }
    }
    this.#lastPodPlane = plane;
    return plane;
  }

  fdb(node: NodeState): readonly FdbEntry[] {
    return this.nodePlane(node).fdb;
  }

  fdbEntry(node: NodeState, mac: string): FdbEntry | undefined {
    return this.nodePlane(node).fdbEntry(mac);
  }

  routes(node: NodeState): readonly Route[] {
    return this.nodePlane(node).routes.rows;
  }

  podRoutes(pod: PodState): readonly Route[] {
    return this.podPlane(pod).routes.rows;
  }

  localRoutes(node: NodeState): readonly LocalRoute[] {
    return this.nodePlane(node).local.rows;
  }

  podLocalRoutes(pod: PodState): readonly LocalRoute[] {
    return this.podPlane(pod).local.rows;
  }

  nat(node: NodeState): readonly NatRule[] {
    return this.nodePlane(node).nat;
  }

  podOnPort(node: NodeState, port: string): PodState | undefined {
    return this.nodePlane(node).podOnPort(port);
  }
}

/** The vSwitch whose CIDR holds an address, if any. */
export function vswitchOf(index: WorldIndex, ip: number): string | undefined {
  return index.vswitches.find((v) => contains(v.cidr, ip))?.name;
}

/** `host:IP` — the place name of an address nobody in the scenario owns. */
export function addressPlace(ip: number): HostPlace {
  return hostPlace(formatIp(ip));
}
