/**
 * Longest-prefix match over the VPC route table, indexed: one Map per prefix length, probed
 * from the longest length down. A 5,000-entry table costs a handful of Map look-ups per packet,
 * and the entry returned is the same one a linear scan would pick.
 */
import { maskOf } from '../net/ipv4.ts';
import type { VpcRouteEntry } from '../world/types.ts';

/** The route table indexed by prefix length. */
export interface VpcRouteIndex {
  readonly entries: readonly VpcRouteEntry[];
  /** Prefix lengths present, longest first, with the entries of that length by network. */
  readonly byLength: readonly {
    readonly prefix: number;
    readonly mask: number;
    readonly map: Map<number, VpcRouteEntry>;
  }[];
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
  return { entries, byLength };
}

/** The most specific entry whose destination holds `ip`, or undefined. */
export function lookupVpcRoute(index: VpcRouteIndex, ip: number): VpcRouteEntry | undefined {
  for (const { mask, map } of index.byLength) {
    const entry = map.get((ip & mask) >>> 0);
    if (entry) return entry;
  }
  return undefined;
}
