/**
 * The pod phase's steps, stored compactly: a 150,000-pod scenario records about 600,000 of them,
 * so each is one small object (its index, its kind, its pod's slot and the decision it shares with
 * the pod's other steps), and its target, changes and texts are made when read. Folding one
 * writes the pod table and the node straight away (applyStep), as its changes would: a property
 * test holds the fold of the changes equal to the fold of the steps (world-writer.property.test.ts).
 */
import { containerId, macAddress, vethName } from '../ids.ts';
import { steps } from '../messages/en/steps.ts';
import type { Text } from '../messages/message.ts';
import { formatCidr, formatIp } from '../net/ipv4.ts';
import { nodePlace, type PlaceId, podPlace } from '../places.ts';
import { cniChain } from '../tables/nat-rules.ts';
import { applyChange, type Draft, nodeOf } from './apply.ts';
import { LazyTextStep, titled } from './builder.ts';
import type { Actor, Change, Phase, Step } from './changes.ts';
import { SUBNET_ENV_MISSING, sandboxFailed } from './messages.ts';
import type { NetworkDecision, NoSubnetEnvDecision } from './pod-decision.ts';

/** What a pod step does; its actor, failure and changes follow from it. */
export const SANDBOX = 0;
export const NO_SUBNET_ENV = 1;
export const DELEGATE = 2;
export const CNI0 = 3;
export const VETH = 4;
export const NO_IP = 5;
export const POD_IP = 6;
export type PodStepKind = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const NO_SUBNET_ENV_STEPS: readonly PodStepKind[] = [SANDBOX, NO_SUBNET_ENV];
const NETWORK_STEPS: readonly (readonly PodStepKind[])[] = [
  [SANDBOX, DELEGATE, VETH, NO_IP],
  [SANDBOX, DELEGATE, VETH, POD_IP],
  [SANDBOX, DELEGATE, CNI0, VETH, NO_IP],
  [SANDBOX, DELEGATE, CNI0, VETH, POD_IP],
];

/**
 * The steps a pod's decision makes, in order: the step recorder (pod-phase.ts) records them, the
 * world writer (pod-writer.ts) writes them. The sandbox, then either the missing subnet.env or
 * the delegation, cni0 on the node's first pod, the veth pair and the pod IP (or its failure).
 */
export function podStepKinds(decision: NetworkDecision | NoSubnetEnvDecision): readonly PodStepKind[] {
  if (decision.kind === 'no-subnet-env') return NO_SUBNET_ENV_STEPS;
  return NETWORK_STEPS[
    (decision.makesCni0 ? 2 : 0) + (decision.ip === undefined ? 0 : 1)
  ] as readonly PodStepKind[];
}

const ACTORS: readonly Actor[] = [
  'kubelet',
  'flannel-cni',
  'flannel-cni',
  'bridge-plugin',
  'bridge-plugin',
  'host-local',
  'host-local',
];

/** The pod phase's shared write of a sandbox (the object is only read). */
const SANDBOX_CREATION = Object.freeze({ phase: 'ContainerCreating', netns: true } as const);

/** One step of one pod's sandbox and network (pending pods are ordinary steps: pending-pods.ts). */
export class PodStep extends LazyTextStep implements Step {
  readonly index: number;
  readonly #kind: PodStepKind;
  /** The pod's slot in the world's pod table (its index in the scenario). */
  readonly #slot: number;
  readonly #decision: NetworkDecision | NoSubnetEnvDecision;

  constructor(
    index: number,
    kind: PodStepKind,
    slot: number,
    decision: NetworkDecision | NoSubnetEnvDecision,
  ) {
    super();
    this.index = index;
    this.#kind = kind;
    this.#slot = slot;
    this.#decision = decision;
  }

  get phase(): Phase {
    return 'pod';
  }

  get actor(): Actor {
    return ACTORS[this.#kind] as Actor;
  }

  get target(): PlaceId {
    const spec = this.#decision.spec;
    return this.#kind === CNI0 ? nodePlace(spec.node) : podPlace(spec.name);
  }

  get failed(): boolean {
    return this.#kind === NO_SUBNET_ENV || this.#kind === NO_IP;
  }

  /** The network decision of a step past the subnet.env check. */
  get #network(): NetworkDecision {
    return this.#decision as NetworkDecision;
  }

