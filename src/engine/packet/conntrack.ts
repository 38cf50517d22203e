/**
 * Connection tracking for one trace: every place that tracks connections (a node's netfilter,
 * the NAT gateway) remembers the flows it has seen and the source NAT it applied, so that the
 * answer is recognised and un-NATed at the same place.
 * NOTE: netfilter consults the nat table only for the first packet of a connection; later
 * packets and replies reuse the binding stored in conntrack (netfilter nf_nat_core.c), which is
 * why a reply never meets the POSTROUTING rules again.
 */
import { ipText } from './text-cache.ts';

/** One tracked flow at one place. */
export interface ConntrackEntry {
  readonly place: string;
  readonly src: number;
  readonly dst: number;
  /** The source after SNAT (the reply comes back to it), once a NAT decision is taken. */
  natSrc?: number;
  /** Whether the nat table has been consulted for this flow. */
  natDecided: boolean;
  /** The destination after DNAT (kube-proxy's KUBE-SEP rule): the reply comes from it. */
  dnatDst?: number;
}

/** What conntrack knows about a packet at a place. */
export interface ConntrackHit {
  readonly entry: ConntrackEntry;
  readonly direction: 'original' | 'reply';
}

/** One tuple of a table and its hit; `next` is the tuple added before it. */
interface Tuple {
  readonly place: string;
  readonly src: number;
  readonly dst: number;
  hit: ConntrackHit;
  next: Tuple | undefined;
}

/**
 * Tuples (place, src, dst) → hit (an entry and the direction it is seen in), with a Map's
 * semantics (setting a tuple again replaces its hit) in a short list: a trace tracks a handful of
 * flows, and a scan of them costs less than building a string key for every look-up.
 */
class TupleTable {
  #head: Tuple | undefined = undefined;

  #find(place: string, src: number, dst: number): Tuple | undefined {
    for (let t = this.#head; t !== undefined; t = t.next) {
      if (t.src === src && t.dst === dst && t.place === place) return t;
    }
    return undefined;
  }

  get(place: string, src: number, dst: number): ConntrackHit | undefined {
    return this.#find(place, src, dst)?.hit;
  }

  set(place: string, src: number, dst: number, hit: ConntrackHit): void {
    const found = this.#find(place, src, dst);
    if (found) found.hit = hit;
    else this.#head = { place, src, dst, hit, next: this.#head };
  }

  delete(place: string, src: number, dst: number): void {
    let before: Tuple | undefined;
    for (let t = this.#head; t !== undefined; before = t, t = t.next) {
      if (t.src === src && t.dst === dst && t.place === place) {
        if (before) before.next = t.next;
        else this.#head = t.next;
        return;
      }
    }
  }
}

/** The connection tables of every place a trace passes (request and reply share one). */
export class Conntrack {
  readonly #original = new TupleTable();
  readonly #reply = new TupleTable();

  /** The flow a packet belongs to at a place, in either direction. */
  lookup(place: string, src: number, dst: number): ConntrackHit | undefined {
    return this.#original.get(place, src, dst) ?? this.#reply.get(place, src, dst);
  }

  /** The packet's flow, created (NEW, no NAT yet) when the place has not seen it. */
  track(place: string, src: number, dst: number): ConntrackHit {
    const hit = this.lookup(place, src, dst);
    if (hit) return hit;
    const entry: ConntrackEntry = {
      place,
      src,
      dst,
      natSrc: undefined,
      natDecided: false,
      dnatDst: undefined,
    };
    // One hit object per direction serves every look-up of the flow.
    const original: ConntrackHit = { entry, direction: 'original' };
    this.#original.set(place, src, dst, original);
    this.#reply.set(place, dst, src, { entry, direction: 'reply' });
    return original;
  }

  /** Records the nat verdict; with a new source, the reply is expected at that address. */
  decide(entry: ConntrackEntry, natSrc?: number): void {
    entry.natDecided = true;
    if (natSrc === undefined || natSrc === entry.src) return;
    const from = entry.dnatDst ?? entry.dst;
    this.#reply.delete(entry.place, from, entry.src);
    entry.natSrc = natSrc;
    this.#reply.set(entry.place, from, natSrc, { entry, direction: 'reply' });
  }

  /**
   * Records a DNAT: the packet now goes to `dst`, so the reply is expected from it, and the
   * packet as rewritten still belongs to this flow at this place.
   */
  dnat(entry: ConntrackEntry, dst: number): void {
    this.#reply.delete(entry.place, entry.dst, entry.natSrc ?? entry.src);
    entry.dnatDst = dst;
    this.#reply.set(entry.place, dst, entry.natSrc ?? entry.src, { entry, direction: 'reply' });
    this.#original.set(entry.place, entry.src, dst, { entry, direction: 'original' });
  }
}

/**
 * The entry as `conntrack -L` prints its two tuples (original, then the expected reply),
 * without the protocol and port fields the model does not carry.
 */
export function formatConntrack(entry: ConntrackEntry): string {
  const replyDst = entry.natSrc ?? entry.src;
  const replySrc = entry.dnatDst ?? entry.dst;
  return `src=${ipText(entry.src)} dst=${ipText(entry.dst)} src=${ipText(replySrc)} dst=${ipText(replyDst)}`;
}
