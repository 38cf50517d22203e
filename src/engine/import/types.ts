/**
 * What the importers read from a real cluster's command output, before it becomes a scenario.
 * Every field a reader could not use becomes an ImportNote; the rest is still imported.
 */

import type { Message } from '../messages/message.ts';

export type ImportSource = 'nodes' | 'pods' | 'flannel' | 'routes';

/** A field that could not be read or used: which input, where in it, and why. */
export interface ImportNote {
  readonly source: ImportSource;
  /** A JSON path into that input, e.g. `items[2].spec.podCIDR`; '' for the whole document. */
  readonly path: string;
  /** Why, in English (`text` read with english()). */
  readonly message: string;
  readonly text: Message;
}

export interface ImportedCondition {
  readonly type: string;
  readonly status: string;
  readonly reason?: string;
  readonly message?: string;
}

/** One Node of `kubectl get nodes -o json`. */
export interface ImportedNode {
  readonly name: string;
  readonly internalIp?: string;
  readonly podCidr?: string;
  /** The ECS instance id, from spec.providerID (`REGION.i-xxxx`). */
  readonly instanceId?: string;
  readonly createdAt?: string;
  readonly master: boolean;
  readonly conditions: readonly ImportedCondition[];
  readonly taints: readonly string[];
}

/** One Pod of `kubectl get pods -A -o json`. */
export interface ImportedPod {
  readonly name: string;
  readonly namespace: string;
  readonly node?: string;
  readonly ip?: string;
  readonly hostNetwork: boolean;
  readonly containers: readonly string[];
  readonly phase?: string;
}

/** net-conf.json of the kube-flannel-cfg ConfigMap. */
export interface ImportedFlannel {
  readonly network?: string;
  readonly backend?: string;
}

/** One entry of the VPC route table, as DescribeRouteEntryList or DescribeRouteTables prints it. */
export interface ImportedRoute {
  readonly destination: string;
  /** Custom, System, … (RouteEntry.Type). */
  readonly type: string;
  readonly status?: string;
  readonly nextHopType?: string;
  readonly nextHopId?: string;
}

export interface Read<T> {
  readonly items: readonly T[];
  readonly notes: readonly ImportNote[];
}
