import {
  createHostLocalRange,
  type HostLocalRange,
  rangeSetText,
  reserveGiven,
  reserveNext,
} from '../addressing/host-local.ts';
import { containerId, macAddress, vethName } from '../ids.ts';
import { formatCidr, formatIp, parseIp } from '../net/ipv4.ts';
import { nodePlace, podPlace } from '../places.ts';
import type { PodSpec } from '../scenario/types.ts';
import { cniChain } from '../tables/nat-rules.ts';
import type { NodeState } from '../world/types.ts';
import { lazyText, type StepBuilder } from './builder.ts';
import {
  failedScheduling,
  KUBELET_MAX_PODS,
  NOT_SELECTED,
  noIpAddresses,
  outOfPods,
  SUBNET_ENV_MISSING,
  sandboxFailed,
  UNTOLERATED_TAINT,
} from './messages.ts';

/** Interface indexes on a node: lo 1, eth0 2, cni0 3, then one per veth in creation order. */
const FIRST_VETH_IFINDEX = 4;

interface NodeCounters {
  /** Pods kubelet has admitted, the kube-flannel pod included. */
  admitted: number;
  veths: number;
  range?: HostLocalRange;
  /** Pod IPs the scenario gives on this node (an imported cluster): never handed to another pod. */
  readonly given: number[];
}

/**
 * Pod phase, per pod in scenario order: kubelet creates the sandbox and its netns, then calls
 * the Flannel CNI plugin, which reads subnet.env and delegates to the bridge plugin (cni0 on the
 * node's first pod, a veth pair) and host-local IPAM (the pod IP).
 */
export function buildPodPhase(b: StepBuilder): void {
  const counters = new Map<string, NodeCounters>();
  const counterOf = (node: string): NodeCounters => {
    let counter = counters.get(node);
    if (!counter) {
      counter = { admitted: 1, veths: 0, given: [] };
      counters.set(node, counter);
    }
    return counter;
  };
  for (const spec of b.world.scenario.pods) {
    if (spec.ip !== undefined) counterOf(spec.node).given.push(parseIp(spec.ip) as number);
  }
  for (const spec of b.world.scenario.pods) buildPod(b, spec, counterOf(spec.node));
}

/**
 * kube-scheduler's verdict when the pod's node carries a NoSchedule taint: each node counted
 * under its first failing filter (TaintToleration runs before NodeAffinity).
 */
function schedulingFailure(b: StepBuilder, nodeName: string): string | undefined {
  const node = b.world.nodes.get(nodeName);
  if (!node || node.taints.length === 0) return undefined;
  const reasons = [...b.world.nodes.values()]
    .filter((n) => n.registered)
    .map((n) => (n.taints.length > 0 ? UNTOLERATED_TAINT : NOT_SELECTED));
  return failedScheduling(reasons);
}

function buildPod(b: StepBuilder, spec: PodSpec, counter: NodeCounters): void {
  const { name, node: nodeName, containers } = spec;
  const target = podPlace(name);
  const unschedulable = schedulingFailure(b, nodeName);
  if (unschedulable !== undefined) {
    const taint = b.world.nodes.get(nodeName)?.taints[0] ?? '';
    b.emit({
      phase: 'pod',
      actor: 'kube-scheduler',
      target,
      failed: true,
      changes: [
        {
          kind: 'pod-rejected',
          pod: name,
          node: nodeName,
          containers,
          error: unschedulable,
          phase: 'Pending',
        },
        {
          kind: 'event-recorded',
          event: {
            type: 'Warning',
            reason: 'FailedScheduling',
            source: 'default-scheduler',
            object: `Pod/${name}`,
            message: unschedulable,
          },
        },
      ],
      text: lazyText(() => [
        `${name} stays Pending: ${nodeName} is tainted`,
        `${name} may only run on ${nodeName}, and ${nodeName} still carries the taint ${taint}, which ${name} does not tolerate. kube-scheduler binds it nowhere and records FailedScheduling: "${unschedulable}" No kubelet sees the pod, so no sandbox, no network namespace and no CNI call happen; it stays Pending until the taint is lifted.`,
      ]),
    });
    return;
  }
  if (counter.admitted >= KUBELET_MAX_PODS) {
    const error = outOfPods(KUBELET_MAX_PODS);
    b.emit({
      phase: 'pod',
      actor: 'kubelet',
      target,
      failed: true,
      changes: [{ kind: 'pod-rejected', pod: name, node: nodeName, containers, error }],
      text: lazyText(() => [
        `kubelet on ${nodeName} rejects ${name}: OutOfpods`,
        `kubelet runs at most ${KUBELET_MAX_PODS} pods per node (maxPods), the kube-flannel pod included, whatever the pod CIDR could hold. ${nodeName} is full, so ${name} fails admission: ${error}.`,
      ]),
    });
    return;
  }
  counter.admitted++;
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
