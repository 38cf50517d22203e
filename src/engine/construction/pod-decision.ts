/**
 * What happens to one pod in the pod phase, decided from the world as it stands, by the same
 * rules as the step recorder (pod-phase.ts, pending-pods.ts): the scheduler's verdict (a tainted
 * node, or a node past maxPods, leaves the pod Pending), the Flannel CNI plugin's read of
 * subnet.env, the bridge plugin's cni0 and veth, host-local's address. The world writer
 * (pod-writer.ts) writes it straight into the world; a test holds the two to the same world.
 */

import {
  createHostLocalRange,
  type HostLocalRange,
  rangeSetText,
  reserveGiven,
  reserveNext,
} from '../addressing/host-local.ts';
import { devicesBeforeCni0 } from '../dataplane/flannel.ts';
import { containerId } from '../ids.ts';
import { type Cidr, parseIp } from '../net/ipv4.ts';
import { KUBELET_MAX_PODS } from '../scenario/limits.ts';
import type { PodSpec } from '../scenario/types.ts';
import type { NodeState, SubnetEnv } from '../world/types.ts';
import type { Draft } from './apply.ts';
import { noIpAddresses, SUBNET_ENV_MISSING, sandboxFailed } from './messages.ts';
import { schedulingMessage, type Unschedulable } from './scheduling.ts';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Interface indexes on a node: lo 1, eth0 2, cni0 3, then one per veth in creation order. */
const FIRST_VETH_IFINDEX = 4;

/**
 * What the pod phase keeps of one node, found once per pod by the pod's slot (no look-up by name
 * per pod): its taint, the pods bound to it, its veth counter and host-local range.
 */
interface PodNode {
  /** The draft's node (changed in place during the pod phase: apply.ts nodeOf), or undefined. */
  readonly node: NodeState | undefined;
  readonly tainted: boolean;
  /** Pods bound to the node so far (the kube-flannel pod counts). */
  bound: number;
  /** The pods it cannot take, in scenario order (pods left Pending by a taint do not count). */
  overflow: PodSpec[] | undefined;
  veths: number;
  range: HostLocalRange | undefined;
  /** Pod IPs the scenario gives on this node (an imported cluster): never handed to another pod. */
  readonly given: number[];
}

export type PodDecision =
  /**
   * kube-scheduler binds it nowhere: its node is tainted, or full. `pods`: the pods left Pending
   * here (this one; for a full node, all the node's pods past maxPods, in one step).
   */
  | { readonly kind: 'pending'; readonly message: string; readonly pods: readonly PodSpec[] }
  /** Past maxPods, and not the node's first pod past it: already left Pending with that one. */
  | { readonly kind: 'pending-with-first' }
  | NoSubnetEnvDecision
  | NetworkDecision;

/** The sandbox is made, then the CNI ADD fails: flanneld wrote no subnet.env. */
export interface NoSubnetEnvDecision {
  readonly kind: 'no-subnet-env';
  readonly spec: PodSpec;
  readonly error: string;
}

/** The sandbox, the delegate config, cni0 (on the node's first pod) and the veth; then the IP or none. */
export interface NetworkDecision {
  readonly kind: 'network';
  readonly spec: PodSpec;
  readonly node: NodeState;
  readonly subnetEnv: SubnetEnv;
  readonly podCidr: Cidr;
  readonly makesCni0: boolean;
  readonly ifindex: number;
  /** undefined: host-local has no address left (`cniError` says so). */
  readonly ip: number | undefined;
  readonly cniError: string | undefined;
}

/** Decides the pods of a scenario one after the other, keeping each node's counters. */
export class PodDecider {
  readonly #world: Draft;
  /** Each pod's node, by slot. */
  readonly #nodeOf: PodNode[];
  /** The pods past their node's maxPods. */
  readonly #past = new Set<PodSpec>();
  readonly #messages = new Map<string, string>();

  constructor(world: Draft) {
    this.#world = world;
    const specs = world.scenario.pods;
    const byName = new Map<string, PodNode>();
    const nodeOf: PodNode[] = new Array(specs.length);
    for (let slot = 0; slot < specs.length; slot++) {
      const spec = specs[slot] as PodSpec;
      let at = byName.get(spec.node);
      if (at === undefined) {
        at = podNode(world.nodes.get(spec.node));
        byName.set(spec.node, at);
      }
      nodeOf[slot] = at;
      if (spec.ip !== undefined) at.given.push(parseIp(spec.ip) as number);
      // Taints do not change during the pod phase: the scheduler sees the same ones for every pod.
      if (at.tainted) continue;
      if (at.bound < KUBELET_MAX_PODS) {
        at.bound++;
        continue;
      }
      at.overflow ??= [];
      at.overflow.push(spec);
      this.#past.add(spec);
    }
    this.#nodeOf = nodeOf;
  }

  #message(node: string, why: Unschedulable): string {
    const key = `${why} ${node}`;
    let message = this.#messages.get(key);
    if (message === undefined) {
      message = schedulingMessage(this.#world, node, why);
      this.#messages.set(key, message);
    }
    return message;
  }

  /**
   * The fate of the pod of `slot` (pods are decided in scenario order, each once). A network
   * decision is written into `reuse` when given: the world writer's one object, which it writes
   * into the world at once (150,000 pods make no 150,000 decisions); the recorder's steps keep
   * theirs.
   */
  decide(spec: PodSpec, slot: number, reuse?: Mutable<NetworkDecision>): PodDecision {
    const at = this.#nodeOf[slot] as PodNode;
    if (at.tainted) {
      return { kind: 'pending', message: this.#message(spec.node, 'tainted'), pods: [spec] };
    }
    if (this.#past.size > 0 && this.#past.has(spec)) {
      const past = at.overflow as PodSpec[];
      // The node's first pod past maxPods brings all of them, in one step.
      return past[0] === spec
        ? { kind: 'pending', message: this.#message(spec.node, 'full'), pods: past }
        : { kind: 'pending-with-first' };
    }
    const node = at.node;
    const subnetEnv = node?.subnetEnv;
    const podCidr = node?.podCidr;
    if (!node || !subnetEnv || !podCidr) {
      return {
        kind: 'no-subnet-env',
        spec,
        error: sandboxFailed(containerId(spec.name), SUBNET_ENV_MISSING),
      };
    }
    const ifindex = FIRST_VETH_IFINDEX + at.veths++;
    if (!at.range) {
      at.range = createHostLocalRange(podCidr);
      reserveGiven(at.range, at.given);
    }
    const ip = spec.ip !== undefined ? (parseIp(spec.ip) as number) : reserveNext(at.range);
    const makesCni0 = !node.cni0;
    const cniError = ip === undefined ? noIpAddresses(rangeSetText(at.range)) : undefined;
    // A new decision is one literal (its fields in the object, not in a store beside it).
    if (reuse === undefined)
      return { kind: 'network', spec, node, subnetEnv, podCidr, makesCni0, ifindex, ip, cniError };
    reuse.spec = spec;
    reuse.node = node;
    reuse.subnetEnv = subnetEnv;
    reuse.podCidr = podCidr;
    reuse.makesCni0 = makesCni0;
    reuse.ifindex = ifindex;
    reuse.ip = ip;
    reuse.cniError = cniError;
    return reuse;
  }
}

function podNode(node: NodeState | undefined): PodNode {
  return {
    node,
    tainted: node !== undefined && node.taints.length > 0,
    bound: 1,
    overflow: undefined,
    veths: devicesBeforeCni0(node),
    range: undefined,
    given: [],
  };
}
