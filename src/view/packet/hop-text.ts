/**
 * Words for a hop, from the engine's record of it: where it is, what it did, and how its headers
 * changed. Nothing here decides anything about the network; it only names what the engine said.
 */
import {
  format,
  type Hop,
  type HopAction,
  NAT_GATEWAY,
  type OuterView,
  type PacketView,
  parsePlace,
  VPC_ROUTER,
} from '../../engine/index.ts';
import { packet as english } from '../../i18n/en/packet.ts';

/** The packet panel's words in the page's language (the English part by default). */
export type PacketWords = typeof english;

/** What a hop did, in words (`route`, `bridge (L2)`). */
export function actionLabel(action: HopAction, m: PacketWords = english): string {
  return m[action];
}

/** The place's name without its kind: `node:node-a` → `node-a`, `vpc-router` → `VPC router`. */
export function placeName(at: string, m: PacketWords = english): string {
  const place = parsePlace(at);
  if (place?.kind === VPC_ROUTER) return m.vpcRouter;
  if (place?.kind === NAT_GATEWAY) return m.natGateway;
  return place?.name || at;
}

/** The devices a hop passes, as `in → out`, or the one it names. */
export function devicesOf(hop: Hop): string {
  const { deviceIn, deviceOut, device } = hop;
  if (deviceIn && deviceOut && deviceIn !== deviceOut) return `${deviceIn} → ${deviceOut}`;
  return deviceOut ?? deviceIn ?? device ?? '';
}

/** `node-a · vethdb5f0a12 → cni0`. */
export function placeText(hop: Hop, m: PacketWords = english): string {
  const devices = devicesOf(hop);
  return devices ? `${placeName(hop.at, m)} · ${devices}` : placeName(hop.at, m);
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

type Word = keyof PacketWords;

const FIELDS: readonly { key: keyof PacketView; field: Word; label: Word }[] = [
  { key: 'src', field: 'fieldSrc', label: 'labelSrc' },
  { key: 'dst', field: 'fieldDst', label: 'labelDst' },
  { key: 'ttl', field: 'fieldTtl', label: 'labelTtl' },
  { key: 'srcMac', field: 'fieldSrcMac', label: 'labelSrcMac' },
  { key: 'dstMac', field: 'fieldDstMac', label: 'labelDstMac' },
];

const NONE = '—';

/** The outer headers of a VXLAN packet, in the order they are on the wire. */
const OUTER_FIELDS: readonly { key: keyof OuterView; field: Word; label: Word }[] = [
  { key: 'srcMac', field: 'fieldOuterSrcMac', label: 'labelOuterSrcMac' },
  { key: 'dstMac', field: 'fieldOuterDstMac', label: 'labelOuterDstMac' },
  { key: 'src', field: 'fieldOuterSrc', label: 'labelOuterSrc' },
  { key: 'dst', field: 'fieldOuterDst', label: 'labelOuterDst' },
  { key: 'dport', field: 'fieldOuterPort', label: 'labelOuterPort' },
  { key: 'vni', field: 'fieldVni', label: 'labelVni' },
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
export function headerRows(hop: Hop, m: PacketWords = english): HeaderRow[] {
  const tunnel = hop.before.outer !== undefined || hop.after.outer !== undefined;
  const inner = FIELDS.map(({ key, field, label }) => {
    const name = m[label];
    return row(
      tunnel ? format(m.innerField, { field: m[field] }) : m[field],
      tunnel
        ? format(m.innerLabel, {
            label: /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name,
          })
        : name,
      hop.before[key],
      hop.after[key],
    );
  });
  if (!tunnel) return inner;
  const outer = OUTER_FIELDS.map(({ key, field, label }) =>
    row(m[field], m[label], hop.before.outer?.[key], hop.after.outer?.[key]),
  );
  return [...outer, ...inner];
}

/** The changes in words: `source 172.16.0.130 → 192.168.0.10; TTL 64 → 63`. */
export function headerChangeText(rows: readonly HeaderRow[], m: PacketWords = english): string {
  const changed = rows.filter((r) => r.changed);
  if (changed.length === 0) return m.noHeaderChanges;
  return changed.map((r) => `${r.field} ${r.before} → ${r.after}`).join(m.changesJoin);
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
