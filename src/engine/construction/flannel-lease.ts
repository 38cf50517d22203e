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
import { type Cidr, cidr, formatCidr, formatIp } from '../net/ipv4.ts';
import { nodePlace } from '../places.ts';
import type { NodeState } from '../world/types.ts';
import { lazyText, type StepBuilder } from './builder.ts';
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
    text: lazyText(() =>
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

function vxlanText(world: NodeWorld, node: NodeState, mtu: number): [string, string] {
  const lease = node.flannelLease;
  const vtep = lease?.vtep;
  const podCidr = node.podCidr;
  if (!vtep || !podCidr) return [`flanneld on ${node.name} takes its lease`, ''];
  const peers = peerTables(world, node).fdb.map((f) => f.node);
  const learned =
    peers.length === 0
      ? 'No other node has a lease yet, so flannel.1 has no route, neighbour or FDB entry for now.'
      : `It also adds the same three entries for each of the ${peers.length} node${peers.length === 1 ? '' : 's'} already up (${listed(peers)}), and each of their flanneld adds them for ${node.name}.`;
  return [
    `flanneld on ${node.name} creates flannel.1 and takes its lease`,
    `flanneld (--kube-subnet-mgr, backend "vxlan") creates the VXLAN device ${VXLAN_DEVICE} on ${node.name}: VNI ${VXLAN_VNI}, local ${formatIp(node.ip)} dev eth0, UDP port ${VXLAN_PORT}, MTU ${mtu} (eth0's 1500 minus 50 bytes of headers), MAC ${vtep.mac}, and the address ${formatIp(vtep.address)}/32, its pod CIDR's first address. It publishes the lease in the Node's annotations (backend-type vxlan, backend-data with the VtepMAC, public-ip ${formatIp(lease.publicIp)}), writes /run/flannel/subnet.env with FLANNEL_SUBNET=${formatIp(gatewayOf(podCidr))}/${podCidr.prefix} and FLANNEL_MTU=${mtu}, and sets NetworkUnavailable=False (FlannelIsUp). For every other node's lease it adds, in this order, a permanent neighbour (that node's flannel.1 address → its VTEP MAC), an FDB entry (that MAC → that node's eth0 address) and the route "<pod CIDR> via <its .0> dev flannel.1 onlink". ${learned} The VPC route table gets nothing: the VPC only ever sees packets between node addresses.`,
  ];
}

function hostGwText(
  world: NodeWorld,
  node: NodeState,
  mtu: number,
  failures: readonly LoggedFailure[],
): [string, string] {
  const podCidr = node.podCidr;
  if (!podCidr) return [`flanneld on ${node.name} takes its lease`, ''];
  const peers = peerTables(world, node).routes.length;
  const quoted = failures.slice(0, QUOTED_ERRORS).map((f) => `flanneld on ${f.by}: "${f.error}"`);
  const more = failures.length > QUOTED_ERRORS ? ` (and ${failures.length - QUOTED_ERRORS} more)` : '';
  const failed =
    failures.length === 0
      ? ''
      : ` Some routes cannot be added: their next hop is in another vSwitch, not on eth0's link, and the kernel refuses a gateway it has no link route to. ${quoted.join('; ')}${more}. flanneld logs the error and goes on; those nodes' pods cannot reach each other.`;
  return [
    failures.length === 0
      ? `flanneld on ${node.name} takes its lease (host-gw)`
      : `flanneld on ${node.name} takes its lease (host-gw): routes refused`,
    `flanneld (--kube-subnet-mgr, backend "host-gw") publishes its lease (backend-type host-gw, public-ip ${formatIp(node.ip)}), writes /run/flannel/subnet.env with FLANNEL_SUBNET=${formatIp(gatewayOf(podCidr))}/${podCidr.prefix} and FLANNEL_MTU=${mtu}, and sets NetworkUnavailable=False (FlannelIsUp). Every flanneld adds a route "${formatCidr(podCidr)} via ${formatIp(node.ip)} dev eth0" and ${node.name} adds one via each other node (${peers} so far): the next hop is the other node itself. On a VPC that does not help: the VPC answers every ARP with its own MAC, so the frame goes to the vRouter, which forwards by the destination IP, a pod address it has no entry for.${failed}`,
  ];
}

function listed(names: readonly string[]): string {
  return names.length <= 4 ? names.join(', ') : `${names.slice(0, 3).join(', ')}, … ${names.length - 3} more`;
}
