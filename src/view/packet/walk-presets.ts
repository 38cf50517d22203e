/**
 * The article's four kinds of communication, plus node → pod, found in any scenario: the first
 * pod with two containers, two pods on one node, pods on two nodes, a pod and the first external,
 * a node and a pod elsewhere. A kind the scenario cannot show is left out.
 */
import type { PodSpec, Scenario } from '../../engine/index.ts';

export type WalkPresetId = 'inside-pod' | 'same-node' | 'cross-node' | 'internet' | 'node-to-pod';

export interface WalkPreset {
  readonly id: WalkPresetId;
  readonly label: string;
  readonly from: string;
  readonly to: string;
}

const pod = (p: PodSpec, container?: string) => `pod:${p.name}${container ? `/${container}` : ''}`;

function insidePod(pods: readonly PodSpec[]): WalkPreset | null {
  const p = pods.find((x) => x.containers.length >= 2);
  const [a, b] = p?.containers ?? [];
  return p && a && b ? { id: 'inside-pod', label: 'Inside a pod', from: pod(p, a), to: pod(p, b) } : null;
}

function sameNode(pods: readonly PodSpec[]): WalkPreset | null {
  for (const a of pods) {
    const b = pods.find((x) => x !== a && x.node === a.node);
    if (b) return { id: 'same-node', label: 'Same node', from: pod(a), to: pod(b) };
  }
  return null;
}

function crossNode(pods: readonly PodSpec[]): WalkPreset | null {
  for (const a of pods) {
    const b = pods.find((x) => x.node !== a.node);
    if (b) return { id: 'cross-node', label: 'Across nodes', from: pod(a), to: pod(b) };
  }
  return null;
}

const externalLabel = (name: string) => (name === 'internet' ? 'Pod → Internet' : `Pod → ${name}`);

export function walkPresets(scenario: Scenario): WalkPreset[] {
  const { pods, nodes, externals } = scenario;
  const first = pods[0];
  const external = externals[0];
  const elsewhere = first && nodes.find((n) => n.name !== first.node);
  const presets = [
    insidePod(pods),
    sameNode(pods),
    crossNode(pods),
    first && external
      ? {
          id: 'internet',
          label: externalLabel(external.name),
          from: pod(first),
          to: `external:${external.name}`,
        }
      : null,
    first && elsewhere
      ? { id: 'node-to-pod', label: 'Node → pod', from: `node:${elsewhere.name}`, to: pod(first) }
      : null,
  ];
  return presets.filter((p): p is WalkPreset => p !== null);
}
