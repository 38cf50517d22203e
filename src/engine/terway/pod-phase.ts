import { lazyText, type Slices, type StepBuilder } from '../construction/builder.ts';
import type { Change } from '../construction/changes.ts';
import {
  emitFullNodePending,
  emitTaintedPending,
  type SchedulingMessages,
} from '../construction/pending-pods.ts';
import { podsPastMaxPods, tainted } from '../construction/pod-phase.ts';
import { containerId, macAddress } from '../ids.ts';
import { formatCidr, formatIp } from '../net/ipv4.ts';
import { nodePlace, podPlace } from '../places.ts';
import type { PodSpec } from '../scenario/types.ts';
import type { NodeState } from '../world/types.ts';
import { podVswitchesOf, type TerwayConfig, vswitchCidrs } from './config.ts';
import { type Allocation, type Eni, EniPools } from './eni-pool.ts';
import { faultedNodes } from './faults.ts';
import {
  allocIpError,
  ENI_PER_INSTANCE_LIMIT,
  eniPerInstanceLimit,
  ipNotEnough,
  NO_ENI_CAN_HANDLE,
  SUFFICIENT_IP_CONDITION,
  terwaySandboxFailed,
} from './messages.ts';
import { eniTableId, FROM_CONTAINER_PRIORITY, TO_CONTAINER_PRIORITY } from './tables.ts';
import { terwayVethName } from './veth-name.ts';

/**
 * Pod phase on Terway, per pod in scenario order: the sandbox, then the terway CNI plugin asks
 * terwayd for an address (AllocIP). terwayd takes one from an ENI with room, or creates and
 * attaches a new ENI (CreateNetworkInterface, AttachNetworkInterface), or assigns one more
 * address to it (AssignPrivateIpAddresses); then the plugin builds the veth and policy routing.
 */
export function* buildTerwayPodPhase(b: StepBuilder, config: TerwayConfig): Slices {
  const { scenario } = b.world;
  const nodeIps = new Set<number>();
  for (const node of b.world.nodes.values()) nodeIps.add(node.ip);
  const pools = new EniPools(vswitchCidrs(scenario), nodeIps, config.eni);
  for (const node of faultedNodes(scenario, 'eni-quota-reached')) pools.refuseEnis(node);
  const runsDry = faultedNodes(scenario, 'vswitch-exhausted');
  const dry = new Set<string>();
  /** `node reason` of the node failures already reported: terwayd reports each once per node. */
  const reported = new Set<string>();
  const messages: SchedulingMessages = new Map();
  const overflow = podsPastMaxPods(b);
  for (const spec of scenario.pods) {
    yield;
    if (tainted(b, spec.node)) {
      emitTaintedPending(b, messages, spec);
      continue;
    }
    const past = overflow.get(spec.node);
    if (past?.has(spec)) {
      if (past.values().next().value === spec) emitFullNodePending(b, messages, spec.node, [...past]);
      continue;
    }
    const node = b.world.nodes.get(spec.node) as NodeState;
    const vswitches = podVswitchesOf(config, node.vswitch);
    if (runsDry.has(node.name) && !dry.has(node.name)) {
      dry.add(node.name);
      for (const v of vswitches) pools.exhaust(v);
      emitVswitchesRunDry(b, node.name, vswitches);
    }
    emitSandbox(b, spec);
    const allocation = pools.allocate(node.name, vswitches);
    if (!allocation.ok) {
      const key = `${node.name} ${allocation.reason}`;
      emitAllocFailed(b, spec, allocation, !reported.has(key));
      reported.add(key);
      continue;
    }
    emitEniCalls(b, node, allocation);
    emitPodNetwork(b, spec, node, allocation.eni, allocation.ip, pools.takeIfindex(node.name));
  }
}

/**
 * The what-if vswitch-exhausted: when the node asks for its first pod address, its pod vSwitches
 * have none left (other instances, ENIs or a neighbouring cluster took them).
 */
function emitVswitchesRunDry(b: StepBuilder, node: string, vswitches: readonly string[]): void {
  const names = vswitches.join(', ');
  b.emit({
    phase: 'pod',
    actor: 'operator',
    target: nodePlace(node),
    changes: [],
    text: lazyText(() => [
      `What-if: ${names} has no address left for ${node}'s pods`,
      `When ${node} asks for its first pod address, other instances and ENIs have taken every free address of ${names}. Running pods keep theirs; any pod needing a new one there, on any node, finds none.`,
    ]),
  });
}

