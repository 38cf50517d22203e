import type { NodeState, PodState, WorldState } from '../world/types.ts';

export type TargetKind = 'vpc' | 'node' | 'pod';

/** An inspected element: the VPC, a node or a pod, written `vpc`, `node:NAME`, `pod:NAME`. */
export type Target =
  | { readonly kind: 'vpc' }
  | { readonly kind: 'node'; readonly name: string }
  | { readonly kind: 'pod'; readonly name: string };

export const TARGET_FORMS = 'vpc, node:NAME or pod:NAME';

/** Parses `vpc`, `node:NAME` or `pod:NAME`; undefined for anything else. */
export function parseTarget(target: string): Target | undefined {
  if (target === 'vpc') return { kind: 'vpc' };
  const colon = target.indexOf(':');
  if (colon < 0) return undefined;
  const kind = target.slice(0, colon);
  const name = target.slice(colon + 1);
  if (name === '' || (kind !== 'node' && kind !== 'pod')) return undefined;
  return { kind, name };
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
