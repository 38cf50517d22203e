/**
 * A routing table compiled once for look-ups: its rows as they are, the masks and networks of
 * their destinations as integers, a per-prefix-length map when the table is long, and each row's
 * evidence made the first time it is asked for. The row a look-up returns is the one a scan of
 * the table picks: the longest prefix holding the address, the first of equal length.
 */
import { type Cidr, maskOf } from '../net/ipv4.ts';
import type { OwnerPlace } from '../places.ts';
import type { Evidence, EvidenceTable } from './types.ts';

/** Beyond this many rows a look-up probes one map per prefix length instead of scanning. */
const SCAN_LIMIT = 16;

export class CompiledTable<R extends { readonly dst: Cidr }> {
  readonly #networks: Uint32Array;
  readonly #masks: Uint32Array;
  readonly #prefixes: Uint8Array;
  /** Whether a row takes part in longest-prefix look-ups (a local table's `local` rows only). */
  readonly #matchable: Uint8Array;
  readonly #byLength: readonly { readonly mask: number; readonly map: Map<number, number> }[] | undefined;
  readonly #evidence: (Evidence | undefined)[];

  constructor(
    readonly rows: readonly R[],
    readonly table: EvidenceTable,
    readonly owner: OwnerPlace,
    readonly format: (row: R) => string,
    readonly key: ((row: R) => string) | undefined,
    matchable?: (row: R) => boolean,
  ) {
    const n = rows.length;
    this.#networks = new Uint32Array(n);
    this.#masks = new Uint32Array(n);
    this.#prefixes = new Uint8Array(n);
    this.#matchable = new Uint8Array(n);
    this.#evidence = new Array(n).fill(undefined);
    for (let i = 0; i < n; i++) {
      const row = rows[i] as R;
      this.#networks[i] = row.dst.network;
      this.#masks[i] = maskOf(row.dst.prefix);
      this.#prefixes[i] = row.dst.prefix;
      this.#matchable[i] = !matchable || matchable(row) ? 1 : 0;
    }
    this.#byLength = n > SCAN_LIMIT ? this.#indexByLength() : undefined;
  }

  #indexByLength() {
    const maps = new Map<number, Map<number, number>>();
    for (let i = 0; i < this.rows.length; i++) {
      if (!this.#matchable[i]) continue;
      const prefix = this.#prefixes[i] as number;
      let map = maps.get(prefix);
      if (!map) {
        map = new Map();
        maps.set(prefix, map);
      }
      const network = this.#networks[i] as number;
      if (!map.has(network)) map.set(network, i);
    }
    return [...maps.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([prefix, map]) => ({ mask: maskOf(prefix), map }));
  }

  /** The position of the row that routes `ip` (longest prefix, first of equal length), or −1. */
  find(ip: number): number {
    const byLength = this.#byLength;
    if (byLength) {
      for (let k = 0; k < byLength.length; k++) {
        const { mask, map } = byLength[k] as (typeof byLength)[number];
        const i = map.get((ip & mask) >>> 0);
        if (i !== undefined) return i;
      }
      return -1;
    }
    let best = -1;
    let bestPrefix = -1;
    const networks = this.#networks;
    const masks = this.#masks;
    const prefixes = this.#prefixes;
    const matchable = this.#matchable;
    for (let i = 0; i < networks.length; i++) {
      if (
        matchable[i] &&
        (ip & (masks[i] as number)) >>> 0 === networks[i] &&
        (prefixes[i] as number) > bestPrefix
      ) {
        best = i;
        bestPrefix = prefixes[i] as number;
      }
    }
    return best;
  }

  /** The row that routes `ip`, or undefined. */
  lookup(ip: number): R | undefined {
    const i = this.find(ip);
    return i < 0 ? undefined : this.rows[i];
  }

  /** The first row for exactly this /32 among those not taking part in look-ups (a broadcast route). */
  findHost(ip: number): number {
    const networks = this.#networks;
    for (let i = 0; i < networks.length; i++) {
      if (!this.#matchable[i] && networks[i] === ip && this.#prefixes[i] === 32) return i;
    }
    return -1;
  }

  /** The evidence of the row at `i`: its line, its table and owner, its row key. */
  evidenceAt(i: number): Evidence {
    let evidence = this.#evidence[i];
    if (evidence === undefined) {
      const row = this.rows[i] as R;
      const line = this.format(row);
      evidence = { table: this.table, owner: this.owner, line, row: this.key ? this.key(row) : line };
      this.#evidence[i] = evidence;
    }
    return evidence;
  }

  /** The evidence of a row of this table. */
  evidenceOf(row: R): Evidence {
    const i = this.rows.indexOf(row);
    if (i < 0) throw new Error('evidenceOf: the row is not in this table');
    return this.evidenceAt(i);
  }
}
