import {
  createHostLocalRange,
  type HostLocalRange,
  rangeSetText,
  reserveGiven,
  reserveNext,
} from '../addressing/host-local.ts';
import { devicesBeforeCni0 } from '../dataplane/flannel.ts';
import { containerId, macAddress, vethName } from '../ids.ts';
import { steps } from '../messages/en/steps.ts';
import { formatCidr, formatIp, parseIp } from '../net/ipv4.ts';
import { nodePlace, podPlace } from '../places.ts';
import { KUBELET_MAX_PODS } from '../scenario/limits.ts';
import type { PodSpec } from '../scenario/types.ts';
import { cniChain } from '../tables/nat-rules.ts';
import type { NodeState } from '../world/types.ts';
import { lazyText, type Slices, type StepBuilder, titled } from './builder.ts';
import { noIpAddresses, SUBNET_ENV_MISSING, sandboxFailed } from './messages.ts';
import { emitFullNodePending, emitTaintedPending, type SchedulingMessages } from './pending-pods.ts';

/** Interface indexes on a node: lo 1, eth0 2, cni0 3, then one per veth in creation order. */
const FIRST_VETH_IFINDEX = 4;

interface NodeCounters {
  veths: number;
  range?: HostLocalRange;
  /** Pod IPs the scenario gives on this node (an imported cluster): never handed to another pod. */
  readonly given: number[];
}

/**
 * Pod phase, per pod in scenario order: kube-scheduler binds the pod to its node unless the node
 * is tainted or full (then it stays Pending, pending-pods.ts); kubelet creates the sandbox and its
 * netns, then calls the Flannel CNI plugin, which reads subnet.env and delegates to the bridge
 * plugin (cni0 on the node's first pod, a veth pair) and host-local IPAM (the pod IP).
 */
export function* buildPodPhase(b: StepBuilder): Slices {
  const counters = new Map<string, NodeCounters>();
  const counterOf = (node: string): NodeCounters => {
    let counter = counters.get(node);
    if (!counter) {
      counter = { veths: devicesBeforeCni0(b.world.nodes.get(node)), given: [] };
      counters.set(node, counter);
    }
    return counter;
  };
  for (const spec of b.world.scenario.pods) {
    if (spec.ip !== undefined) counterOf(spec.node).given.push(parseIp(spec.ip) as number);
  }
  const messages: SchedulingMessages = new Map();
  const overflow = podsPastMaxPods(b);
  for (const spec of b.world.scenario.pods) {
    yield;
    if (tainted(b, spec.node)) {
      emitTaintedPending(b, messages, spec);
      continue;
    }
    const past = overflow.get(spec.node);
    if (past?.has(spec)) {
      // The node's first pod past maxPods brings all of them, in one step.
      if (past.values().next().value === spec) emitFullNodePending(b, messages, spec.node, [...past]);
      continue;
    }
    buildPod(b, spec, counterOf(spec.node));
  }
}

/** Taints do not change during the pod phase: the scheduler sees the same ones for every pod. */
export function tainted(b: StepBuilder, node: string): boolean {
  return (b.world.nodes.get(node)?.taints.length ?? 0) > 0;
}

/**
 * The pods each node cannot take, in scenario order: those bound there once it holds maxPods
 * (the kube-flannel pod counts; pods left Pending by a taint do not).
 */
export function podsPastMaxPods(b: StepBuilder): Map<string, Set<PodSpec>> {
  const bound = new Map<string, number>();
  const past = new Map<string, Set<PodSpec>>();
  for (const spec of b.world.scenario.pods) {
    if (tainted(b, spec.node)) continue;
    const count = bound.get(spec.node) ?? 1;
    if (count < KUBELET_MAX_PODS) {
      bound.set(spec.node, count + 1);
      continue;
    }
    let pods = past.get(spec.node);
    if (!pods) {
      pods = new Set();
      past.set(spec.node, pods);
    }
    pods.add(spec);
  }
  return past;
}

