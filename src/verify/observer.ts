/**
 * The observer every namespace of a replica carries: an nftables prerouting chain (before
 * conntrack, so before any un-NAT) that records each ICMP echo it sees as
 * `source . destination . IP length . TTL` in a set. Each pair is pinged with its own size, so
 * the length tells the pairs apart and one read per namespace serves them all.
 */
import type { Command } from './command.ts';
import { OBSERVER } from './replica.ts';

const KEY = 'ip saddr . ip daddr . ip length . ip ttl';

/** The nft ruleset of the observer. */
// NOTE: nft 1.0.6 (Debian 12) aborts when listing a concatenation that holds `icmp type`
// (mergesort.c assertion), so the echo type filters the rule instead of joining the key.
export function observerRuleset(): string {
  return [
    `table ip ${OBSERVER.table} {`,
    `  set ${OBSERVER.set} { typeof ${KEY}; flags dynamic; size 65535; }`,
    '  chain prerouting {',
    '    type filter hook prerouting priority -300; policy accept;',
    `    icmp type { echo-request, echo-reply } add @${OBSERVER.set} { ${KEY} }`,
    '  }',
    '}',
  ].join('\n');
}

/** The command that installs the observer in a namespace. */
export function installObserver(ns: string): Command {
  return { ns, argv: ['nft', '-f', '-'], input: observerRuleset() };
}

/** The command that lists what the observer saw, as JSON. */
export function readObserver(ns: string): Command {
  return { ns, argv: ['nft', '-j', 'list', 'set', 'ip', OBSERVER.table, OBSERVER.set] };
}

/** One packet the observer saw arrive. */
export interface Seen {
  readonly src: string;
  readonly dst: string;
  readonly length: number;
  readonly ttl: number;
}

/** Parses `nft -j list set` output; an unreadable answer gives no packets. */
export function parseObserved(json: string): Seen[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  const items = (parsed as { nftables?: unknown[] })?.nftables ?? [];
  const seen: Seen[] = [];
  for (const item of items) {
    const elems = (item as { set?: { elem?: unknown[] } }).set?.elem ?? [];
    for (const elem of elems) {
      // An element is {"concat": [...]} or, with a timeout or counter, {"elem": {"val": {"concat": [...]}}}.
      const wrapped = elem as { concat?: unknown[]; elem?: { val?: { concat?: unknown[] } } };
      const parts = wrapped.concat ?? wrapped.elem?.val?.concat;
      if (parts?.length !== 4) continue;
      const [src, dst, length, ttl] = parts;
      if (
        typeof src === 'string' &&
        typeof dst === 'string' &&
        typeof length === 'number' &&
        typeof ttl === 'number'
      )
        seen.push({ src, dst, length, ttl });
    }
  }
  return seen;
}

/** The IP length of the echo of the pair numbered `pair`, and the `ping -s` size that makes it. */
export function echoSize(pair: number): { payload: number; length: number } {
  // 20 bytes of IP header and 8 of ICMP header around the payload.
  const payload = 64 + pair;
  return { payload, length: payload + 28 };
}
