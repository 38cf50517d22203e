/**
 * Destinations Linux does not route like unicast (net/ipv4/route.c):
 * - 0.0.0.0: ip_route_output_key_hash_rcu turns a packet to it into one to the sender itself
 *   (its source, else 127.0.0.1) over lo, RTN_LOCAL;
 * - multicast 224.0.0.0/4 and broadcast (255.255.255.255, or a subnet's broadcast address, which
 *   the local table holds as a `broadcast` route): __mkroute_output makes a route with no gateway
 *   (fi = NULL), so the frame goes to the group's or ff:ff:ff:ff:ff:ff's MAC on the route's
 *   device. A receiver never forwards them through the unicast table: ip_route_input_rcu hands
 *   multicast only to ip_route_input_mc (a group the host joined, or a multicast router), and
 *   ip_route_input_slow takes broadcasts to brd_input (local delivery);
 * - 0.0.0.0/8 and 127.0.0.0/8 arriving on a device are martian destinations (ip_route_input_slow).
 */
import { hops } from '../messages/en/hops.ts';
import { english, message, type Text } from '../messages/message.ts';
import { type Cidr, cidr, contains } from '../net/ipv4.ts';
import type { HopPlace } from '../places.ts';
import type { LocalRoute } from '../tables/index.ts';
import { ipText } from './text-cache.ts';
import type { Evidence, Packet } from './types.ts';
import type { End, Walk } from './walk.ts';

export const LIMITED_BROADCAST = 0xffffffff;
/** 224.0.0.1, all-hosts: every interface that is up joins it (igmp.c ip_mc_up, IGMP_ALL_HOSTS). */
export const ALL_HOSTS = 0xe0000001;
export const BROADCAST_MAC = 'ff:ff:ff:ff:ff:ff';

