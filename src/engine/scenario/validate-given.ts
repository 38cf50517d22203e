/**
 * Addresses a scenario gives instead of letting the allocators pick them (an imported cluster
 * keeps its real ones): a node's `podCidr` and a pod's `ip`. They must be what the allocators
 * could have handed out.
 */

import { gatewayOf } from '../addressing/host-local.ts';
import { plannedPodCidrs } from '../addressing/planned-pod-cidrs.ts';
import { validation } from '../messages/en/validation.ts';
import { type Message, type MessageParams, message } from '../messages/message.ts';
import {
  broadcastOf,
  type Cidr,
  cidr,
  contains,
  containsCidr,
  formatCidr,
  formatIp,
  overlaps,
} from '../net/ipv4.ts';
import type { Reporter } from './report.ts';
import type { NodeSpec } from './types.ts';
import type { ClusterDraft } from './validate-cluster.ts';
import type { NodesDraft } from './validate-nodes.ts';
import type { GivenPodIp } from './validate-pods.ts';

const say = (id: keyof typeof validation, params?: MessageParams): Message => message(validation, id, params);

/** Checks given pod CIDRs against the cluster and each other, then given pod IPs against them. */
export function validateGiven(
  r: Reporter,
  cluster: ClusterDraft,
  nodes: NodesDraft,
  givenIps: readonly GivenPodIp[],
): void {
  const podCidr = cluster.podCidr;
  if (!podCidr) return;
  const accepted: { node: string; cidr: Cidr; path: string }[] = [];
  for (const given of nodes.givenCidrs) {
    if (checkNodeCidr(r, given, podCidr, cluster.nodeCidrMaskSize, accepted)) accepted.push(given);
  }
  // With every given block valid (no error so far), the planned blocks are the construction's.
  if (givenIps.length === 0 || r.errors.length > 0) return;
  const planned = plannedPodCidrs(
    podCidr,
    cluster.nodeCidrMaskSize,
    cluster.serviceCidr,
    nodes.nodes.map((n: NodeSpec) =>
      n.podCidr ? { name: n.name, podCidr: cidr(n.podCidr) } : { name: n.name },
    ),
  );
  const taken = new Map<number, string>();
  for (const given of givenIps) checkPodIp(r, given, planned.get(given.node), taken);
}

function checkNodeCidr(
  r: Reporter,
  given: { node: string; cidr: Cidr; path: string },
  cluster: Cidr,
  mask: number,
  accepted: readonly { node: string; cidr: Cidr; path: string }[],
): boolean {
  const text = formatCidr(given.cidr);
  if (!containsCidr(cluster, given.cidr)) {
    r.error(given.path, say('givenOutsideCluster', { cidr: text, cluster: formatCidr(cluster) }));
    return false;
  }
  if (given.cidr.prefix !== mask) {
    r.error(given.path, say('givenWrongMask', { cidr: text, prefix: given.cidr.prefix, mask }));
    return false;
  }
  const clash = accepted.find((a) => overlaps(a.cidr, given.cidr));
  if (clash) {
    r.error(given.path, say('givenCidrTwice', { cidr: text, node: clash.node, at: clash.path }));
    return false;
  }
  return true;
}

function checkPodIp(
  r: Reporter,
  given: GivenPodIp,
  block: Cidr | undefined,
  taken: Map<number, string>,
): void {
  const ip = formatIp(given.ip);
  if (!block) {
    r.error(given.path, say('givenNoBlock', { node: given.node }));
    return;
  }
  const range = formatCidr(block);
  if (!contains(block, given.ip)) {
    r.error(given.path, say('givenIpOutside', { ip, range, node: given.node }));
    return;
  }
  const what =
    given.ip === block.network
      ? say('theNetworkAddress')
      : given.ip === gatewayOf(block)
        ? say('theGateway')
        : given.ip === broadcastOf(block)
          ? say('theBroadcast')
          : undefined;
  if (what) {
    r.error(given.path, say('givenIpReserved', { ip, what, range }));
    return;
  }
  const other = taken.get(given.ip);
  if (other !== undefined) {
    r.error(given.path, say('givenIpTwice', { ip, other }));
    return;
  }
  taken.set(given.ip, given.path);
}
