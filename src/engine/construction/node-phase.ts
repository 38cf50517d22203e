import { gatewayOf } from '../addressing/host-local.ts';
import { routeTableId } from '../ids.ts';
import { later } from '../later.ts';
import { steps } from '../messages/en/steps.ts';
import { type Cidr, cidr, formatCidr, formatIp } from '../net/ipv4.ts';
import { nodePlace } from '../places.ts';
import { flannelBackend } from '../scenario/cni.ts';
import type { NodeState } from '../world/types.ts';
import { type Slices, type StepBuilder, titled } from './builder.ts';
import { emitFlannelLease } from './flannel-lease.ts';
import type { RouteQuota } from './initial-phase.ts';
import {
  createdRoute,
  createRouteFailed,
  NETWORK_UNAVAILABLE_TAINT,
  podCidrNotAssigned,
  ROUTE_EVENT_SOURCE,
  ROUTE_QUOTA_EXCEEDED,
} from './messages.ts';
import { networkUnavailable } from './network-unavailable.ts';

/** FLANNEL_MTU: the alloc backend adds no header, so it keeps eth0's MTU. */
export const FLANNEL_MTU = 1500;

/**
 * Node phase, per node in registration order: the kube-flannel DaemonSet pod, its install-cni
 * init container, flanneld's lease and subnet.env, its masquerade rules, then the CCM's VPC route.
 */
export function* buildNodePhase(b: StepBuilder, quota: RouteQuota): Slices {
  const { scenario } = b.world;
  // The one place the Flannel backend changes the construction: alloc's lease and the CCM's VPC
  // route, or vxlan's and host-gw's lease, which programs the nodes and leaves the VPC alone.
  const backend = flannelBackend(scenario) ?? 'alloc';
  const flanneldDown = new Set(scenario.faults.filter((f) => f.kind === 'flanneld-down').map((f) => f.node));
  // The same for every node: parsed and derived once.
  const network = cidr(scenario.cluster.podCidr);
  const routeTable = routeTableId(scenario.vpc.cidr);
  for (const spec of scenario.nodes) {
    yield;
    const name = spec.name;
    b.emit({
      phase: 'node',
      actor: 'daemonset-controller',
      target: nodePlace(name),
      changes: [{ kind: 'flanneld-status', node: name, status: 'scheduled' }],
      text: later(() => titled(steps, 'flannelPod', { node: name })),
    });
    b.emit({
      phase: 'node',
      actor: 'install-cni',
      target: nodePlace(name),
      changes: [{ kind: 'cni-conf-installed', node: name }],
      text: later(() => titled(steps, 'installCni', { node: name })),
    });
    const node = b.world.nodes.get(name) as NodeState;
    if (flanneldDown.has(name)) {
      emitFlanneldNeverStarted(b, name);
    } else if (!node.podCidr) {
      emitFlanneldFailure(b, name, podCidrNotAssigned(name));
    } else {
      if (backend === 'alloc') emitLease(b, node, network);
      else emitFlannelLease(b, node, backend);
      if (scenario.cluster.ipMasq) emitMasquerade(b, name);
    }
    // NOTE: the CCM's route controller works from spec.podCIDR alone; it neither knows nor
    // cares whether flanneld is running on the node.
    if (backend === 'alloc') emitVpcRoute(b, quota, node, routeTable);
  }
}

/**
 * The what-if `flanneld-down` (its id kept for URLs): a flanneld that never gets as far as its
 * lease on this node, so nothing it would write exists.
 */
// NOTE: a flanneld that dies after setup is a different story: /run/flannel/subnet.env stays on
// the host (flannel pkg/subnet WriteSubnetFile writes it once; nothing removes it on exit) and so
// do its iptables rules, and in alloc mode it programs no routes (flannel pkg/backend/alloc), so
// traffic is unaffected until the node needs a new lease.
function emitFlanneldNeverStarted(b: StepBuilder, name: string): void {
  const error =
    'the kube-flannel container exits before acquiring its lease and keeps restarting: CrashLoopBackOff (what-if: flanneld-down, never started)';
  b.emit({
    phase: 'node',
    actor: 'flanneld',
    target: nodePlace(name),
    failed: true,
    changes: [{ kind: 'flanneld-status', node: name, status: 'failed', error }],
    text: later(() => titled(steps, 'neverStarts', { node: name })),
  });
}

function emitFlanneldFailure(b: StepBuilder, name: string, error: string): void {
  b.emit({
    phase: 'node',
    actor: 'flanneld',
    target: nodePlace(name),
    failed: true,
    changes: [{ kind: 'flanneld-status', node: name, status: 'failed', error }],
    text: later(() => titled(steps, 'flanneldFails', { node: name, error })),
  });
}