function emitSandbox(b: StepBuilder, spec: PodSpec): void {
  const { name, node, containers } = spec;
  b.emit({
    phase: 'pod',
    actor: 'kubelet',
    target: podPlace(name),
    changes: [{ kind: 'pod-sandbox-created', pod: name, node, containers }],
    text: lazyText(() => [
      `Sandbox for ${name} on ${node}: a new network namespace`,
      `${name} is bound to ${node}. kubelet asks the container runtime for a sandbox (the pause container), which owns a fresh network namespace shared by ${containers.length > 1 ? `all ${containers.length} containers (${containers.join(', ')})` : `its container ${containers[0]}`}. kubelet then runs the CNI plugin of 10-terway.conflist, type "terway", which asks terwayd on the node for an address over its socket /var/run/eni/eni.socket (AllocIP).`,
    ]),
  });
}

function eniChange(node: string, eni: Eni): Change {
  return { kind: 'terway', change: { kind: 'eni-updated', node, eni } };
}

/** The ECS calls terwayd makes for this pod's address. */
function emitEniCalls(b: StepBuilder, node: NodeState, allocation: Allocation & { ok: true }): void {
  const { eni, ip } = allocation;
  const name = node.name;
  if (allocation.createdEni) {
    b.emit({
      phase: 'pod',
      actor: 'terwayd',
      target: nodePlace(name),
      changes: [],
      text: lazyText(() => [
        `terwayd creates ENI ${eni.id} in ${eni.vswitch}`,
        `${name} has no ENI with a free address, so terwayd calls CreateNetworkInterface: vSwitch ${eni.vswitch} (${formatCidr(eni.vswitchCidr)}), the cluster's security group, SourceDestCheck off (the ENI will carry pods' addresses, not only its own), one private address. ECS picks ${formatIp(ip)} in ${eni.vswitch}, a VPC address like the nodes' own.`,
      ]),
    });
    b.emit({
      phase: 'pod',
      actor: 'terwayd',
      target: nodePlace(name),
      changes: [eniChange(name, eni)],
      text: lazyText(() => [
        `ENI ${eni.id} attached to ${name} as ${eni.device}`,
        `terwayd calls AttachNetworkInterface and waits until the instance metadata service lists the ENI's MAC ${eni.mac} with its address. The node sees a new network interface, ${eni.device} (ifindex ${eni.ifindex}); its policy-routing table will be ${eniTableId(eni.ifindex)} (1000 + ifindex). The VPC now delivers ${formatIp(ip)} to this ENI, with no route table entry: the address belongs to the vSwitch.`,
      ]),
    });
    return;
  }
  b.emit({
    phase: 'pod',
    actor: 'terwayd',
    target: nodePlace(name),
    changes: [eniChange(name, eni)],
    text: lazyText(() => [
      `terwayd assigns ${formatIp(ip)} to ${eni.device} (${eni.id})`,
      `${eni.device} has room (${eni.ips.length - 1} of its addresses are in use), so terwayd calls AssignPrivateIpAddresses on ${eni.id}: ECS adds ${formatIp(ip)}, a secondary private address in ${eni.vswitch}, and the VPC will deliver it to this ENI.`,
    ]),
  });
}

/** veth, the pod's address and routes, the host's route and rules: the pod runs. */
function emitPodNetwork(
  b: StepBuilder,
  spec: PodSpec,
  node: NodeState,
  eni: Eni,
  ip: number,
  ifindex: number,
): void {
  const { name } = spec;
  const hostName = terwayVethName(name);
  const table = eniTableId(eni.ifindex);
  const ipText = formatIp(ip);
  b.emit({
    phase: 'pod',
    actor: 'terway-cni',
    target: podPlace(name),
    changes: [
      {
        kind: 'veth-created',
        pod: name,
        hostName,
        hostMac: macAddress(`veth-host:${name}`),
        podMac: macAddress(`veth-pod:${name}`),
        ifindex,
      },
      { kind: 'pod-ip-assigned', pod: name, ip },
      { kind: 'terway', change: { kind: 'pod-on-eni', pod: name, eni: eni.device, ifindex: eni.ifindex } },
      { kind: 'pod-phase', pod: name, phase: 'Running' },
      {
        kind: 'event-recorded',
        event: {
          type: 'Normal',
          reason: 'AllocIPSucceed',
          source: 'terway-daemon',
          object: `Pod/${name}`,
          // NOTE: plugin/terway/cni_linux.go: "Alloc IP %s took %s"; the time is left out.
          message: `Alloc IP ${ipText}/32 took …`,
        },
      },
    ],
    text: lazyText(() => [
      `${name} gets ${ipText} on eth0, routed by policy via ${eni.device}`,
      `terwayd answers with ${ipText} on ${eni.device}. The terway plugin creates a veth pair: eth0 in ${name} with ${ipText}/32, a route "default via 169.254.1.1 dev eth0 onlink" and a permanent neighbour entry for 169.254.1.1 with the MAC of the host end, ${hostName} on ${node.name}. No bridge and no connected subnet: every packet of the pod goes to the node. On the node it adds "${ipText} dev ${hostName} scope link" to the main table and two rules: ${TO_CONTAINER_PRIORITY}: to ${ipText} lookup main (traffic for the pod goes to its veth) and ${FROM_CONTAINER_PRIORITY}: from ${ipText} lookup ${table} (traffic from the pod leaves by ${eni.device}, the ENI that owns its address, to the vSwitch gateway). ${name} is Running.`,
    ]),
  });
}

