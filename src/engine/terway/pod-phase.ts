import { type Slices, type StepBuilder, titled } from '../construction/builder.ts';
import type { Change } from '../construction/changes.ts';
import {
  emitFullNodePending,
  emitTaintedPending,
  type SchedulingMessages,
} from '../construction/pending-pods.ts';
import { podsPastMaxPods, tainted } from '../construction/pod-scheduling.ts';
import { containersOf } from '../construction/pod-steps.ts';
import { containerId, macAddress } from '../ids.ts';
import { later } from '../later.ts';
import { steps } from '../messages/en/steps.ts';
import { terwaySteps } from '../messages/en/terwaySteps.ts';
import { message } from '../messages/message.ts';
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
    text: later(() => titled(terwaySteps, 'tDry', { vswitches: names, node })),
  });
}

function emitSandbox(b: StepBuilder, spec: PodSpec): void {
  const { name, node, containers } = spec;
  b.emit({
    phase: 'pod',
    actor: 'kubelet',
    target: podPlace(name),
    changes: [{ kind: 'pod-sandbox-created', pod: name, node, containers }],
    text: later(() => [
      message(steps, 'sandboxTitle', { pod: name, node }),
      message(terwaySteps, 'tSandbox', containersOf(containers, { pod: name, node })),
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
      text: later(() =>
        titled(terwaySteps, 'tCreateEni', {
          eni: eni.id,
          vswitch: eni.vswitch,
          node: name,
          cidr: formatCidr(eni.vswitchCidr),
          ip: formatIp(ip),
        }),
      ),
    });
    b.emit({
      phase: 'pod',
      actor: 'terwayd',
      target: nodePlace(name),
      changes: [eniChange(name, eni)],
      text: later(() =>
        titled(terwaySteps, 'tAttach', {
          eni: eni.id,
          node: name,
          device: eni.device,
          mac: eni.mac,
          ifindex: eni.ifindex,
          table: eniTableId(eni.ifindex),
          ip: formatIp(ip),
        }),
      ),
    });
    return;
  }
  b.emit({
    phase: 'pod',
    actor: 'terwayd',
    target: nodePlace(name),
    changes: [eniChange(name, eni)],
    text: later(() =>
      titled(terwaySteps, 'tAssign', {
        ip: formatIp(ip),
        device: eni.device,
        eni: eni.id,
        used: eni.ips.length - 1,
        vswitch: eni.vswitch,
      }),
    ),
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
    text: later(() =>
      titled(terwaySteps, 'tPodIp', {
        pod: name,
        ip: ipText,
        device: eni.device,
        veth: hostName,
        node: node.name,
        toPriority: TO_CONTAINER_PRIORITY,
        fromPriority: FROM_CONTAINER_PRIORITY,
        table,
      }),
    ),
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
      text: later(() =>
        titled(terwaySteps, 'tIpNotEnough', { vswitch: failure.vswitch, pod: name, error: ecsError, node }),
      ),
    });
  }
  if (failure.reason === 'eni-quota-exceeded' && firstOnNode) emitEniQuotaExceeded(b, name, node);
  const error = terwaySandboxFailed(containerId(name), cniError);
  const why = failure.reason === 'enis-full' ? 0 : failure.reason === 'eni-quota-exceeded' ? 1 : 2;
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
    text: later(() =>
      titled(terwaySteps, 'tNoAddress', {
        pod: name,
        error: NO_ENI_CAN_HANDLE,
        why,
        node,
        code: ENI_PER_INSTANCE_LIMIT,
        vswitch: 'vswitch' in failure ? failure.vswitch : '',
        cniError,
      }),
    ),
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
    text: later(() =>
      titled(terwaySteps, 'tEniRefused', { node, code: ENI_PER_INSTANCE_LIMIT, id: instance, pod }),
    ),
  });
}

/** terwayd's Warning AllocIPFailed event on a node or a pod. */
function allocIpFailed(object: string, message: string): Change {
  return {
    kind: 'event-recorded',
    event: { type: 'Warning', reason: 'AllocIPFailed', source: 'terway-daemon', object, message },
  };
}
