/**
 * Place ids: where something is, written the same way by the engine (step targets, hop places,
 * evidence owners), the CLI (DESIGN.md §3.2), the URL (§3.3) and the diagram (element ids).
 * Every id is built by a constructor here and read back by `parsePlace`; nothing else writes or
 * splits the `kind:NAME/PART` form.
 */

/** The VPC itself: its box in the diagram, and the owner of its route table (`show FILE vpc route-table`). */
export const VPC = 'vpc';
/** The VPC's router (Alibaba Cloud's vRouter): a hop's place and its diagram element. */
export const VPC_ROUTER = 'vpc-router';
export const NAT_GATEWAY = 'nat-gateway';
/** The control plane box, and its parts (`control-plane/kcm`). */
export const CONTROL_PLANE = 'control-plane';

export type NodePlace = `node:${string}`;
export type PodPlace = `pod:${string}`;
export type ExternalPlace = `external:${string}`;
export type VswitchPlace = `vswitch:${string}`;
/** An address nobody in the scenario owns (`host:203.0.113.99`). */
export type HostPlace = `host:${string}`;
/** A row of the VPC route table drawn on the router (`route:0.0.0.0/0`). */
export type RoutePlace = `route:${string}`;
export type ControlPlanePlace = typeof CONTROL_PLANE | `${typeof CONTROL_PLANE}/${string}`;

/** Every place id. A node's or pod's part (`node:a/eth0`, `pod:p/nginx`) is still a node or pod id. */
export type PlaceId =
  | typeof VPC
  | typeof VPC_ROUTER
  | typeof NAT_GATEWAY
  | ControlPlanePlace
  | NodePlace
  | PodPlace
  | ExternalPlace
  | VswitchPlace
  | HostPlace
  | RoutePlace;

/** Where a hop happens (DESIGN.md §3.2's `at`). */
export type HopPlace =
  | typeof VPC_ROUTER
  | typeof NAT_GATEWAY
  | NodePlace
  | PodPlace
  | ExternalPlace
  | HostPlace;

/** Who holds a table or file a decision was read from: the VPC (its route table), the NAT gateway, a node or a pod. */
export type OwnerPlace = typeof VPC | typeof NAT_GATEWAY | NodePlace | PodPlace;

/** The kinds that carry a name after `kind:`. */
export type NamedKind = 'node' | 'pod' | 'external' | 'vswitch' | 'host' | 'route';
export type SingleKind = typeof VPC | typeof VPC_ROUTER | typeof NAT_GATEWAY | typeof CONTROL_PLANE;

/** A place id read back: its kind, its name ('' for the single ones) and the part after `/`, if any. */
export interface Place {
  readonly kind: NamedKind | SingleKind;
  readonly name: string;
  readonly part?: string;
}

export function nodePlace(name: string): NodePlace {
  return `node:${name}`;
}

/** `pod:NAME`, or `pod:NAME/CONTAINER` for one of its containers (a trace endpoint, a diagram element). */
export function podPlace(name: string, container?: string): PodPlace {
  return container === undefined ? `pod:${name}` : `pod:${name}/${container}`;
}

export function externalPlace(name: string): ExternalPlace {
  return `external:${name}`;
}

export function vswitchPlace(name: string): VswitchPlace {
  return `vswitch:${name}`;
}

export function hostPlace(ip: string): HostPlace {
  return `host:${ip}`;
}

export function routePlace(destination: string): RoutePlace {
  return `route:${destination}`;
}

/** The parts of a node the diagram draws and lessons point at. */
export type NodePart = 'eth0' | 'cni0' | 'flannel.1' | 'flanneld' | 'kubelet' | 'cni-plugin' | EniDevice;

/** Terway: an ENI's device on its node (eth1, eth2…). */
export type EniDevice = `eth${number}`;

/** A part of a node (`node:a/eth0`, `node:a/cni0`). */
export function nodePart(node: string, part: NodePart): NodePlace {
  return `node:${node}/${part}`;
}

/** The control plane's controllers: kube-controller-manager and the cloud controller manager. */
export type ControlPlanePart = 'kcm' | 'ccm';

/** A part of the control plane (`control-plane/kcm`). */
export function controlPlanePart(part: ControlPlanePart): ControlPlanePlace {
  return `${CONTROL_PLANE}/${part}`;
}

