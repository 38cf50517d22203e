/**
 * The node phase's flanneld step for the vxlan and host-gw backends: flanneld takes its lease,
 * builds what its backend needs (flannel.1 for vxlan), writes subnet.env, marks the node's
 * network up, and every flanneld programs its tables from the new lease while this one
 * programs those of the nodes already up. No VPC route and no CCM step: the VPC only ever sees
 * node addresses (vxlan) or is asked to forward pod addresses it has no entry for (host-gw).
 */
import { gatewayOf } from '../addressing/host-local.ts';
import { flannelMtu, leaseFor, VXLAN_DEVICE, VXLAN_PORT, VXLAN_VNI } from '../dataplane/flannel.ts';
import {
  hostGwRouteError,
  type NodeWorld,
  onLink,
  peerTables,
  type RouteFailure,
} from '../dataplane/peers.ts';
import { later } from '../later.ts';
import { steps } from '../messages/en/steps.ts';
import { message, type Text } from '../messages/message.ts';
import { type Cidr, cidr, formatCidr, formatIp } from '../net/ipv4.ts';
import { nodePlace } from '../places.ts';
import type { NodeState } from '../world/types.ts';
import type { StepBuilder } from './builder.ts';
import { NETWORK_UNAVAILABLE_TAINT } from './messages.ts';

/** How many of flanneld's error lines a step quotes before saying how many more there are. */
const QUOTED_ERRORS = 3;

/** The lease step of a node whose flanneld runs the vxlan or host-gw backend. */
export function emitFlannelLease(b: StepBuilder, node: NodeState, backend: 'vxlan' | 'host-gw'): void {
  const { cluster } = b.world.scenario;
  const podCidr = node.podCidr;
  if (!podCidr) return;
  const gateway = gatewayOf(podCidr);
  const mtu = flannelMtu(backend);
  const lease = leaseFor(node, podCidr, backend);
  const world = b.world;
  // The routes this lease cannot get: every other host-gw node's route to it, and its own to them.
  const failures = backend === 'host-gw' ? newFailures(world, node, podCidr) : [];
  b.emit({
    phase: 'node',
    actor: 'flanneld',
    target: nodePlace(node.name),
    failed: failures.length > 0,
    changes: [
      { kind: 'flanneld-status', node: node.name, status: 'running' },
      { kind: 'flannel-lease-published', node: node.name, lease },
      {
        kind: 'subnet-env-written',
        node: node.name,
        subnetEnv: {
          network: cidr(cluster.podCidr),
          gateway,
          prefix: podCidr.prefix,
          mtu,
          ipMasq: cluster.ipMasq,
        },
      },
      // NOTE: flannel pkg/subnet/kube/kube.go: with --kube-subnet-mgr, flanneld patches the
      // Node's NetworkUnavailable condition to False, reason FlannelIsUp, "Flannel is running on
      // this node"; kube-controller-manager's node lifecycle controller then lifts the taint.
      {
        kind: 'node-condition-set',
        node: node.name,
        condition: {
          type: 'NetworkUnavailable',
          status: 'False',
          reason: 'FlannelIsUp',
          message: 'Flannel is running on this node',
        },
      },
      { kind: 'node-taint-removed', node: node.name, taint: NETWORK_UNAVAILABLE_TAINT },
    ],
    text: later(() =>
      backend === 'vxlan' ? vxlanText(world, node, mtu) : hostGwText(world, node, mtu, failures),
    ),
  });
}

/** A route flanneld on `by` could not add. */
interface LoggedFailure extends RouteFailure {
  readonly by: string;
}

/**
 * The host-gw routes that cannot be added once `node` publishes its lease: each other node's
 * route to it and its own route to each of them, where the next hop is not on the link.
 */
function newFailures(world: NodeWorld, node: NodeState, podCidr: Cidr): LoggedFailure[] {
  const out: LoggedFailure[] = [];
  for (const peer of world.nodes.values()) {
    if (peer.name === node.name || peer.flannelLease?.backend !== 'host-gw' || !peer.podCidr) continue;
    if (!onLink(peer, node.ip))
      out.push({ by: peer.name, node: node.name, podCidr, error: hostGwRouteError(podCidr, node.ip) });
    if (!onLink(node, peer.ip))
      out.push({
        by: node.name,
        node: peer.name,
        podCidr: peer.podCidr,
        error: hostGwRouteError(peer.podCidr, peer.ip),
      });
  }
  return out;
}

function vxlanText(world: NodeWorld, node: NodeState, mtu: number): [Text, Text] {
  const lease = node.flannelLease;
  const vtep = lease?.vtep;
  const podCidr = node.podCidr;
  if (!vtep || !podCidr) return [message(steps, 'leaseTitle', { node: node.name }), ''];
  const peers = peerTables(world, node).fdb.map((f) => f.node);
  return [
    message(steps, 'vxlanTitle', { node: node.name }),
    message(steps, 'vxlan', {
      device: VXLAN_DEVICE,
      node: node.name,
      vni: VXLAN_VNI,
      ip: formatIp(node.ip),
      port: VXLAN_PORT,
      mtu,
      mac: vtep.mac,
      vtep: formatIp(vtep.address),
      publicIp: formatIp(lease.publicIp),
      gateway: formatIp(gatewayOf(podCidr)),
      prefix: podCidr.prefix,
      peers: peers.length,
      list: listed(peers),
    }),
  ];
}

function hostGwText(
  world: NodeWorld,
  node: NodeState,
  mtu: number,
  failures: readonly LoggedFailure[],
): [Text, Text] {
  const podCidr = node.podCidr;
  if (!podCidr) return [message(steps, 'leaseTitle', { node: node.name }), ''];
  const peers = peerTables(world, node).routes.length;
  const quoted = failures.slice(0, QUOTED_ERRORS).map((f) => `flanneld on ${f.by}: "${f.error}"`);
  return [
    message(steps, failures.length === 0 ? 'hostGwTitle' : 'hostGwRefusedTitle', { node: node.name }),
    message(steps, 'hostGw', {
      ip: formatIp(node.ip),
      gateway: formatIp(gatewayOf(podCidr)),
      prefix: podCidr.prefix,
      mtu,
      podCidr: formatCidr(podCidr),
      node: node.name,
      peers,
      failed: failures.length,
      errors: quoted.join('; '),
      more: Math.max(0, failures.length - QUOTED_ERRORS),
    }),
  ];
}

function listed(names: readonly string[]): string {
  return names.length <= 4 ? names.join(', ') : `${names.slice(0, 3).join(', ')}, … ${names.length - 3} more`;
}
