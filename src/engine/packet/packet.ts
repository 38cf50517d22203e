/**
 * Packets with one shape: every field present, in one order, the MACs undefined where no frame
 * is seen. A spread such as `{ ...packet, srcMac }` would give packets many hidden classes on
 * Node 20 and slow every hop that reads them.
 */
import type { Outer, Packet } from './types.ts';

export function packetOf(
  src: number,
  dst: number,
  ttl: number,
  srcMac?: string,
  dstMac?: string,
  outer?: Outer,
): Packet {
  return { src, dst, ttl, srcMac, dstMac, outer };
}

/** The packet inside outer headers (or out of them, with `outer` undefined). */
export function withOuter(packet: Packet, outer: Outer | undefined): Packet {
  return packetOf(packet.src, packet.dst, packet.ttl, packet.srcMac, packet.dstMac, outer);
}

/** The packet with another source address. */
export function withSrc(packet: Packet, src: number): Packet {
  return packetOf(src, packet.dst, packet.ttl, packet.srcMac, packet.dstMac);
}

/** The packet with another destination address. */
export function withDst(packet: Packet, dst: number): Packet {
  return packetOf(packet.src, dst, packet.ttl, packet.srcMac, packet.dstMac);
}

/** The packet with another TTL. */
export function withTtl(packet: Packet, ttl: number): Packet {
  return packetOf(packet.src, packet.dst, ttl, packet.srcMac, packet.dstMac);
}

/** The packet framed with these MACs (a destination MAC left undefined keeps the packet's). */
export function framed(packet: Packet, srcMac: string, dstMac: string | undefined): Packet {
  return packetOf(packet.src, packet.dst, packet.ttl, srcMac, dstMac ?? packet.dstMac);
}