function buildPod(b: StepBuilder, spec: PodSpec, counter: NodeCounters): void {
  const { name, node: nodeName, containers } = spec;
  const target = podPlace(name);
  b.emit({
    phase: 'pod',
    actor: 'kubelet',
    target,
    changes: [{ kind: 'pod-sandbox-created', pod: name, node: nodeName, containers }],
    text: lazyText(() => titled(steps, 'sandbox', containersOf(containers, { pod: name, node: nodeName }))),
  });
  const node = b.world.nodes.get(nodeName) as NodeState;
  const subnetEnv = node.subnetEnv;
  if (!subnetEnv || !node.podCidr) {
    const error = sandboxFailed(containerId(name), SUBNET_ENV_MISSING);
    b.emit({
      phase: 'pod',
      actor: 'flannel-cni',
      target,
      failed: true,
      changes: [
        { kind: 'sandbox-torn-down', pod: name },
        { kind: 'pod-phase', pod: name, phase: 'ContainerCreating', error },
      ],
      text: lazyText(() =>
        titled(steps, 'noSubnetEnv', { pod: name, node: nodeName, error: SUBNET_ENV_MISSING }),
      ),
    });
    return;
  }
  const podCidr = node.podCidr;
  b.emit({
    phase: 'pod',
    actor: 'flannel-cni',
    target,
    changes: [{ kind: 'cni-delegate-written', pod: name }],
    text: lazyText(() =>
      titled(steps, 'delegate', {
        podCidr: formatCidr(podCidr),
        network: formatCidr(subnetEnv.network),
        mtu: subnetEnv.mtu,
        bridgeMasq: String(!subnetEnv.ipMasq),
        masq: subnetEnv.ipMasq ? 1 : 0,
        id: containerId(name).slice(0, 12),
      }),
    ),
  });
  if (!node.cni0) {
    const gateway = subnetEnv.gateway;
    b.emit({
      phase: 'pod',
      actor: 'bridge-plugin',
      target: nodePlace(nodeName),
      changes: [
        {
          kind: 'cni0-created',
          node: nodeName,
          mac: macAddress(`cni0:${nodeName}`),
          gateway,
          prefix: podCidr.prefix,
        },
      ],
      text: lazyText(() =>
        titled(steps, 'cni0', {
          node: nodeName,
          gateway: formatIp(gateway),
          prefix: podCidr.prefix,
          pod: name,
          podCidr: formatCidr(podCidr),
        }),
      ),
    });
  }
  const hostName = vethName(name);
  const ifindex = FIRST_VETH_IFINDEX + counter.veths++;
  b.emit({
    phase: 'pod',
    actor: 'bridge-plugin',
    target,
    changes: [
      {
        kind: 'veth-created',
        pod: name,
        hostName,
        hostMac: macAddress(`veth-host:${name}`),
        podMac: macAddress(`veth-pod:${name}`),
        ifindex,
      },
    ],
    text: lazyText(() => titled(steps, 'veth', { veth: hostName, pod: name, node: nodeName })),
  });
  if (!counter.range) {
    counter.range = createHostLocalRange(podCidr);
    reserveGiven(counter.range, counter.given);
  }
  const given = spec.ip !== undefined;
  const ip = given ? (parseIp(spec.ip as string) as number) : reserveNext(counter.range);
  if (ip === undefined) {
    const cniError = noIpAddresses(rangeSetText(counter.range));
    b.emit({
      phase: 'pod',
      actor: 'host-local',
      target,
      failed: true,
      changes: [
        { kind: 'sandbox-torn-down', pod: name },
        {
          kind: 'pod-phase',
          pod: name,
          phase: 'ContainerCreating',
          error: sandboxFailed(containerId(name), cniError),
        },
      ],
      text: lazyText(() =>
        titled(steps, 'noIp', { pod: name, node: nodeName, podCidr: formatCidr(podCidr), error: cniError }),
      ),
    });
    return;
  }
  b.emit({
    phase: 'pod',
    actor: 'host-local',
    target,
    changes: [
      { kind: 'pod-ip-assigned', pod: name, ip },
      { kind: 'pod-phase', pod: name, phase: 'Running' },
    ],
    text: lazyText(() =>
      titled(steps, 'podIp', {
        pod: name,
        ip: formatIp(ip),
        given: given ? 1 : 0,
        podCidr: formatCidr(podCidr),
        prefix: podCidr.prefix,
        network: formatCidr(subnetEnv.network),
        gateway: formatIp(subnetEnv.gateway),
        masq: subnetEnv.ipMasq ? 1 : 0,
        chain: subnetEnv.ipMasq ? '' : cniChain(name),
      }),
    ),
  });
}

/**
 * A sandbox's containers as its explanation names them: a count (1 for one container: "Its
 * container …") and their names.
 */
export function containersOf(
  containers: readonly string[],
  params: Record<string, string | number> = {},
): Record<string, string | number> {
  params.count = containers.length > 1 ? containers.length : 1;
  params.containers = containers.length > 1 ? containers.join(', ') : String(containers[0]);
  return params;
}
