/**
 * The article's four kinds of communication, plus node → pod, found in any scenario: the first
 * pod with two containers, two pods on one node, pods on two nodes, a pod and the first external,
 * a node and a pod elsewhere. A kind the scenario cannot show is left out.
 *
 * With faults on (the what-if), each kind picks endpoints whose path the fault lies on, so the
 * walk shows it: a walk to a pod on a node whose VPC route was deleted, from a pod on a node
 * without masquerade rules to the Internet, between pods behind a downed cni0.
 */
import {
  externalPlace,
  type FaultKind,
  nodePlace,
  type PodSpec,
  podPlace,
  type Scenario,
} from '../../engine/index.ts';

export type WalkPresetId = 'inside-pod' | 'same-node' | 'cross-node' | 'internet' | 'node-to-pod';

export interface WalkPreset {
  readonly id: WalkPresetId;
  /** For `internet`: the external the pod calls (its name names the button). */
  readonly external?: string;
  readonly from: string;
  readonly to: string;
}

/** Which faults lie on the path of a walk into a node's pods, out of them, or between them. */
const ON_PATH: Readonly<Record<'into' | 'outOf' | 'within', readonly FaultKind[]>> = {
  // A deleted route sends packets for the node's pod CIDR elsewhere; a downed cni0 loops them; a
  // flanneld that never started left the node's pods without a sandbox.
  into: ['vpc-route-deleted', 'cni0-down', 'flanneld-down'],
  // Without masquerade rules the pod source leaves the node unSNATed.
  outOf: ['masquerade-rules-missing', 'cni0-down', 'flanneld-down'],
  within: ['cni0-down', 'flanneld-down'],
};

const pod = (p: PodSpec, container?: string) => podPlace(p.name, container || undefined);

/** The nodes with a fault of these kinds, in fault order. */
function faultedNodes(scenario: Scenario, kinds: readonly FaultKind[]): string[] {
  return scenario.faults.filter((f) => kinds.includes(f.kind)).map((f) => f.node);
}

/** The pods on nodes with a fault of these kinds first (in fault order), then the rest. */
function faultedFirst(scenario: Scenario, kinds: readonly FaultKind[]): PodSpec[] {
  const nodes = faultedNodes(scenario, kinds);
  const rank = (p: PodSpec) => {
    const i = nodes.indexOf(p.node);
    return i < 0 ? nodes.length : i;
  };
  return [...scenario.pods].sort((a, b) => rank(a) - rank(b));
}

function insidePod(pods: readonly PodSpec[]): WalkPreset | null {
  const p = pods.find((x) => x.containers.length >= 2);
  const [a, b] = p?.containers ?? [];
  return p && a && b ? { id: 'inside-pod', from: pod(p, a), to: pod(p, b) } : null;
}

function sameNode(pods: readonly PodSpec[]): WalkPreset | null {
  for (const a of pods) {
    const b = pods.find((x) => x !== a && x.node === a.node);
    if (b) return { id: 'same-node', from: pod(a), to: pod(b) };
  }
  return null;
}

/** Pods on two nodes: to a pod in `preferred` if one has a peer elsewhere, else the first such pair. */
function crossNode(pods: readonly PodSpec[], preferred: readonly PodSpec[]): WalkPreset | null {
  for (const b of preferred) {
    const a = pods.find((x) => x.node !== b.node);
    if (a) return { id: 'cross-node', from: pod(a), to: pod(b) };
  }
  for (const a of pods) {
    const b = pods.find((x) => x.node !== a.node);
    if (b) return { id: 'cross-node', from: pod(a), to: pod(b) };
  }
  return null;
}

/** The walks this scenario can show, picked so that its faults, if any, lie on their paths. */
export function walkPresets(scenario: Scenario): WalkPreset[] {
  const { pods, nodes, externals } = scenario;
  const into = faultedFirst(scenario, ON_PATH.into);
  const source = faultedFirst(scenario, ON_PATH.outOf)[0];
  const target = into[0];
  const external = externals[0];
  const elsewhere = target && nodes.find((n) => n.name !== target.node);
  const presets = [
    insidePod(faultedFirst(scenario, ['flanneld-down'])),
    sameNode(faultedFirst(scenario, ON_PATH.within)),
    crossNode(
      pods,
      into.filter((p) => faultedNodes(scenario, ON_PATH.into).includes(p.node)),
    ),
    source && external
      ? {
          id: 'internet',
          external: external.name,
          from: pod(source),
          to: externalPlace(external.name),
        }
      : null,
    target && elsewhere ? { id: 'node-to-pod', from: nodePlace(elsewhere.name), to: pod(target) } : null,
  ];
  return presets.filter((p): p is WalkPreset => p !== null);
}
