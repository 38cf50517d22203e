/**
 * A pod's tables made from its node's template. Every pod with an address on a node gets the
 * same routing table and local table from the bridge plugin but for its own address: the
 * connected route's `src`, the `local` route of its address. So a node's first pod's tables are
 * compiled, and another pod's tables are those, its address in place of the first pod's: a
 * look-up reads the template's compiled rows (the answer does not depend on which pod it is,
 * but for the pod's own address), and a row is made, with its evidence, only when read. A
 * property test holds them equal to `podRoutes` / `podLocalRoutes` for every pod of the presets
 * and of random scenarios.
 */
import { type Cidr, contains } from '../net/ipv4.ts';
import type { OwnerPlace } from '../places.ts';
import type { LocalRoute, Route } from '../tables/index.ts';
import type { CompiledTable, RowTable } from './compiled-table.ts';
import type { Evidence } from './types.ts';

type Row = Route | LocalRoute;

/** The row with `from` replaced by `to` wherever it holds the address (the same row when it does not). */
function substitute<R extends Row>(row: R, from: number, to: number): R {
  const dst = row.dst.network === from ? { network: to, prefix: row.dst.prefix } : row.dst;
  if ('type' in row) {
    if (dst === row.dst && row.src !== from) return row;
    return { type: row.type, dst, dev: row.dev, src: row.src === from ? to : row.src } as R;
  }
  if (dst === row.dst && row.src !== from && row.via !== from) return row;
  const made: { dst: Cidr; via?: number; dev: string; src?: number; onlink?: boolean } = {
    dst,
    dev: row.dev,
  };
  if (row.via !== undefined) made.via = row.via === from ? to : row.via;
  made.dev = row.dev;
  if (row.src !== undefined) made.src = row.src === from ? to : row.src;
  if (row.onlink !== undefined) made.onlink = row.onlink;
  return made as R;
}

/**
 * Whether the template's rows, with `to` in place of `from`, are the table the pod would get: the
 * rows sort the same (no other row's network lies between the two addresses) and no row other
 * than the address's own `/32` holds either address.
 */
export function templateFits<R extends Row>(template: CompiledTable<R>, from: number, to: number): boolean {
  let own = 0;
  for (const row of template.rows) {
    const { network, prefix } = row.dst;
    if (network === from && prefix === 32) {
      // The address's own row: one, and a `local` route where the table has types.
      if (++own > 1 || ('type' in row && row.type !== 'local')) return false;
      continue;
    }
    if (network === to || network === from) return false;
    if (network < from !== network < to) return false;
    if (contains(row.dst, from) !== contains(row.dst, to)) return false;
  }
  return true;
}

/** A pod's table: its node's template with the pod's address in place of the template pod's. */
export class TemplatedTable<R extends Row> implements RowTable<R> {
  #rows: readonly R[] | undefined = undefined;
  #evidence: (Evidence | undefined)[] | undefined = undefined;
  /** The position of the template pod's own `/32` (its `local` route), or −1. */
  readonly #own: number;

  constructor(
    readonly template: CompiledTable<R>,
    readonly from: number,
    readonly to: number,
    readonly owner: OwnerPlace,
  ) {
    this.#own = template.rows.findIndex((r) => r.dst.network === from && r.dst.prefix === 32);
  }

  get rows(): readonly R[] {
    this.#rows ??= this.template.rows.map((row) => substitute(row, this.from, this.to));
    return this.#rows;
  }

  find(ip: number): number {
    const own = this.#own;
    if (own >= 0) {
      if (ip === this.to) return this.template.find(this.from);
      if (ip === this.from) return this.template.findExcept(ip, own);
    }
    return this.template.find(ip);
  }

  lookup(ip: number): R | undefined {
    const i = this.find(ip);
    return i < 0 ? undefined : this.rowAt(i);
  }

  findHost(ip: number): number {
    return ip === this.from || ip === this.to ? -1 : this.template.findHost(ip);
  }

  rowAt(i: number): R {
    return this.rows[i] as R;
  }

  evidenceAt(i: number): Evidence {
    this.#evidence ??= new Array(this.template.rows.length).fill(undefined);
    let evidence = this.#evidence[i];
    if (evidence === undefined) {
      const { template } = this;
      const row = this.rowAt(i);
      const line = template.format(row);
      evidence = {
        table: template.table,
        owner: this.owner,
        line,
        row: template.key ? template.key(row) : line,
      };
      this.#evidence[i] = evidence;
    }
    return evidence;
  }

  evidenceOf(row: R): Evidence {
    let i = this.#rows ? this.#rows.indexOf(row) : -1;
    if (i < 0) i = this.rows.indexOf(row);
    if (i < 0) throw new Error('evidenceOf: the row is not in this table');
    return this.evidenceAt(i);
  }
}