const MULTICAST: Cidr = cidr('224.0.0.0/4');
const THIS_NETWORK: Cidr = cidr('0.0.0.0/8');
const LOOPBACK: Cidr = cidr('127.0.0.0/8');
const LINK_LOCAL: Cidr = cidr('169.254.0.0/16');
const SHARED: Cidr = cidr('100.64.0.0/10');
const RESERVED: Cidr = cidr('240.0.0.0/4');
const PRIVATE: readonly Cidr[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map(cidr);

/** How a sender's kernel treats a destination that is not plain unicast. */
export type GroupKind = 'multicast' | 'broadcast';

export function isMulticast(ip: number): boolean {
  return contains(MULTICAST, ip);
}

/** A destination Linux refuses on input: "this network" (0.0.0.0/8) or loopback (127.0.0.0/8). */
export function isMartianDestination(ip: number): boolean {
  return contains(THIS_NETWORK, ip) || contains(LOOPBACK, ip);
}

/** The local table's `broadcast` route for exactly this address, if the namespace has one. */
export function broadcastRoute(routes: readonly LocalRoute[], ip: number): LocalRoute | undefined {
  return routes.find((r) => r.type === 'broadcast' && r.dst.network === ip && r.dst.prefix === 32);
}

/** Multicast or broadcast, as the sender's routing sees it (its own local table), else undefined. */
export function groupKind(ip: number, local: readonly LocalRoute[]): GroupKind | undefined {
  if (isMulticast(ip)) return 'multicast';
  if (ip === LIMITED_BROADCAST || broadcastRoute(local, ip)) return 'broadcast';
  return undefined;
}

/** The MAC a group's frame goes to: 01:00:5e and the group's low 23 bits (RFC 1112 §6.4). */
export function groupMac(ip: number): string {
  if (!isMulticast(ip)) return BROADCAST_MAC;
  const low = ip & 0x7fffff;
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return `01:00:5e:${hex(low >>> 16)}:${hex((low >>> 8) & 0xff)}:${hex(low & 0xff)}`;
}

/** Whether a destination MAC is a group address (the I/G bit of its first octet). */
export function isGroupMac(mac: string | undefined): boolean {
  return mac !== undefined && (Number.parseInt(mac.slice(0, 2), 16) & 1) === 1;
}

/** What an address is, for sentences: "a multicast group (224.0.0.0/4)", "a private address". */
export function addressKind(ip: number): Text {
  if (ip === LIMITED_BROADCAST) return message(hops, 'kindLimitedBroadcast');
  if (contains(MULTICAST, ip)) return message(hops, 'kindMulticast');
  if (contains(RESERVED, ip)) return message(hops, 'kindReserved');
  if (contains(THIS_NETWORK, ip)) return message(hops, 'kindThisNetwork');
  if (contains(LOOPBACK, ip)) return message(hops, 'kindLoopback');
  if (contains(LINK_LOCAL, ip)) return message(hops, 'kindLinkLocal');
  if (contains(SHARED, ip)) return message(hops, 'kindShared');
  if (PRIVATE.some((block) => contains(block, ip))) return message(hops, 'kindPrivate');
  return message(hops, 'kindAddress');
}

/** The sentence for a group's first hop: no gateway, a frame to the group's MAC on `dev`. */
export function groupSendText(who: string, dst: number, kind: GroupKind, dev: string): string {
  const what =
    kind === 'multicast'
      ? `${ipText(dst)} is a multicast group`
      : dst === LIMITED_BROADCAST
        ? `${ipText(dst)} is the limited broadcast address`
        : `${ipText(dst)} is the broadcast address of ${dev}'s subnet (a broadcast route in ${who}'s local table)`;
  return `${what}: the kernel's output routing gives it a route with no gateway (__mkroute_output, net/ipv4/route.c), so ${who} sends it out of ${dev} as a frame to ${groupMac(dst)}, for every station on the segment, rather than to a next hop.`;
}

/**
 * A node's IP stack receives a group packet (from cni0 or eth0): broadcasts are delivered locally
 * and never forwarded; multicast only for a group the node joined, and never routed onwards.
 */
export function groupIn(
  walk: Walk,
  at: HopPlace,
  who: string,
  dev: string,
  packet: Packet,
  kind: GroupKind,
  evidence?: Evidence,
): End {
  const dst = ipText(packet.dst);
  if (kind === 'broadcast') {
    const directed =
      packet.dst === LIMITED_BROADCAST
        ? ''
        : ' A broadcast for a subnet is forwarded only with net.ipv4.conf.*.bc_forwarding, which is off.';
    walk.record({
      at,
      deviceIn: dev,
      action: 'deliver',
      evidence,
      before: packet,
      after: packet,
      explanation: `${dst} is a broadcast, which ${who} takes for itself (ip_route_input_slow, brd_input, in net/ipv4/route.c) and routes nowhere.${directed} No answer is traced: answers to a broadcast are unicast packets of their own.`,
    });
    return {
      end: 'delivered',
      reason: `${dst} is a broadcast: ${who} takes it for itself and routes it nowhere; no answer is traced`,
      packet,
    };
  }
  if (packet.dst === ALL_HOSTS) {
    walk.record({
      at,
      deviceIn: dev,
      action: 'deliver',
      before: packet,
      after: packet,
      explanation: `${dst} is the all-hosts group, which every interface joins when it comes up, so ${who} takes the packet for itself (ip_route_input_mc, net/ipv4/route.c) and forwards it nowhere: Linux routes multicast only through a multicast router daemon, and none runs. No answer is traced.`,
    });
    return {
      end: 'delivered',
      reason: `${dst} is multicast (all-hosts): ${who} takes it for itself and routes it nowhere; no answer is traced`,
      packet,
    };
  }
  return walk.drop(
    {
      at,
      deviceIn: dev,
      before: packet,
      explanation: `${dst} is a multicast group that ${who} has not joined, and Linux never sends multicast through the unicast routing table: with no multicast router, ip_route_input_rcu refuses it (net/ipv4/route.c).`,
    },
    `${dst} is multicast: ${who} has not joined the group and does not route multicast, so the packet goes no further than ${dev}'s segment`,
  );
}

/** A destination no Linux host accepts from a device: 0.0.0.0/8 or 127.0.0.0/8. */
export function martianDestination(walk: Walk, at: HopPlace, who: string, dev: string, packet: Packet): End {
  const dst = ipText(packet.dst);
  return walk.drop(
    {
      at,
      deviceIn: dev,
      before: packet,
      explanation: `${dst} is ${english(addressKind(packet.dst))}: arriving on ${dev}, ip_route_input_slow (net/ipv4/route.c) takes it for a martian destination and drops it. Another host's loopback cannot be reached over the network.`,
    },
    `martian destination ${dst} on ${who}: ${english(addressKind(packet.dst))} is never accepted from the network`,
  );
}
