import type { Scenario } from '../scenario/types.ts';
import { isTerway } from '../terway/config.ts';
import { applyTerwayChange, emptyTerwayDraft, type TerwayDraft } from '../terway/state.ts';
import { terwayVethName } from '../terway/veth-name.ts';
import { PodTable } from '../world/pod-table.ts';
import type {
  Condition,
  KubeEvent,
  NodeState,
  ServiceState,
  VpcRouteEntry,
  WorldState,
} from '../world/types.ts';
import type { Change } from './changes.ts';

/**
 * A private, mutable copy of the world used while folding. Folding mutates only this draft and
 * the node and pod objects it created itself (never a change's payload), and no caller sees the
 * draft before it is frozen, so `stateAt` stays a pure function with linear cost.
 */
export interface Draft {
  scenario: Scenario;
  vpcCreated: boolean;
  vswitches: string[];
  routeTable: VpcRouteEntry[];
  natGateway: boolean;
  controllerManagerConfigured: boolean;
  nodes: Map<string, NodeState>;
  pods: PodTable;
  events: KubeEvent[];
  /** Only in a Terway cluster. */
  terway?: TerwayDraft;
  services: ServiceState[];
  kubeProxy: Set<string>;
  /**
   * A fold on from a world (fold-from.ts) shares that world's node objects: the names of those it
   * has copied, to change in place. Absent: every node is the draft's own.
   */
  ownNodes?: Set<string>;
}