const NAMED: ReadonlySet<string> = new Set<NamedKind>([
  'node',
  'pod',
  'external',
  'vswitch',
  'host',
  'route',
]);
const SINGLE: ReadonlySet<string> = new Set<SingleKind>([VPC, VPC_ROUTER, NAT_GATEWAY, CONTROL_PLANE]);
/** Kinds whose name ends at the first `/` (an address or a CIDR keeps its slash). */
const WITH_PARTS: ReadonlySet<string> = new Set(['node', 'pod']);
/** The diagram called the router `vrouter` until the ids were unified: old shared URLs still say so. */
const LEGACY: Readonly<Record<string, SingleKind>> = { vrouter: VPC_ROUTER };

function splitPart(kind: string, rest: string): { name: string; part?: string } {
  const slash = WITH_PARTS.has(kind) ? rest.indexOf('/') : -1;
  return slash < 0 ? { name: rest } : { name: rest.slice(0, slash), part: rest.slice(slash + 1) };
}

/**
 * Reads a place id: `vpc`, `vpc-router` (also the old `vrouter`), `nat-gateway`,
 * `control-plane[/PART]`, `node:NAME[/PART]`, `pod:NAME[/PART]`, `external:NAME`,
 * `vswitch:NAME`, `host:IP`, `route:CIDR`. Undefined for anything else, or an empty name.
 */
export function parsePlace(id: string): Place | undefined {
  const colon = id.indexOf(':');
  if (colon < 0) {
    const slash = id.indexOf('/');
    const head = slash < 0 ? id : id.slice(0, slash);
    const kind = LEGACY[head] ?? head;
    if (!SINGLE.has(kind)) return undefined;
    const single = kind as SingleKind;
    if (slash < 0) return { kind: single, name: '' };
    return single === CONTROL_PLANE ? { kind: single, name: '', part: id.slice(slash + 1) } : undefined;
  }
  const kind = id.slice(0, colon);
  if (!NAMED.has(kind)) return undefined;
  const { name, part } = splitPart(kind, id.slice(colon + 1));
  if (name === '') return undefined;
  return part === undefined ? { kind: kind as NamedKind, name } : { kind: kind as NamedKind, name, part };
}

/** The id as written today: an old shared URL's `vrouter` is `vpc-router`; any other id stays as it is. */
export function currentPlaceId(id: string): string {
  return Object.hasOwn(LEGACY, id) ? (LEGACY[id] as string) : id;
}

/** The id of a parsed place, without its part: `node:a/eth0` → `node:a`; the old `vrouter` → `vpc-router`. */
export function ownerOf(id: string): PlaceId | undefined {
  const place = parsePlace(id);
  if (!place) return undefined;
  return place.name === '' ? (place.kind as SingleKind) : (`${place.kind}:${place.name}` as PlaceId);
}

/** The name of a `node:`/`pod:`/… place, or undefined when `id` is not of that kind. */
export function nameOf(id: string, kind: NamedKind): string | undefined {
  const place = parsePlace(id);
  return place?.kind === kind ? place.name : undefined;
}

/** A Service named as a trace endpoint: `service:NAME`, `service:NAMESPACE/NAME`, each with an optional `:PORT` (a number or a port name). */
export interface ServiceRef {
  readonly namespace?: string;
  readonly name: string;
  readonly port?: string;
}

const SERVICE_PREFIX = 'service:';

/** Whether an endpoint names a Service (`service:…`). */
export function isServiceRef(id: string): boolean {
  return id.startsWith(SERVICE_PREFIX);
}

/** Reads `service:[NAMESPACE/]NAME[:PORT]`; undefined for anything else. */
export function parseServiceRef(id: string): ServiceRef | undefined {
  if (!isServiceRef(id)) return undefined;
  const rest = id.slice(SERVICE_PREFIX.length);
  const colon = rest.indexOf(':');
  const path = colon < 0 ? rest : rest.slice(0, colon);
  const port = colon < 0 ? undefined : rest.slice(colon + 1);
  const slash = path.indexOf('/');
  const name = slash < 0 ? path : path.slice(slash + 1);
  if (name === '' || port === '') return undefined;
  return { namespace: slash < 0 ? undefined : path.slice(0, slash), name, port };
}

/** `service:NAMESPACE/NAME`, the id of a Service. */
export function serviceRef(namespace: string, name: string): string {
  return `${SERVICE_PREFIX}${namespace}/${name}`;
}

/** An endpoint with a destination port (`node:NAME:30080`, `192.168.0.20:30080`): the endpoint and the port. */
export function splitPort(id: string): { readonly base: string; readonly port: number } | undefined {
  const match = /^(.*[^:]):(\d{1,5})$/.exec(id);
  if (!match || isServiceRef(id)) return undefined;
  const port = Number(match[2]);
  return port >= 1 && port <= 65535 ? { base: match[1] as string, port } : undefined;
}
