/**
 * Words for a hop, from the engine's record of it: where it is, what it did, and how its headers
 * changed. Nothing here decides anything about the network; it only names what the engine said.
 */
import {
  type Hop,
  type HopAction,
  NAT_GATEWAY,
  type OuterView,
  type PacketView,
  parsePlace,
  VPC_ROUTER,
} from '../../engine/index.ts';

export const ACTION_LABEL: Readonly<Record<HopAction, string>> = {
  loopback: 'loopback',
  route: 'route',
  encap: 'encapsulate (VXLAN)',
  decap: 'decapsulate (VXLAN)',
  bridge: 'bridge (L2)',
  snat: 'SNAT',
  dnat: 'DNAT (kube-proxy)',
  'no-nat': 'no NAT',
  'un-nat': 'un-NAT (conntrack)',
  send: 'send',
  loop: 'routing loop',
  deliver: 'deliver',
  drop: 'drop',
};

/** The place's name without its kind: `node:node-a` → `node-a`, `vpc-router` → `VPC router`. */
export function placeName(at: string): string {
  const place = parsePlace(at);
  if (place?.kind === VPC_ROUTER) return 'VPC router';
  if (place?.kind === NAT_GATEWAY) return 'NAT gateway';
  return place?.name || at;
}

/** The devices a hop passes, as `in → out`, or the one it names. */
export function devicesOf(hop: Hop): string {
  const { deviceIn, deviceOut, device } = hop;
  if (deviceIn && deviceOut && deviceIn !== deviceOut) return `${deviceIn} → ${deviceOut}`;
  return deviceOut ?? deviceIn ?? device ?? '';
}

/** `node-a · vethdb5f0a12 → cni0`. */
export function placeText(hop: Hop): string {
  const devices = devicesOf(hop);
  return devices ? `${placeName(hop.at)} · ${devices}` : placeName(hop.at);
}

/** The packet's label on the diagram: `source → destination`. */
export function packetLabel(packet: PacketView): string {
  return `${packet.src} → ${packet.dst}`;
}

export interface HeaderRow {
  /** The field as a sentence names it (`source`, `TTL`, `destination MAC`). */
  readonly field: string;
  /** The column heading. */
  readonly label: string;
  readonly before: string;
  readonly after: string;
  readonly changed: boolean;
}

const FIELDS: readonly { key: keyof PacketView; field: string; label: string }[] = [
  { key: 'src', field: 'source', label: 'Source IP' },
  { key: 'dst', field: 'destination', label: 'Destination IP' },
  { key: 'ttl', field: 'TTL', label: 'TTL' },
  { key: 'srcMac', field: 'source MAC', label: 'Source MAC' },
  { key: 'dstMac', field: 'destination MAC', label: 'Destination MAC' },
];

const NONE = '—';

/** The outer headers of a VXLAN packet, in the order they are on the wire. */
const OUTER_FIELDS: readonly { key: keyof OuterView; field: string; label: string }[] = [
  { key: 'srcMac', field: 'outer source MAC', label: 'Outer source MAC' },
  { key: 'dstMac', field: 'outer destination MAC', label: 'Outer destination MAC' },
  { key: 'src', field: 'outer source', label: 'Outer source IP' },
  { key: 'dst', field: 'outer destination', label: 'Outer destination IP' },
  { key: 'dport', field: 'outer UDP port', label: 'Outer UDP port' },
  { key: 'vni', field: 'VNI', label: 'VXLAN VNI' },
];

function row(field: string, label: string, before: unknown, after: unknown): HeaderRow {
  return {
    field,
    label,
    before: before === undefined ? NONE : String(before),
    after: after === undefined ? NONE : String(after),
    changed: before !== after && after !== undefined,
  };
}

/**
 * The headers before and after a hop, field by field; MACs only where a frame is seen. While the
 * packet is in a VXLAN tunnel (before or after the hop), the outer headers come first and the
 * packet's own are named inner.
 */
export function headerRows(hop: Hop): HeaderRow[] {
  const tunnel = hop.before.outer !== undefined || hop.after.outer !== undefined;
  const inner = FIELDS.map(({ key, field, label }) =>
    row(
      tunnel ? `inner ${field}` : field,
      tunnel
        ? `Inner ${/^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label}`
        : label,
      hop.before[key],
      hop.after[key],
    ),
  );
  if (!tunnel) return inner;
  const outer = OUTER_FIELDS.map(({ key, field, label }) =>
    row(field, label, hop.before.outer?.[key], hop.after.outer?.[key]),
  );
  return [...outer, ...inner];
}

/** The changes in words: `source 172.16.0.130 → 192.168.0.10; TTL 64 → 63`. */
export function headerChangeText(rows: readonly HeaderRow[]): string {
  const changed = rows.filter((r) => r.changed);
  if (changed.length === 0) return 'No header changes at this hop.';
  return changed.map((r) => `${r.field} ${r.before} → ${r.after}`).join('; ');
}

/**
 * The line a Service hop matched, shown in the hop list: kube-proxy's DNAT rule, the conntrack
 * entry a node reverses it by, or the filter rule that REJECTs a Service without endpoints.
 */
export function serviceRuleOf(hop: Hop): string | undefined {
  const table = hop.evidence?.table;
  const atNode = parsePlace(hop.at)?.kind === 'node';
  const service =
    hop.action === 'dnat' ||
    (hop.action === 'un-nat' && atNode && table === 'conntrack') ||
    (hop.action === 'drop' && table === 'filter');
  return service ? hop.matched : undefined;
}