  get changes(): readonly Change[] {
    const { name: pod, node, containers } = this.#decision.spec;
    switch (this.#kind) {
      case SANDBOX:
        return [{ kind: 'pod-sandbox-created', pod, node, containers }];
      case NO_SUBNET_ENV:
      case NO_IP:
        return [
          { kind: 'sandbox-torn-down', pod },
          { kind: 'pod-phase', pod, phase: 'ContainerCreating', error: podError(this.#decision) },
        ];
      case DELEGATE:
        return [{ kind: 'cni-delegate-written', pod }];
      case CNI0: {
        const d = this.#network;
        return [
          {
            kind: 'cni0-created',
            node,
            mac: macAddress(`cni0:${node}`),
            gateway: d.subnetEnv.gateway,
            prefix: d.podCidr.prefix,
          },
        ];
      }
      case VETH:
        return [
          {
            kind: 'veth-created',
            pod,
            hostName: vethName(pod),
            hostMac: macAddress(`veth-host:${pod}`),
            podMac: macAddress(`veth-pod:${pod}`),
            ifindex: this.#network.ifindex,
          },
        ];
      default:
        return [
          { kind: 'pod-ip-assigned', pod, ip: this.#network.ip as number },
          { kind: 'pod-phase', pod, phase: 'Running' },
        ];
    }
  }

  /** Writes the step into `draft`, as folding its changes would, without making them. */
  applyTo(draft: Draft): void {
    writePodStep(draft, this.#kind, this.#slot, this.#decision);
  }

  protected text(): readonly [Text, Text] {
    const d = this.#decision;
    const { name: pod, node, containers } = d.spec;
    switch (this.#kind) {
      case SANDBOX:
        return titled(steps, 'sandbox', containersOf(containers, { pod, node }));
      case NO_SUBNET_ENV:
        return titled(steps, 'noSubnetEnv', { pod, node, error: SUBNET_ENV_MISSING });
    }
    const { subnetEnv, podCidr } = d as NetworkDecision;
    switch (this.#kind) {
      case DELEGATE:
        return titled(steps, 'delegate', {
          podCidr: formatCidr(podCidr),
          network: formatCidr(subnetEnv.network),
          mtu: subnetEnv.mtu,
          bridgeMasq: String(!subnetEnv.ipMasq),
          masq: subnetEnv.ipMasq ? 1 : 0,
          id: containerId(pod).slice(0, 12),
        });
      case CNI0:
        return titled(steps, 'cni0', {
          node,
          gateway: formatIp(subnetEnv.gateway),
          prefix: podCidr.prefix,
          pod,
          podCidr: formatCidr(podCidr),
        });
      case VETH:
        return titled(steps, 'veth', { veth: vethName(pod), pod, node });
      case NO_IP:
        return titled(steps, 'noIp', {
          pod,
          node,
          podCidr: formatCidr(podCidr),
          error: (d as NetworkDecision).cniError as string,
        });
      default:
        return titled(steps, 'podIp', {
          pod,
          ip: formatIp((d as NetworkDecision).ip as number),
          given: d.spec.ip !== undefined ? 1 : 0,
          podCidr: formatCidr(podCidr),
          prefix: podCidr.prefix,
          network: formatCidr(subnetEnv.network),
          gateway: formatIp(subnetEnv.gateway),
          masq: subnetEnv.ipMasq ? 1 : 0,
          chain: subnetEnv.ipMasq ? '' : cniChain(pod),
        });
    }
  }
}

/** The pod's error when its CNI ADD fails (kubelet's FailedCreatePodSandBox). */
function podError(d: NetworkDecision | NoSubnetEnvDecision): string {
  return d.kind === 'no-subnet-env' ? d.error : sandboxFailed(containerId(d.spec.name), d.cniError as string);
}

/**
 * Writes one pod step into `draft` as folding its changes would: the recorder's and a fold's way
 * (PodStep.applyTo), and the world writer's (pod-writer.ts), which makes no step.
 */
export function writePodStep(
  draft: Draft,
  kind: PodStepKind,
  slot: number,
  decision: NetworkDecision | NoSubnetEnvDecision,
): void {
  const pods = draft.pods;
  switch (kind) {
    case SANDBOX:
      pods.create(slot, SANDBOX_CREATION);
      return;
    case NO_SUBNET_ENV:
    case NO_IP:
      pods.tearDown(slot);
      pods.setPhase(slot, 'ContainerCreating', podError(decision));
      return;
    case DELEGATE:
      pods.setCniDelegate(slot);
      return;
    case CNI0: {
      // The draft's own node (a fold's draft is not the one the step was recorded in).
      const { subnetEnv, podCidr, spec } = decision as NetworkDecision;
      nodeOf(draft, spec.node).cni0 = {
        mac: macAddress(`cni0:${spec.node}`),
        gateway: subnetEnv.gateway,
        prefix: podCidr.prefix,
        up: true,
      };
      return;
    }
    case VETH:
      pods.setVeth(slot, (decision as NetworkDecision).ifindex);
      return;
    default:
      pods.setIp(slot, (decision as NetworkDecision).ip as number);
      pods.setPhase(slot, 'Running', undefined);
  }
}

/** Folds one step into `draft`: a pod step straight into the pod table, any other by its changes. */
export function applyStep(draft: Draft, step: Step): void {
  if (step instanceof PodStep) step.applyTo(draft);
  else for (const change of step.changes) applyChange(draft, change);
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
