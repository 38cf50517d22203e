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

/** Interface indexes on a node: lo 1, eth0 2, cni0 3, then one per veth in creation order. */
const FIRST_VETH_IFINDEX = 4;

interface NodeCounters {
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
  readonly #counters = new Map<string, NodeCounters>();
  readonly #messages = new Map<string, string>();
  /** The pods each node cannot take, in scenario order (pods left Pending by a taint do not count). */
  readonly #overflow = new Map<string, PodSpec[]>();
  readonly #past = new Set<PodSpec>();
  /** Nodes with a taint: taints do not change during the pod phase. */
  readonly #taintedNodes = new Set<string>();

  constructor(world: Draft) {
    this.#world = world;
    for (const node of world.nodes.values()) if (node.taints.length > 0) this.#taintedNodes.add(node.name);
    const bound = new Map<string, number>();
    for (const spec of world.scenario.pods) {
      if (spec.ip !== undefined) this.#counterOf(spec.node).given.push(parseIp(spec.ip) as number);
      if (this.#tainted(spec.node)) continue;
      // The kube-flannel pod counts.
      const count = bound.get(spec.node) ?? 1;
      if (count < KUBELET_MAX_PODS) {
        bound.set(spec.node, count + 1);
        continue;
      }
      let pods = this.#overflow.get(spec.node);
      if (!pods) {
        pods = [];
        this.#overflow.set(spec.node, pods);
      }
      pods.push(spec);
      this.#past.add(spec);
    }
  }

  /** Taints do not change during the pod phase: the scheduler sees the same ones for every pod. */
  #tainted(node: string): boolean {
    return this.#taintedNodes.size > 0 && this.#taintedNodes.has(node);
  }

  #counterOf(node: string): NodeCounters {
    let counter = this.#counters.get(node);
    if (!counter) {
      counter = { veths: devicesBeforeCni0(this.#world.nodes.get(node)), range: undefined, given: [] };
      this.#counters.set(node, counter);
    }
    return counter;
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

  /** The next pod's fate (pods are decided in scenario order, each once). */
  decide(spec: PodSpec): PodDecision {
    const { name, node: nodeName } = spec;
    if (this.#tainted(nodeName)) {
      return { kind: 'pending', message: this.#message(nodeName, 'tainted'), pods: [spec] };
    }
    if (this.#past.size > 0 && this.#past.has(spec)) {
      const past = this.#overflow.get(nodeName) as PodSpec[];
      // The node's first pod past maxPods brings all of them, in one step.
      return past[0] === spec
        ? { kind: 'pending', message: this.#message(nodeName, 'full'), pods: past }
        : { kind: 'pending-with-first' };
    }
    const node = this.#world.nodes.get(nodeName);
    const subnetEnv = node?.subnetEnv;
    const podCidr = node?.podCidr;
    if (!node || !subnetEnv || !podCidr) {
      return { kind: 'no-subnet-env', spec, error: sandboxFailed(containerId(name), SUBNET_ENV_MISSING) };
    }
    const counter = this.#counterOf(nodeName);
    const ifindex = FIRST_VETH_IFINDEX + counter.veths++;
    if (!counter.range) {
      counter.range = createHostLocalRange(podCidr);
      reserveGiven(counter.range, counter.given);
    }
    const ip = spec.ip !== undefined ? (parseIp(spec.ip) as number) : reserveNext(counter.range);
    return {
      kind: 'network',
      spec,
      node,
      subnetEnv,
      podCidr,
      makesCni0: !node.cni0,
      ifindex,
      ip,
      cniError: ip === undefined ? noIpAddresses(rangeSetText(counter.range)) : undefined,
    };
  }
}
