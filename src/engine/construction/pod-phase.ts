import {
  createHostLocalRange,
  type HostLocalRange,
  rangeSetText,
  reserveGiven,
  reserveNext,
} from '../addressing/host-local.ts';
import { devicesBeforeCni0 } from '../dataplane/flannel.ts';
import { containerId, macAddress, vethName } from '../ids.ts';
import { formatCidr, formatIp, parseIp } from '../net/ipv4.ts';
import { nodePlace, podPlace } from '../places.ts';
import { KUBELET_MAX_PODS } from '../scenario/limits.ts';
import type { PodSpec } from '../scenario/types.ts';
import { cniChain } from '../tables/nat-rules.ts';
import type { NodeState } from '../world/types.ts';
import { lazyText, type Slices, type StepBuilder } from './builder.ts';
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
    text: lazyText(() => [
      `Sandbox for ${name} on ${nodeName}: a new network namespace`,
      `${name} is bound to ${nodeName}. kubelet asks the container runtime for a sandbox (the pause container), which owns a fresh network namespace. ${containers.length > 1 ? `All ${containers.length} containers (${containers.join(', ')}) will join it and share one lo and one eth0.` : `Its container ${containers[0]} will join it.`} For now the namespace holds only lo.`,
    ]),
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
      text: lazyText(() => [
        `CNI ADD for ${name} fails: no subnet.env`,
        `kubelet runs the Flannel CNI plugin (type "flannel" in 10-flannel.conf). Its first move is to read /run/flannel/subnet.env, which flanneld has not written on ${nodeName}: "${SUBNET_ENV_MISSING}" The runtime tears the sandbox down again; kubelet records FailedCreatePodSandBox and retries, and ${name} stays in ContainerCreating.`,
      ]),
    });
    return;
  }
  const podCidr = node.podCidr;
  b.emit({
    phase: 'pod',
    actor: 'flannel-cni',
    target,
    changes: [{ kind: 'cni-delegate-written', pod: name }],
    text: lazyText(() => [
      `Flannel CNI reads subnet.env and delegates to bridge`,
      `kubelet calls the Flannel CNI plugin with ADD. The plugin, a binary on the node and not the flanneld pod, reads subnet.env and turns it into a config for the bridge plugin: bridge cni0 as the pods' gateway, host-local IPAM over ${formatCidr(podCidr)}, a route to ${formatCidr(subnetEnv.network)}, MTU ${subnetEnv.mtu}, and ipMasq ${!subnetEnv.ipMasq} (the opposite of FLANNEL_IPMASQ: ${subnetEnv.ipMasq ? 'flanneld already masquerades' : 'flanneld does not masquerade, so the bridge plugin must'}). It saves that config under /var/lib/cni/flannel/${containerId(name).slice(0, 12)}… and runs bridge. flanneld built the channel; the CNI plugin now builds this pod's branch.`,
    ]),
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
      text: lazyText(() => [
        `bridge plugin creates cni0 on ${nodeName} (${formatIp(gateway)}/${podCidr.prefix})`,
        `${name} is the first pod on ${nodeName}, so the bridge plugin creates the Linux bridge cni0, gives it the gateway address ${formatIp(gateway)}/${podCidr.prefix} (it also makes sure net.ipv4.ip_forward is 1, which kubeadm already required of the node). The kernel adds the connected route ${formatCidr(podCidr)} dev cni0. The CNI plugin made it, yet cni0 belongs to the node's network: every later pod on ${nodeName} plugs into the same bridge.`,
      ]),
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
    text: lazyText(() => [
      `veth pair ${hostName} ↔ eth0 for ${name}`,
      `The bridge plugin creates a veth pair: a virtual cable with two ends. One end becomes eth0 inside ${name}'s namespace; the other, ${hostName}, stays on ${nodeName} and is attached to cni0 with hairpin mode on. Frames from the pod now reach the bridge.`,
    ]),
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
      text: lazyText(() => [
        `No IP left for ${name} on ${nodeName}`,
        `host-local has handed out every usable address of ${formatCidr(podCidr)} (all but the network, the gateway and the broadcast) and answers "${cniError}". The ADD fails, the sandbox and its veth are torn down, and ${name} stays in ContainerCreating.`,
      ]),
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
    text: lazyText(() => [
      `${name} gets IP ${formatIp(ip)}`,
      `${given ? `The allocator had assigned ${formatIp(ip)} to ${name}: the cluster was imported with this pod IP, which host-local keeps reserved in /var/lib/cni/networks/cbr0/${formatIp(ip)}, so no other pod gets it.` : `host-local IPAM hands out the next free address of ${formatCidr(podCidr)} after the last one it gave, skipping the gateway, and records it in /var/lib/cni/networks/cbr0/${formatIp(ip)}.`} The bridge plugin puts ${formatIp(ip)}/${podCidr.prefix} on the pod's eth0 with routes to ${formatCidr(subnetEnv.network)} and a default via ${formatIp(subnetEnv.gateway)}.${subnetEnv.ipMasq ? '' : ` FLANNEL_IPMASQ=false, so the Flannel CNI plugin gave the bridge plugin ipMasq: true: it adds the nat chain ${cniChain(name)} for ${formatIp(ip)}, which accepts traffic to ${formatCidr(podCidr)} and masquerades everything else that is not multicast, other nodes' pods included.`} ${name} is Running.`,
    ]),
  });
}