function emitAllocFailed(
  b: StepBuilder,
  spec: PodSpec,
  failure: Allocation & { ok: false },
  firstOnNode: boolean,
): void {
  const { name, node } = spec;
  const cniError = allocIpError(NO_ENI_CAN_HANDLE);
  if (failure.reason === 'vswitch-exhausted' && firstOnNode) {
    const ecsError = ipNotEnough(failure.vswitch);
    b.emit({
      phase: 'pod',
      actor: 'terwayd',
      target: nodePlace(node),
      failed: true,
      changes: [
        allocIpFailed(`Node/${node}`, ecsError),
        { kind: 'terway', change: { kind: 'insufficient-ip', node } },
        { kind: 'node-condition-set', node, condition: SUFFICIENT_IP_CONDITION },
      ],
      text: lazyText(() => [
        `vSwitch ${failure.vswitch} has no address left: InvalidVSwitchId.IpNotEnough`,
        `terwayd needs one more address for ${name}, but ECS answers "${ecsError}" (HTTP 403). terwayd records AllocIPFailed on ${node}, blocks the vSwitch for a while, and sets the node condition SufficientIP=False (InsufficientIP, "node has insufficient IP"). Every pod vSwitch of ${node} is out of addresses: a Terway node cannot start pods once its vSwitches are full, however many ENIs it may still attach.`,
      ]),
    });
  }
  if (failure.reason === 'eni-quota-exceeded' && firstOnNode) emitEniQuotaExceeded(b, name, node);
  const error = terwaySandboxFailed(containerId(name), cniError);
  const why =
    failure.reason === 'enis-full'
      ? `every ENI the instance type allows is attached and holds all the addresses it may: the node is at its max-available-ip`
      : failure.reason === 'eni-quota-exceeded'
        ? `${node} has no ENI of its own and ECS refuses to attach one (${ENI_PER_INSTANCE_LIMIT})`
        : `no ENI of ${node} can get another address: vSwitch ${failure.vswitch} has none left`;
  b.emit({
    phase: 'pod',
    actor: 'terway-cni',
    target: podPlace(name),
    failed: true,
    changes: [
      allocIpFailed(`Pod/${name}`, cniError),
      { kind: 'sandbox-torn-down', pod: name },
      { kind: 'pod-phase', pod: name, phase: 'ContainerCreating', error },
    ],
    text: lazyText(() => [
      `No address for ${name}: ${NO_ENI_CAN_HANDLE}`,
      `terwayd answers AllocIP with "${NO_ENI_CAN_HANDLE}": ${why}. The terway plugin fails the ADD with "${cniError}" and records AllocIPFailed on the pod; the runtime tears the sandbox down and ${name} stays in ContainerCreating, retried by kubelet.`,
    ]),
  });
}

/**
 * The what-if eni-quota-reached: every ENI slot of the node's instance is taken by ENIs terwayd did
 * not create, so ECS answers CreateNetworkInterface with EniPerInstanceLimitExceeded.
 */
// NOTE: AliyunContainerService/terway pkg/eni/local.go errorHandleLocked records the error as the
// node's AllocIPFailed event and inhibits allocation for a minute on EniPerInstanceLimitExceeded.
function emitEniQuotaExceeded(b: StepBuilder, pod: string, node: string): void {
  const ecsError = eniPerInstanceLimit();
  const instance = b.world.nodes.get(node)?.instanceId ?? node;
  b.emit({
    phase: 'pod',
    actor: 'terwayd',
    target: nodePlace(node),
    failed: true,
    changes: [allocIpFailed(`Node/${node}`, ecsError)],
    text: lazyText(() => [
      `ECS refuses a new ENI on ${node}: ${ENI_PER_INSTANCE_LIMIT}`,
      `What-if: ENIs terwayd did not create take every ENI slot of ECS ${instance}. For ${pod}, CreateNetworkInterface answers ${ENI_PER_INSTANCE_LIMIT}; terwayd records AllocIPFailed on ${node} and waits a minute. No pod of ${node} gets an address.`,
    ]),
  });
}

/** terwayd's Warning AllocIPFailed event on a node or a pod. */
function allocIpFailed(object: string, message: string): Change {
  return {
    kind: 'event-recorded',
    event: { type: 'Warning', reason: 'AllocIPFailed', source: 'terway-daemon', object, message },
  };
}
