/**
 * What Terway adds to the world: per node, the terway-eniip pod (terwayd), the conflist its init
 * container wrote, the node annotation and the ENIs attached; per pod, the ENI its address is on.
 * Kept apart from the Flannel fields so that a Terway world and a Flannel one share everything
 * else (VPC, nodes, pods, veths, addresses).
 */
import type { Eni } from './eni-pool.ts';

export type TerwaydStatus = 'absent' | 'scheduled' | 'running';

export interface TerwayNodeState {
  readonly terwayd: TerwaydStatus;
  /** Whether the init container wrote /etc/cni/net.d/10-terway.conflist. */
  readonly conflist: boolean;
  /** `k8s.aliyun.com/max-available-ip`, once terwayd has started. */
  readonly maxAvailableIp?: number;
  readonly enis: readonly Eni[];
  /** SufficientIP=False (InsufficientIP): a pod vSwitch ran out of addresses. */
  readonly insufficientIp: boolean;
}

/** The ENI that holds a pod's address: its `from <podIP>` rule looks up 1000 + its ifindex. */
export interface TerwayPodState {
  readonly eni: string;
  readonly ifindex: number;
}

export interface TerwayState {
  readonly nodes: ReadonlyMap<string, TerwayNodeState>;
  readonly pods: ReadonlyMap<string, TerwayPodState>;
}

export type TerwayChange =
  | { readonly kind: 'terwayd-status'; readonly node: string; readonly status: TerwaydStatus }
  | { readonly kind: 'conflist-written'; readonly node: string }
  | { readonly kind: 'max-available-ip'; readonly node: string; readonly value: number }
  /** An ENI created and attached, or given one more address: its state after the call. */
  | { readonly kind: 'eni-updated'; readonly node: string; readonly eni: Eni }
  | { readonly kind: 'insufficient-ip'; readonly node: string }
  | { readonly kind: 'pod-on-eni'; readonly pod: string; readonly eni: string; readonly ifindex: number };

/** The mutable form the fold works on. */
export interface TerwayDraft {
  readonly nodes: Map<string, TerwayNodeState>;
  readonly pods: Map<string, TerwayPodState>;
}

export function emptyTerwayDraft(): TerwayDraft {
  return { nodes: new Map(), pods: new Map() };
}

const EMPTY_NODE: TerwayNodeState = { terwayd: 'absent', conflist: false, enis: [], insufficientIp: false };

/** The node's Terway state (nothing yet when Terway has not touched it). */
export function terwayNode(state: TerwayState | undefined, node: string): TerwayNodeState {
  return state?.nodes.get(node) ?? EMPTY_NODE;
}

/** Applies one Terway change to the draft. */
export function applyTerwayChange(draft: TerwayDraft, change: TerwayChange): void {
  if (change.kind === 'pod-on-eni') {
    draft.pods.set(change.pod, { eni: change.eni, ifindex: change.ifindex });
    return;
  }
  const node = draft.nodes.get(change.node) ?? EMPTY_NODE;
  switch (change.kind) {
    case 'terwayd-status':
      draft.nodes.set(change.node, { ...node, terwayd: change.status });
      return;
    case 'conflist-written':
      draft.nodes.set(change.node, { ...node, conflist: true });
      return;
    case 'max-available-ip':
      draft.nodes.set(change.node, { ...node, maxAvailableIp: change.value });
      return;
    case 'eni-updated': {
      const enis = node.enis.filter((e) => e.id !== change.eni.id);
      enis.push(change.eni);
      enis.sort((a, b) => a.ifindex - b.ifindex);
      draft.nodes.set(change.node, { ...node, enis });
      return;
    }
    case 'insufficient-ip':
      draft.nodes.set(change.node, { ...node, insufficientIp: true });
      return;
  }
}
