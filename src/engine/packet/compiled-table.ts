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

export class CompiledTable<R extends { readonly dst: Cidr }> implements RowTable<R> {
  /** Whether a row takes part in longest-prefix look-ups (a local table's `local` rows only). */
  readonly #matchable: ((row: R) => boolean) | undefined;
  /** Per row, as plain numbers: its network, mask and prefix length; −1 for a row look-ups skip. */
  readonly #networks: number[] = [];
  readonly #masks: number[] = [];
  readonly #prefixes: number[] = [];
  /**
   * For a short table, the rows look-ups see, longest prefix first (table order among equal
   * lengths): the first that holds an address is the one a scan picks. Per row, its network, mask
   * and position, side by side in one array (one block of memory to read).
   */
  readonly #ordered: number[] = [];
  /** For a long table: the rows by network, one map per prefix length, longest first. */
  readonly #byLength: readonly { readonly mask: number; readonly map: Map<number, number> }[] | undefined;
  #evidence: (Evidence | undefined)[] | undefined = undefined;

  constructor(
    readonly rows: readonly R[],
    readonly table: EvidenceTable,
    readonly owner: OwnerPlace,
    readonly format: (row: R) => string,
    readonly key: ((row: R) => string) | undefined,
    matchable?: (row: R) => boolean,
  ) {
    this.#matchable = matchable;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as R;
      this.#networks.push(row.dst.network);
      this.#masks.push(maskOf(row.dst.prefix));
      this.#prefixes.push(!matchable || matchable(row) ? row.dst.prefix : -1);
    }
    this.#byLength = rows.length > SCAN_LIMIT ? this.#indexByLength() : undefined;
    const order: number[] = [];
    if (!this.#byLength) {
      for (let i = 0; i < rows.length; i++) if ((this.#prefixes[i] as number) >= 0) order.push(i);
      // Array.prototype.sort is stable: rows of equal length keep their table order.
      order.sort((a, b) => (this.#prefixes[b] as number) - (this.#prefixes[a] as number));
    }
    for (const i of order) this.#ordered.push(this.#networks[i] as number, this.#masks[i] as number, i);
  }

  #indexByLength() {
    const maps = new Map<number, Map<number, number>>();
    const rows = this.rows;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as R;
      if (this.#matchable && !this.#matchable(row)) continue;
      let map = maps.get(row.dst.prefix);
      if (!map) {
        map = new Map();
        maps.set(row.dst.prefix, map);
      }
      if (!map.has(row.dst.network)) map.set(row.dst.network, i);
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
    const ordered = this.#ordered;
    for (let k = 0; k < ordered.length; k += 3) {
      if ((ip & (ordered[k + 1] as number)) >>> 0 === ordered[k]) return ordered[k + 2] as number;
    }
    return -1;
  }

  /** The position of the row that routes `ip` when the row at `except` is left out, or −1. */
  findExcept(ip: number, except: number): number {
    let best = -1;
    let bestPrefix = -1;
    const rows = this.rows;
    const matchable = this.#matchable;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as R;
      const { prefix, network } = row.dst;
      if (
        i !== except &&
        prefix > bestPrefix &&
        (ip & maskOf(prefix)) >>> 0 === network &&
        (!matchable || matchable(row))
      ) {
        best = i;
        bestPrefix = prefix;
      }
    }
    return best;
  }

  /** The row that routes `ip`, or undefined. */
  lookup(ip: number): R | undefined {
    const i = this.find(ip);
    return i < 0 ? undefined : this.rows[i];
  }

  /** The row at `i`. */
  rowAt(i: number): R {
    return this.rows[i] as R;
  }

  /** The first row for exactly this /32 among those not taking part in look-ups (a broadcast route). */
  findHost(ip: number): number {
    const networks = this.#networks;
    for (let i = 0; i < networks.length; i++) {
      if (networks[i] === ip && this.#prefixes[i] === -1 && (this.#masks[i] as number) === 0xffffffff)
        return i;
    }
    return -1;
  }

  /** The evidence of the row at `i`: its line, its table and owner, its row key. */
  evidenceAt(i: number): Evidence {
    this.#evidence ??= new Array(this.rows.length).fill(undefined);
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

/** What a station asks of a table, compiled or made from a template. */
export interface RowTable<R> {
  readonly rows: readonly R[];
  find(ip: number): number;
  lookup(ip: number): R | undefined;
  rowAt(i: number): R;
  findHost(ip: number): number;
  evidenceAt(i: number): Evidence;
  evidenceOf(row: R): Evidence;
}
