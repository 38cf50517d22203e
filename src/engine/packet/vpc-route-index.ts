/**
 * Longest-prefix match over the VPC route table, indexed: one Map per prefix length, probed
 * from the longest length down. A 5,000-entry table costs a handful of Map look-ups per packet,
 * and the entry returned is the same one a linear scan would pick.
 */
import { maskOf } from '../net/ipv4.ts';
import { VPC } from '../places.ts';
import { formatVpcRoute } from '../tables/vpc-routes.ts';
import type { VpcRouteEntry } from '../world/types.ts';
import type { Evidence } from './types.ts';

/** The route table indexed by prefix length. */
export interface VpcRouteIndex {
  readonly entries: readonly VpcRouteEntry[];
  /** Prefix lengths present, longest first, with the entries of that length by network. */
  readonly byLength: readonly {
    readonly prefix: number;
    readonly mask: number;
    readonly map: Map<number, VpcRouteEntry>;
  }[];
  /** Each entry's evidence, made the first time it decides a hop. */
  readonly evidence: Map<VpcRouteEntry, Evidence>;
}

/** Indexes a route table; of two entries for the same network, the first one in table order wins. */
export function createVpcRouteIndex(entries: readonly VpcRouteEntry[]): VpcRouteIndex {
  const maps = new Map<number, Map<number, VpcRouteEntry>>();
  for (const entry of entries) {
    let map = maps.get(entry.cidr.prefix);
    if (!map) {
      map = new Map();
      maps.set(entry.cidr.prefix, map);
    }
    if (!map.has(entry.cidr.network)) map.set(entry.cidr.network, entry);
  }
  const byLength = [...maps.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([prefix, map]) => ({ prefix, mask: maskOf(prefix), map }));
  return { entries, byLength, evidence: new Map() };
}

/** The evidence of an entry: its line as the route-table artifact prints it, keyed by its destination. */
export function vpcRouteEvidence(index: VpcRouteIndex, entry: VpcRouteEntry): Evidence {
  let evidence = index.evidence.get(entry);
  if (evidence === undefined) {
    const line = formatVpcRoute(entry);
    evidence = { table: 'vpc-route-table', owner: VPC, line, row: entry.destination };
    index.evidence.set(entry, evidence);
  }
  return evidence;
}

/** The most specific entry whose destination holds `ip`, or undefined. */
export function lookupVpcRoute(index: VpcRouteIndex, ip: number): VpcRouteEntry | undefined {
  for (const { mask, map } of index.byLength) {
    const entry = map.get((ip & mask) >>> 0);
    if (entry) return entry;
  }
  return undefined;
}
