import { broadcastOf, type Cidr, formatIp } from '../net/ipv4.ts';

/**
 * host-local IPAM for one node's range (containernetworking/plugins
 * plugins/ipam/host-local/backend/allocator). Mutable; owned by one construction run. The
 * reserved addresses are a bitmap over the range (bit i: rangeStart + i), the last one a number.
 */
export interface HostLocalRange {
  readonly subnet: Cidr;
  /** rangeStart defaults to network + 1, rangeEnd to broadcast − 1. */
  readonly rangeStart: number;
  readonly rangeEnd: number;
  readonly gateway: number;
  readonly reserved: Uint32Array;
  lastReserved: number | undefined;
}

/** The gateway the bridge plugin puts on cni0: the first address after the network. */
export function gatewayOf(subnet: Cidr): number {
  return (subnet.network + 1) >>> 0;
}

/** Addresses host-local can hand out: all but the network, the gateway and the broadcast. */
export function usablePodIps(prefix: number): number {
  return Math.max(0, 2 ** (32 - prefix) - 3);
}

export function createHostLocalRange(subnet: Cidr): HostLocalRange {
  return {
    subnet,
    rangeStart: (subnet.network + 1) >>> 0,
    rangeEnd: (broadcastOf(subnet) - 1) >>> 0,
    gateway: gatewayOf(subnet),
    reserved: new Uint32Array(Math.ceil(Math.max(0, broadcastOf(subnet) - subnet.network - 1) / 32)),
    lastReserved: undefined,
  };
}

function isReserved(range: HostLocalRange, ip: number): boolean {
  const bit = ip - range.rangeStart;
  return bit >= 0 && bit <= range.rangeEnd - range.rangeStart
    ? ((range.reserved[bit >>> 5] as number) & (1 << (bit & 31))) !== 0
    : false;
}

function setReserved(range: HostLocalRange, ip: number, on: boolean): void {
  const bit = ip - range.rangeStart;
  // Addresses outside the range are never handed out: nothing to remember for them.
  if (bit < 0 || bit > range.rangeEnd - range.rangeStart) return;
  const word = range.reserved[bit >>> 5] as number;
  range.reserved[bit >>> 5] = on ? word | (1 << (bit & 31)) : word & ~(1 << (bit & 31));
}

/** host-local's range set as it prints it in errors: `start-end`. */
export function rangeSetText(range: HostLocalRange): string {
  return `${formatIp(range.rangeStart)}-${formatIp(range.rangeEnd)}`;
}

/**
 * Reserves the next address, or returns undefined when the range is exhausted.
 * NOTE: host-local iterates from the address after the last one it reserved (not the lowest
 * free one), wrapping at rangeEnd, and skips the gateway; a freed IP is reused only after wrap.
 */
export function reserveNext(range: HostLocalRange): number | undefined {
  const size = range.rangeEnd - range.rangeStart + 1;
  if (size <= 0) return undefined;
  const start =
    range.lastReserved === undefined || range.lastReserved >= range.rangeEnd
      ? range.rangeStart
      : range.lastReserved + 1;
  for (let i = 0; i < size; i++) {
    const ip = range.rangeStart + ((start - range.rangeStart + i) % size);
    if (ip === range.gateway || isReserved(range, ip)) continue;
    setReserved(range, ip, true);
    range.lastReserved = ip;
    return ip >>> 0;
  }
  return undefined;
}

/**
 * Marks addresses pods already hold as reserved, so reserveNext skips them.
 * NOTE: host-local keeps one file per reserved IP under /var/lib/cni/networks/NETWORK and skips
 * every address that has one; a pod that asks for an address (runtimeConfig "ips" or CNI_ARGS
 * IP=…) gets exactly that one (plugins/ipam/host-local/backend/allocator/allocator.go Get).
 */
export function reserveGiven(range: HostLocalRange, ips: Iterable<number>): void {
  for (const ip of ips) setReserved(range, ip >>> 0, true);
}

/** Frees an address (its file under /var/lib/cni/networks removed), as a CNI DEL does. */
export function release(range: HostLocalRange, ip: number): void {
  setReserved(range, ip >>> 0, false);
}
