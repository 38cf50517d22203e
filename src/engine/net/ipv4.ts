/**
 * IPv4 arithmetic on unsigned 32-bit numbers. The hot paths of the engine (allocation, routing
 * lookups) work on numbers; ip-num is used where user input is parsed and validated.
 */

/** A network in numeric form: `network` is the address with host bits cleared. */
export interface Cidr {
  readonly network: number;
  readonly prefix: number;
}

/** Parses a dotted quad; returns undefined when it is not exactly four decimal octets. */
export function parseIp(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value >>> 0;
}

/** Formats a number as a dotted quad. */
export function formatIp(ip: number): string {
  return `${ip >>> 24}.${(ip >>> 16) & 255}.${(ip >>> 8) & 255}.${ip & 255}`;
}

/** The netmask for a prefix length, as a number (prefix 0 gives 0). */
export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** Number of addresses in a block of this prefix length. */
export function sizeOf(prefix: number): number {
  return 2 ** (32 - prefix);
}

/** Parses `a.b.c.d/n` without normalising; `hostBits` tells whether the address had host bits set. */
export function parseCidr(text: string): { cidr: Cidr; address: number; hostBits: boolean } | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (address === undefined || !/^(0|[1-9]\d?)$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  if (prefix > 32) return undefined;
  const network = (address & maskOf(prefix)) >>> 0;
  return { cidr: { network, prefix }, address, hostBits: network !== address };
}

/** Parses a CIDR that must be in network form; throws on anything else (for trusted input). */
export function cidr(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed || parsed.hostBits) throw new Error(`not a network CIDR: ${text}`);
  return parsed.cidr;
}

/** `a.b.c.d/n` for a network. */
export function formatCidr(c: Cidr): string {
  return `${formatIp(c.network)}/${c.prefix}`;
}

/** The last address of the block. */
export function broadcastOf(c: Cidr): number {
  return (c.network + sizeOf(c.prefix) - 1) >>> 0;
}

/** Whether the address lies inside the block. */
export function contains(c: Cidr, ip: number): boolean {
  return (ip & maskOf(c.prefix)) >>> 0 === c.network;
}

/** Whether `inner` lies entirely inside `outer`. */
export function containsCidr(outer: Cidr, inner: Cidr): boolean {
  return inner.prefix >= outer.prefix && contains(outer, inner.network);
}

/** Whether two blocks share any address (for CIDR blocks: one contains the other). */
export function overlaps(a: Cidr, b: Cidr): boolean {
  return containsCidr(a, b) || containsCidr(b, a);
}

/** Whether two blocks are the same network. */
export function sameCidr(a: Cidr, b: Cidr): boolean {
  return a.network === b.network && a.prefix === b.prefix;
}
