/**
 * Root causes, read from the world state, that a drop's reason names: why the VPC has no route
 * for an address, why a pod left a node with its own address, why a routing loop happens.
 */
import { drops } from '../messages/en/drops.ts';
import { packetHops } from '../messages/en/packetHops.ts';
import { message, type Text } from '../messages/message.ts';
import { cidr, contains, formatCidr } from '../net/ipv4.ts';
import { flannelBackend } from '../scenario/cni.ts';
import type { NodeState } from '../world/types.ts';
import { routableOnInternet } from './addresses.ts';
import { ipText } from './text-cache.ts';
import type { WorldIndex } from './world-index.ts';

function nodeHolding(index: WorldIndex, ip: number): NodeState | undefined {
  for (const node of index.world.nodes.values()) if (node.podCidr && contains(node.podCidr, ip)) return node;
  return undefined;
}

/** Why the VPC route table has no entry for `ip` (a pod address), or undefined if it is not a pod address. */
export function whyNoVpcRoute(index: WorldIndex, ip: number): Text | undefined {
  const { world } = index;
  const node = nodeHolding(index, ip);
  const backend = flannelBackend(world.scenario);
  if (node?.podCidr && backend !== undefined && backend !== 'alloc') {
    // NOTE: only the alloc backend has the CCM's route controller write pod CIDRs into the VPC;
    // vxlan and host-gw leave the VPC route table to the cloud's own entries.
    return message(drops, 'whyBackend', { backend, node: node.name, cidr: formatCidr(node.podCidr) });
  }
  if (node?.podCidr) {
    const block = formatCidr(node.podCidr);
    switch (node.vpcRoute) {
      case 'deleted':
        return message(drops, 'whyDeleted', { node: node.name, cidr: block, ecs: node.instanceId });
      case 'quota-exceeded':
        return message(drops, 'whyQuota', {
          node: node.name,
          cidr: block,
          quota: world.scenario.vpc.routeQuota,
        });
      case 'none':
        return message(drops, 'whyNotYet', { node: node.name, cidr: block });
      default:
        return undefined;
    }
  }
  const { cluster } = world.scenario;
  if (contains(cidr(cluster.podCidr), ip)) {
    const without = [...world.nodes.values()].filter((n) => n.registered && !n.podCidr);
    const starved = without.filter((n) =>
      world.events.some((e) => e.reason === 'CIDRNotAvailable' && e.object === `Node/${n.name}`),
    );
    const list = starved.length > 0 ? starved : without;
    const names =
      list
        .slice(0, 3)
        .map((n) => n.name)
        .join(', ') + (list.length > 3 ? ', …' : '');
    const at = ipText(ip);
    if (starved.length > 0)
      return message(packetHops, 'noCidrHolderStarved', { ip: at, names, cidr: cluster.podCidr });
    if (without.length > 0) return message(packetHops, 'noCidrHolderYet', { ip: at, names });
    return message(packetHops, 'noCidrHolder', { ip: at });
  }
  if (routableOnInternet(ip)) {
    return message(packetHops, world.vpc.natGateway ? 'noInternetEntry' : 'noNatNoRoute');
  }
  if (contains(cidr(cluster.serviceCidr), ip)) {
    return message(packetHops, 'serviceVirtual', { ip: ipText(ip), cidr: cluster.serviceCidr });
  }
  return undefined;
}

/** Why a pod's packet left its node with the pod address as its source, if the node explains it. */
export function whyNotMasqueraded(index: WorldIndex, src: number): Text | undefined {
  const listed = index.world.scenario.vpc.natGateway?.snat;
  const vswitch = index.vswitches.find((v) => contains(v.cidr, src));
  if (vswitch && listed && !listed.includes(vswitch.name)) {
    const whose =
      index.world.terway && index.podByIp.has(src)
        ? message(packetHops, 'podEniAddress', { ip: ipText(src) })
        : ipText(src);
    return message(packetHops, 'noSnatVswitch', { vswitch: vswitch.name, whose, listed: listed.join(', ') });
  }
  if (index.world.terway) {
    const nodes = vswitch ? index.snat.filter((e) => e.node && e.vswitch === vswitch.name) : [];
    if (!vswitch || nodes.length === 0 || !index.podByIp.has(src)) return undefined;
    return message(packetHops, 'noSnatOwn', {
      vswitch: vswitch.name,
      ip: ipText(src),
      nodes: nodes.map((e) => e.node).join(', '),
    });
  }
  const pod = index.podByIp.get(src);
  const node = pod ? index.world.nodes.get(pod.node) : nodeHolding(index, src);
  if (!node || node.masqueradeRules) return undefined;
  return message(packetHops, 'noMasqRules', { node: node.name });
}

/** Why a packet for `ip` comes back to a node that should deliver it (a routing loop). */
export function whyLoop(index: WorldIndex, ip: number): Text | undefined {
  const node = nodeHolding(index, ip);
  if (!node?.podCidr) return undefined;
  if (!node.cni0 || node.cni0.up) return undefined;
  return message(packetHops, 'loopCni0Down', { node: node.name, cidr: formatCidr(node.podCidr) });
}