/** An empty world: nothing created yet. */
export function emptyDraft(scenario: Scenario): Draft {
  const terway = isTerway(scenario);
  return {
    scenario,
    vpcCreated: false,
    vswitches: [],
    routeTable: [],
    natGateway: false,
    controllerManagerConfigured: false,
    nodes: new Map(),
    pods: new PodTable(scenario.pods, terway ? terwayVethName : undefined),
    events: [],
    terway: terway ? emptyTerwayDraft() : undefined,
    services: [],
    kubeProxy: new Set(),
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The draft's own node object, to be changed in place: a node shared with the world a fold
 * started from is copied first (copy on write), so the nodes a step leaves alone stay that
 * world's objects and a reader keeping per-node results by identity reuses them.
 */
export function nodeOf(draft: Draft, name: string): Mutable<NodeState> {
  const node = draft.nodes.get(name);
  if (!node) throw new Error(`change refers to unknown node ${name}`);
  const own = draft.ownNodes;
  if (own === undefined || own.has(name)) return node as Mutable<NodeState>;
  const copy = copyFields(node) as Mutable<NodeState>;
  draft.nodes.set(name, copy);
  own.add(name);
  return copy;
}

/**
 * A copy of an object field by field, in its own order: copies made in one order share one hidden
 * class (a spread would give each its own on Node 20). Every field is copied, whatever fields a
 * node has.
 */
function copyFields<T extends object>(source: T): T {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) copy[key] = (source as Record<string, unknown>)[key];
  return copy as T;
}

/**
 * A copy of a node with every field in one order, so that all the draft's nodes share one
 * hidden class (a spread gives each copy its own on Node 20, and slows every later read).
 */
function draftNode(node: NodeState): Mutable<NodeState> {
  return {
    name: node.name,
    role: node.role,
    index: node.index,
    instanceId: node.instanceId,
    providerId: node.providerId,
    vswitch: node.vswitch,
    ip: node.ip,
    ipPrefix: node.ipPrefix,
    defaultGateway: node.defaultGateway,
    eth0Mac: node.eth0Mac,
    registered: node.registered,
    podCidr: undefined,
    conditions: node.conditions,
    taints: node.taints,
    flanneld: node.flanneld,
    flanneldError: undefined,
    cniConfInstalled: node.cniConfInstalled,
    subnetEnv: undefined,
    flannelLease: undefined,
    masqueradeRules: node.masqueradeRules,
    vpcRoute: node.vpcRoute,
    cni0: undefined,
  };
}

/** The slot of a pod in the draft's pod table (the pod must exist). */
function podOf(draft: Draft, name: string): number {
  return draft.pods.slotOfExisting(name);
}

/** The slot of a pod the scenario declares. */
function podSlot(draft: Draft, name: string): number {
  const slot = draft.pods.slotOf(name);
  if (slot < 0) throw new Error(`change refers to unknown pod ${name}`);
  return slot;
}

function withCondition(conditions: readonly Condition[], condition: Condition): Condition[] {
  return [...conditions.filter((c) => c.type !== condition.type), condition];
}

/** Applies one change to the draft. */
export function applyChange(draft: Draft, change: Change): void {
  switch (change.kind) {
    case 'vpc-created':
      draft.vpcCreated = true;
      return;
    case 'vswitch-created':
      draft.vswitches.push(change.vswitch);
      return;
    case 'nat-gateway-created':
      draft.natGateway = true;
      return;
    case 'vpc-route-added':
      draft.routeTable.push(change.entry);
      return;
    case 'vpc-route-removed':
      draft.routeTable = draft.routeTable.filter((e) => e.destination !== change.destination);
      return;
    case 'ecs-created':
      // A copy: the draft mutates its nodes, and the change's payload must stay as it was.
      draft.nodes.set(change.node.name, draftNode(change.node));
      draft.ownNodes?.add(change.node.name);
      return;
    case 'controller-manager-configured':
      draft.controllerManagerConfigured = true;
      return;
    case 'node-registered':
      nodeOf(draft, change.node).registered = true;
      return;
    case 'pod-cidr-allocated':
      nodeOf(draft, change.node).podCidr = change.podCidr;
      return;
    case 'node-condition-set': {
      const node = nodeOf(draft, change.node);
      node.conditions = withCondition(node.conditions, change.condition);
      return;
    }
    case 'node-taint-added': {
      const node = nodeOf(draft, change.node);
      if (!node.taints.includes(change.taint)) node.taints = [...node.taints, change.taint];
      return;
    }
    case 'node-taint-removed': {
      const node = nodeOf(draft, change.node);
      node.taints = node.taints.filter((t) => t !== change.taint);
      return;
    }
    case 'event-recorded':
      draft.events.push(change.event);
      return;
    case 'flanneld-status': {
      const node = nodeOf(draft, change.node);
      node.flanneld = change.status;
      node.flanneldError = change.error;
      return;
    }
    case 'cni-conf-installed':
      nodeOf(draft, change.node).cniConfInstalled = true;
      return;
    case 'subnet-env-written':
      nodeOf(draft, change.node).subnetEnv = change.subnetEnv;
      return;
    case 'flannel-lease-published':
      nodeOf(draft, change.node).flannelLease = change.lease;
      return;
    case 'masquerade-rules-added':
      nodeOf(draft, change.node).masqueradeRules = true;
      return;
    case 'node-vpc-route':
      nodeOf(draft, change.node).vpcRoute = change.status;
      return;
    case 'cni0-created':
      nodeOf(draft, change.node).cni0 = {
        mac: change.mac,
        gateway: change.gateway,
        prefix: change.prefix,
        up: true,
      };
      return;
    case 'cni0-set-down': {
      const node = nodeOf(draft, change.node);
      if (!node.cni0) throw new Error(`cni0-set-down on ${change.node} without cni0`);
      node.cni0 = { mac: node.cni0.mac, gateway: node.cni0.gateway, prefix: node.cni0.prefix, up: false };
      return;
    }
    case 'masquerade-rules-removed':
      nodeOf(draft, change.node).masqueradeRules = false;
      return;
    case 'cni-delegate-written':
      draft.pods.setCniDelegate(podOf(draft, change.pod));
      return;
    case 'pod-rejected':
      draft.pods.create(podSlot(draft, change.pod), {
        phase: change.phase ?? 'Failed',
        netns: false,
        error: change.error,
      });
      return;
    case 'sandbox-torn-down':
      draft.pods.tearDown(podOf(draft, change.pod));
      return;
    case 'pod-sandbox-created':
      draft.pods.create(podSlot(draft, change.pod), { phase: 'ContainerCreating', netns: true });
      return;
    case 'pod-phase':
      draft.pods.setPhase(podOf(draft, change.pod), change.phase, change.error);
      return;
    case 'veth-created':
      // NOTE: the name and MACs are derived from the pod's name when read (pod-table.ts), the
      // same derivation pod-phase.ts put in the change.
      draft.pods.setVeth(podOf(draft, change.pod), change.ifindex);
      return;
    case 'pod-ip-assigned':
      draft.pods.setIp(podOf(draft, change.pod), change.ip);
      return;
    case 'terway':
      if (!draft.terway) throw new Error('a Terway change in a Flannel cluster');
      applyTerwayChange(draft.terway, change.change);
      return;
    case 'service-created':
      draft.services.push(change.service);
      return;
    case 'endpoint-slice-written':
      draft.services = draft.services.map((s) =>
        `${s.namespace}/${s.name}` === change.service
          ? {
              name: s.name,
              namespace: s.namespace,
              type: s.type,
              clusterIp: s.clusterIp,
              ports: s.ports,
              endpoints: change.endpoints,
            }
          : s,
      );
      return;
    case 'kube-proxy-synced':
      draft.kubeProxy.add(change.node);
      return;
  }
}

/** Freezes a draft into a world state (the draft must not be used afterwards). */
export function freeze(draft: Draft): WorldState {
  return {
    scenario: draft.scenario,
    vpc: {
      created: draft.vpcCreated,
      vswitches: draft.vswitches,
      routeTable: draft.routeTable,
      natGateway: draft.natGateway,
    },
    controllerManagerConfigured: draft.controllerManagerConfigured,
    nodes: draft.nodes,
    pods: draft.pods,
    events: draft.events,
    terway: draft.terway,
    services: draft.services,
    kubeProxy: draft.kubeProxy,
  };
}
