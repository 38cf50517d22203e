/** Address helpers for imported text: lenient parsing, covering blocks. */
import { type Cidr, contains, maskOf, overlaps, parseCidr, parseIp } from '../net/ipv4.ts';

/** A CIDR in network form, or undefined (host bits set, or not a CIDR). */
export function networkCidr(text: string | undefined): Cidr | undefined {
  const parsed = text === undefined ? undefined : parseCidr(text);
  return parsed && !parsed.hostBits ? parsed.cidr : undefined;
}

export function ipOf(text: string | undefined): number | undefined {
  return text === undefined ? undefined : parseIp(text);
}

/** The smallest block that holds every address of `blocks`. */
export function covering(blocks: readonly Cidr[]): Cidr | undefined {
  if (blocks.length === 0) return undefined;
  let prefix = Math.min(...blocks.map((b) => b.prefix));
  const first = blocks[0] as Cidr;
  while (prefix > 0) {
    const network = (first.network & maskOf(prefix)) >>> 0;
    const block = { network, prefix };
    if (blocks.every((b) => contains(block, b.network) && b.prefix >= prefix)) return block;
    prefix--;
  }
  return { network: 0, prefix: 0 };
}

/** `block` widened towards `/floor` as long as it stays clear of every block in `avoid`. */
export function widen(block: Cidr, floor: number, avoid: readonly Cidr[]): Cidr {
  let best = block;
  for (let prefix = block.prefix - 1; prefix >= floor; prefix--) {
    const wider = { network: (block.network & maskOf(prefix)) >>> 0, prefix };
    if (avoid.some((a) => overlaps(a, wider))) break;
    best = wider;
  }
  return best;
}
