/**
 * flannel.1's artifacts on a vxlan node: the device as `ip -d link show` prints it, its FDB and
 * its neighbours, the entries flanneld adds for each other node's lease (dataplane/peers.ts).
 */
// NOTE: the line shapes were read from Linux 6.18 and iproute2 6.1 with a device made the way
// flanneld makes it (VNI 1, local <eth0>, dev eth0, port left to the kernel, learning off).
import { VXLAN_DEVICE, VXLAN_PORT, VXLAN_VNI } from '../dataplane/flannel.ts';
import { peerTables } from '../dataplane/peers.ts';
import { formatIp } from '../net/ipv4.ts';
import type { NodeState, WorldState } from '../world/types.ts';
import { type ArtifactResult, keyedLines, missing, text } from './result.ts';

/** The artifacts a vxlan node adds to the inspector's and `show`'s list. */
export const VTEP_ARTIFACTS = ['ip-link-flannel.1', 'bridge-fdb-flannel.1', 'ip-neigh-flannel.1'] as const;

function noVtep(world: WorldState, node: NodeState): string {
  const backend = world.scenario.cluster.cni;
  if (backend?.plugin === 'flannel' && backend.backend === 'vxlan') {
    return `${VXLAN_DEVICE} on ${node.name} does not exist yet: flanneld creates it when it takes its lease`;
  }
  const name = backend?.plugin === 'flannel' ? backend.backend : 'alloc';
  return `${node.name} has no ${VXLAN_DEVICE}: the ${name} backend builds no VXLAN tunnel (only vxlan does)`;
}

/** `ip -d link show flannel.1` (the version-dependent GSO/GRO tail left out). */
export function vtepLink(world: WorldState, node: NodeState): ArtifactResult {
  const vtep = node.flannelLease?.vtep;
  if (!vtep) return missing(noVtep(world, node));
  return text([
    `3: ${VXLAN_DEVICE}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu ${vtep.mtu} qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000`,
    `    link/ether ${vtep.mac} brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535`,
    `    vxlan id ${VXLAN_VNI} local ${formatIp(node.ip)} dev eth0 srcport 0 0 dstport ${VXLAN_PORT} nolearning ttl auto ageing 300 udpcsum noudp6zerocsumtx noudp6zerocsumrx`,
  ]);
}

/** One line of `bridge fdb show dev flannel.1`. */
export function formatVtepFdb(mac: string, dst: number): string {
  return `${mac} dst ${formatIp(dst)} self permanent`;
}

/** One line of `ip neigh show dev flannel.1` (iproute2 ends it with a space; trimmed here). */
export function formatVtepNeighbour(ip: number, mac: string): string {
  return `${formatIp(ip)} lladdr ${mac} PERMANENT`;
}

/** `bridge fdb show dev flannel.1`: one entry per other node's VTEP MAC, to its eth0 address. */
export function vtepFdb(world: WorldState, node: NodeState): ArtifactResult {
  if (!node.flannelLease?.vtep) return missing(noVtep(world, node));
  return keyedLines(peerTables(world, node).fdb.map((e) => formatVtepFdb(e.mac, e.dst)));
}

/** `ip neigh show dev flannel.1`: each other node's flannel.1 address and VTEP MAC, permanent. */
export function vtepNeighbours(world: WorldState, node: NodeState): ArtifactResult {
  if (!node.flannelLease?.vtep) return missing(noVtep(world, node));
  return keyedLines(peerTables(world, node).neighbours.map((n) => formatVtepNeighbour(n.ip, n.mac)));
}
