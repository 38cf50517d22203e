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
import { type Cidr, contains, sizeOf } from '../net/ipv4.ts';
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
 * The addresses a pod may have for the template's rows, with its address in place of `from`, to
 * be the table the pod would get: an interval around `from`, or none. Within it the rows sort the
 * same (no other row's network lies between the two addresses) and no row other than the
 * address's own `/32` holds one address and not the other. Worked out once per template, so a
 * pod's fit is two comparisons.
 */
export interface TemplateRange {
  readonly lo: number;
  readonly hi: number;
}

const NO_RANGE: TemplateRange = { lo: 1, hi: 0 };

export function templateRange<R extends Row>(rows: readonly R[], from: number): TemplateRange {
  let own = 0;
  let lo = 0;
  let hi = 0xffffffff;
  for (const row of rows) {
    const { network, prefix } = row.dst;
    if (network === from && prefix === 32) {
      // The address's own row: one, and a `local` route where the table has types.
      if (++own > 1 || ('type' in row && row.type !== 'local')) return NO_RANGE;
      continue;
    }
    if (network === from) return NO_RANGE;
    // The row's network stays on the same side of the address, and the address stays in or out.
    if (network < from) lo = Math.max(lo, network + 1);
    else hi = Math.min(hi, network - 1);
    const last = network + sizeOf(prefix) - 1;
    if (contains(row.dst, from)) {
      lo = Math.max(lo, network);
      hi = Math.min(hi, last);
    } else if (last < from) lo = Math.max(lo, last + 1);
    else hi = Math.min(hi, network - 1);
  }
  return { lo, hi };
}

/** A pod's table: its node's template with the pod's address in place of the template pod's. */
export class TemplatedTable<R extends Row> implements RowTable<R> {
  #rows: readonly R[] | undefined = undefined;
  /**
   * The evidence last made for a row that holds the pod's address (the other rows' lines are the
   * template's), and its position: a plane is made for a station or two, which read one such row.
   */
  #evidence: Evidence | undefined = undefined;
  #evidenceAt = -1;
  /** The position of the template pod's own `/32` (its `local` route), or −1. */
  readonly #own: number;

  constructor(
    readonly template: CompiledTable<R>,
    readonly from: number,
    readonly to: number,
    readonly owner: OwnerPlace,
    own: number,
  ) {
    this.#own = own;
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

  /** The row at `i`, made alone (a look-up reads one row, not the table). */
  rowAt(i: number): R {
    if (this.#rows) return this.#rows[i] as R;
    return substitute(this.template.rows[i] as R, this.from, this.to);
  }

  evidenceAt(i: number): Evidence {
    const { template } = this;
    const row = this.rowAt(i);
    if (row === template.rows[i]) {
      // A row without the pod's address: the template's line and key, this pod as owner.
      const shared = template.evidenceAt(i);
      return { table: shared.table, owner: this.owner, line: shared.line, row: shared.row };
    }
    if (this.#evidenceAt === i && this.#evidence) return this.#evidence;
    const line = template.format(row);
    const evidence: Evidence = {
      table: template.table,
      owner: this.owner,
      line,
      row: template.key ? template.key(row) : line,
    };
    this.#evidenceAt = i;
    this.#evidence = evidence;
    return evidence;
  }

  evidenceOf(row: R): Evidence {
    let i = this.#rows ? this.#rows.indexOf(row) : -1;
    if (i < 0) i = this.rows.indexOf(row);
    if (i < 0) throw new Error('evidenceOf: the row is not in this table');
    return this.evidenceAt(i);
  }
}

/** The position of the address's own `/32` in a template's rows, or −1. */
export function ownRow<R extends Row>(rows: readonly R[], from: number): number {
  return rows.findIndex((r) => r.dst.network === from && r.dst.prefix === 32);
}
