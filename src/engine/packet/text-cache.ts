/**
 * Memoised text for the hot path. A trace prints the same few addresses and table lines dozens
 * of times; remembering their text keeps a trace in the microseconds. The caches are invisible
 * from outside: the same input always gives the same text.
 */
import { formatIp } from '../net/ipv4.ts';
import type { OwnerPlace } from '../places.ts';
import type { Evidence, EvidenceTable } from './types.ts';

const ipTexts = new Map<number, string>();
const IP_CACHE_SIZE = 4096;

/** `formatIp`, memoised (bounded). */
export function ipText(ip: number): string {
  let text = ipTexts.get(ip);
  if (text === undefined) {
    if (ipTexts.size >= IP_CACHE_SIZE) ipTexts.clear();
    text = formatIp(ip);
    ipTexts.set(ip, text);
  }
  return text;
}

/** A conntrack entry as evidence: no artifact prints the table, so its key is the line. */
export function conntrackEvidence(owner: OwnerPlace, line: string): Evidence {
  return { table: 'conntrack', owner, line, row: line };
}

const evidences = new Map<EvidenceTable, WeakMap<object, Evidence>>();

/**
 * The evidence of a table row — `format(row)` with its table, owner and row key (`key(row)`, by
 * default the line itself) — memoised per row.
 * Rows (routes, FDB entries, nat rules, VPC entries, a pod for its local address) are immutable
 * and belong to one owner, so one object per row serves every trace.
 */
export function evidenceOf<T extends object>(
  row: T,
  table: EvidenceTable,
  owner: OwnerPlace,
  format: (row: T) => string,
  key?: (row: T) => string,
): Evidence {
  let cache = evidences.get(table);
  if (!cache) {
    cache = new WeakMap();
    evidences.set(table, cache);
  }
  let evidence = cache.get(row);
  if (evidence === undefined) {
    const line = format(row);
    evidence = { table, owner, line, row: key ? key(row) : line };
    cache.set(row, evidence);
  }
  return evidence;
}
