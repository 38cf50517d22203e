/**
 * Address facts the stations share: loopback, what the Internet does not route, and the MAC the
 * VPC answers ARP with.
 */
import { type Cidr, cidr, contains } from '../net/ipv4.ts';

/** The TTL a Linux sender starts with (net.ipv4.ip_default_ttl). */
export const DEFAULT_TTL = 64;

/** The most hops one direction of a trace may record (a routing loop is summarised first). */
export const HOP_LIMIT = 64;

const LOOPBACK: Cidr = cidr('127.0.0.0/8');

/** 127.0.0.1, the address containers of one pod use to reach each other. */
export const LOCALHOST = 0x7f000001;

// NOTE: IANA special-purpose registry (RFC 6890): "this network", private (RFC 1918), shared
// CGN space (RFC 6598, Alibaba Cloud's 100.64.0.0/10 services), loopback, link-local,
// multicast and reserved. Internet routers do not carry routes to them.
const NOT_ON_INTERNET: readonly Cidr[] = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '224.0.0.0/3',
].map(cidr);

/** Whether an address is in 127.0.0.0/8. */
export function isLoopback(ip: number): boolean {
  return contains(LOOPBACK, ip);
}

/** Whether the public Internet would carry a packet to this address. */
export function routableOnInternet(ip: number): boolean {
  return !NOT_ON_INTERNET.some((block) => contains(block, ip));
}

/**
 * The MAC an ECS instance learns for every neighbour on its vSwitch, the gateway included.
 * NOTE: the Alibaba Cloud VPC answers every ARP request itself with ee:ff:ff:ff:ff:ff (seen in
 * `arp -n` and tcpdump on ECS; terway's ipvlan driver uses the same address as its gateway MAC,
 * AliyunContainerService/terway), so even traffic to a neighbour goes to the virtual switch.
 */
export const VSWITCH_MAC = 'ee:ff:ff:ff:ff:ff';
