import { type NodePlace, type PodPlace, parsePlace, type VPC } from '../places.ts';
import type { NodeState, PodState, WorldState } from '../world/types.ts';

export type TargetKind = 'vpc' | 'node' | 'cni0' | 'pod';

/**
 * An inspected element: the VPC, a node, a node's bridge cni0 or a pod, written `vpc`,
 * `node:NAME`, `node:NAME/cni0`, `pod:NAME`.
 */
export type Target =
  | { readonly kind: 'vpc' }
  | { readonly kind: 'node' | 'cni0'; readonly name: string }
  | { readonly kind: 'pod'; readonly name: string };

/** A target as an id: what `show FILE TARGET` and the inspector name. */
export type TargetId = typeof VPC | NodePlace | PodPlace;

export const TARGET_FORMS = 'vpc, node:NAME, node:NAME/cni0 or pod:NAME';

/** Parses `vpc`, `node:NAME`, `node:NAME/cni0` or `pod:NAME`; undefined for anything else. */
export function parseTarget(target: string): Target | undefined {
  const place = parsePlace(target);
  if (place?.kind === 'node' && place.part === 'cni0') return { kind: 'cni0', name: place.name };
  if (!place || place.part !== undefined) return undefined;
  if (place.kind === 'vpc') return { kind: 'vpc' };
  if (place.kind === 'node' || place.kind === 'pod') return { kind: place.kind, name: place.name };
  return undefined;
}

const LISTED = 8;

function listNames(names: readonly string[]): string {
  if (names.length === 0) return 'there are none in this scenario';
  const shown = names.slice(0, LISTED).join(', ');
  return `this scenario has ${shown}${names.length > LISTED ? `, … (${names.length} in all)` : ''}`;
}

/** The node as it stands in the world, or why it cannot be inspected. */
export function findNode(world: WorldState, name: string): NodeState | string {
  const node = world.nodes.get(name);
  if (node) return node;
  if (!world.scenario.nodes.some((n) => n.name === name)) {
    return `unknown node "${name}": ${listNames(world.scenario.nodes.map((n) => n.name))}`;
  }
  return `node ${name} does not exist yet: its ECS instance has not been created`;
}

/** The pod as it stands in the world, or why it cannot be inspected. */
export function findPod(world: WorldState, name: string): PodState | string {
  const pod = world.pods.get(name);
  if (pod) return pod;
  const spec = world.scenario.pods.find((p) => p.name === name);
  if (!spec) return `unknown pod "${name}": ${listNames(world.scenario.pods.map((p) => p.name))}`;
  return `pod ${name} does not exist yet: kubelet on ${spec.node} has not created its sandbox`;
}
