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
}

/** What conntrack knows about a packet at a place. */
export interface ConntrackHit {
  readonly entry: ConntrackEntry;
  readonly direction: 'original' | 'reply';
}

const key = (place: string, src: number, dst: number) => `${place}|${src}|${dst}`;

/** The connection tables of every place a trace passes (request and reply share one). */
export class Conntrack {
  readonly #original = new Map<string, ConntrackEntry>();
  readonly #reply = new Map<string, ConntrackEntry>();

  /** The flow a packet belongs to at a place, in either direction. */
  lookup(place: string, src: number, dst: number): ConntrackHit | undefined {
    const original = this.#original.get(key(place, src, dst));
    if (original) return { entry: original, direction: 'original' };
    const reply = this.#reply.get(key(place, src, dst));
    return reply ? { entry: reply, direction: 'reply' } : undefined;
  }

  /** The packet's flow, created (NEW, no NAT yet) when the place has not seen it. */
  track(place: string, src: number, dst: number): ConntrackHit {
    const hit = this.lookup(place, src, dst);
    if (hit) return hit;
    const entry: ConntrackEntry = { place, src, dst, natDecided: false };
    this.#original.set(key(place, src, dst), entry);
    this.#reply.set(key(place, dst, src), entry);
    return { entry, direction: 'original' };
  }

  /** Records the nat verdict; with a new source, the reply is expected at that address. */
  decide(entry: ConntrackEntry, natSrc?: number): void {
    entry.natDecided = true;
    if (natSrc === undefined || natSrc === entry.src) return;
    this.#reply.delete(key(entry.place, entry.dst, entry.src));
    entry.natSrc = natSrc;
    this.#reply.set(key(entry.place, entry.dst, natSrc), entry);
  }
}

/**
 * The entry as `conntrack -L` prints its two tuples (original, then the expected reply),
 * without the protocol and port fields the model does not carry.
 */
export function formatConntrack(entry: ConntrackEntry): string {
  const replyDst = entry.natSrc ?? entry.src;
  return `src=${ipText(entry.src)} dst=${ipText(entry.dst)} src=${ipText(entry.dst)} dst=${ipText(replyDst)}`;
}
