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
import { packetHops } from '../messages/en/packetHops.ts';
import { type Message, message, type Text } from '../messages/message.ts';
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

/**
 * Multicast or broadcast, as the sender's routing sees it, else undefined: `broadcastRoute`, whether
 * its own local table has a `broadcast` route for exactly this address.
 */
export function groupKind(ip: number, broadcastRoute: boolean): GroupKind | undefined {
  if (isMulticast(ip)) return 'multicast';
  if (ip === LIMITED_BROADCAST || broadcastRoute) return 'broadcast';
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
  if (mac === undefined) return false;
  // The bit is the low bit of the second hex digit; a digit's value is odd when its character
  // code is odd for 0-9, even for a-f and A-F. Anything else is read as parseInt reads it.
  const first = mac.charCodeAt(0);
  const second = mac.charCodeAt(1);
  if (isHexDigit(first) && isHexDigit(second)) return (second <= 57 ? second & 1 : (second + 1) & 1) === 1;
  return (Number.parseInt(mac.slice(0, 2), 16) & 1) === 1;
}

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
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
export function groupSendText(who: string, dst: number, kind: GroupKind, dev: string): Message {
  const ip = ipText(dst);
  const what =
    kind === 'multicast'
      ? message(packetHops, 'groupMulticast', { ip })
      : dst === LIMITED_BROADCAST
        ? message(packetHops, 'groupLimited', { ip })
        : message(packetHops, 'groupSubnet', { ip, dev, who });
  return message(packetHops, 'groupSend', { what, who, dev, mac: groupMac(dst) });
}

/**
 * A node's IP stack receives a group packet (from cni0 or eth0): broadcasts are delivered locally
 * and never forwarded; multicast only for a group the node joined, and never routed onwards.
 */
export function groupIn(
  walk: Walk,
  at: HopPlace,
  who: Text,
  dev: string,
  packet: Packet,
  kind: GroupKind,
  evidence?: Evidence,
): End {
  const ip = ipText(packet.dst);
  if (kind === 'broadcast') {
    const directed = packet.dst === LIMITED_BROADCAST ? '' : message(packetHops, 'bcForwardOff');
    walk.record({
      at,
      deviceIn: dev,
      action: 'deliver',
      evidence,
      before: packet,
      after: packet,
      explanation: message(packetHops, 'bcastIn', { ip, who, directed }),
    });
    return { end: 'delivered', reason: message(packetHops, 'bcastTaken', { ip, who }), packet };
  }
  if (packet.dst === ALL_HOSTS) {
    walk.record({
      at,
      deviceIn: dev,
      action: 'deliver',
      before: packet,
      after: packet,
      explanation: message(packetHops, 'allHostsIn', { ip, who }),
    });
    return { end: 'delivered', reason: message(packetHops, 'allHostsTaken', { ip, who }), packet };
  }
  return walk.drop(
    { at, deviceIn: dev, before: packet, explanation: message(packetHops, 'mcastNotJoined', { ip, who }) },
    message(packetHops, 'mcastNotJoinedAt', { ip, who, dev }),
  );
}

/** A destination no Linux host accepts from a device: 0.0.0.0/8 or 127.0.0.0/8. */
export function martianDestination(walk: Walk, at: HopPlace, who: string, dev: string, packet: Packet): End {
  const ip = ipText(packet.dst);
  const kind = addressKind(packet.dst);
  return walk.drop(
    { at, deviceIn: dev, before: packet, explanation: message(packetHops, 'martianDst', { ip, kind, dev }) },
    message(packetHops, 'martianDstAt', { ip, who, kind }),
  );
}