function emitLease(b: StepBuilder, node: NodeState, network: Cidr): void {
  const { cluster } = b.world.scenario;
  const podCidr = node.podCidr;
  if (!podCidr) return;
  const gateway = gatewayOf(podCidr);
  const ipMasq = cluster.ipMasq;
  b.emit({
    phase: 'node',
    actor: 'flanneld',
    target: nodePlace(node.name),
    changes: [
      { kind: 'flanneld-status', node: node.name, status: 'running' },
      {
        kind: 'subnet-env-written',
        node: node.name,
        subnetEnv: {
          network,
          gateway,
          prefix: podCidr.prefix,
          mtu: FLANNEL_MTU,
          ipMasq,
        },
      },
    ],
    text: later(() =>
      titled(steps, 'subnetEnv', {
        node: node.name,
        podCidr: formatCidr(podCidr),
        gateway: formatIp(gateway),
        prefix: podCidr.prefix,
        mtu: FLANNEL_MTU,
      }),
    ),
  });
}

function emitMasquerade(b: StepBuilder, name: string): void {
  const podCidr = b.world.scenario.cluster.podCidr;
  b.emit({
    phase: 'node',
    actor: 'flanneld',
    target: nodePlace(name),
    changes: [{ kind: 'masquerade-rules-added', node: name }],
    text: later(() => titled(steps, 'masq', { node: name, podCidr })),
  });
}

function emitVpcRoute(b: StepBuilder, quota: RouteQuota, node: NodeState, routeTable: string): void {
  const name = node.name;
  const podCidr = node.podCidr;
  if (!podCidr) {
    b.emit({
      phase: 'node',
      actor: 'ccm',
      target: nodePlace(name),
      failed: true,
      // NOTE: cloud-provider-alibaba-cloud pkg/controller/route syncCloudRoute: a node without a
      // pod CIDR gets updateNetworkingCondition(false), NetworkUnavailable=True.
      changes: [networkUnavailable(name, 'RouteController failed to create a route')],
      text: later(() => titled(steps, 'noVpcRoute', { node: name, taint: NETWORK_UNAVAILABLE_TAINT })),
    });
    return;
  }
  const destination = formatCidr(podCidr);
  if (quota.used >= quota.limit) {
    b.emit({
      phase: 'node',
      actor: 'ccm',
      target: nodePlace(name),
      failed: true,
      changes: [
        { kind: 'node-vpc-route', node: name, status: 'quota-exceeded' },
        {
          kind: 'event-recorded',
          event: {
            type: 'Warning',
            reason: 'CreateRouteFailed',
            source: ROUTE_EVENT_SOURCE,
            object: `Node/${name}`,
            message: createRouteFailed(routeTable, node.providerId, destination),
          },
        },
        networkUnavailable(name, 'RouteController failed to create a route'),
      ],
      text: later(() =>
        titled(steps, 'vpcRouteRefused', {
          node: name,
          destination,
          id: node.instanceId,
          limit: quota.limit,
          error: ROUTE_QUOTA_EXCEEDED,
          taint: NETWORK_UNAVAILABLE_TAINT,
        }),
      ),
    });
    return;
  }
  quota.used++;
  const used = quota.used;
  b.emit({
    phase: 'node',
    actor: 'ccm',
    target: nodePlace(name),
    changes: [
      {
        kind: 'vpc-route-added',
        entry: {
          destination,
          cidr: podCidr,
          type: 'custom',
          nextHopType: 'instance',
          nextHop: node.instanceId,
          node: name,
        },
      },
      { kind: 'node-vpc-route', node: name, status: 'created' },
      {
        kind: 'event-recorded',
        event: {
          type: 'Normal',
          reason: 'CreatedRoute',
          source: ROUTE_EVENT_SOURCE,
          object: `Node/${name}`,
          message: createdRoute(routeTable, name, destination),
        },
      },
      {
        kind: 'node-condition-set',
        node: name,
        condition: {
          type: 'NetworkUnavailable',
          status: 'False',
          reason: 'RouteCreated',
          message: 'RouteController created a route',
        },
      },
      { kind: 'node-taint-removed', node: name, taint: NETWORK_UNAVAILABLE_TAINT },
    ],
    text: later(() =>
      titled(steps, 'vpcRoute', {
        destination,
        node: name,
        id: node.instanceId,
        taint: NETWORK_UNAVAILABLE_TAINT,
        used,
        limit: quota.limit,
      }),
    ),
  });
}
