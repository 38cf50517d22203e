/**
 * One node's part of the layout (its elements, its pods' and its links), kept per placement and
 * given again while what it is drawn from is the same objects: the node, its pods, its Terway
 * states, whether its vSwitch is built. The fold keeps what a step leaves alone as the same
 * objects (engine/construction/fold-from.ts), so a step lays out again only the node it touched.
 * Equal to laying out from scratch (layout-incremental.test.ts).
 */
import type { WorldState } from '../engine/index.ts';
import { nodeElements } from './elements-node.ts';
import { podElements } from './elements-pod.ts';
import { nodeLinks } from './links.ts';
import type { NodePlacement, TopologyPlan } from './plan.ts';
import type { TopologyElement, TopologyLink } from './types.ts';

export interface NodeParts {
  readonly elements: readonly TopologyElement[];
  readonly links: readonly TopologyLink[];
}

interface Kept extends NodeParts {
  /** What the parts were drawn from, in a fixed order (see inputsOf). */
  readonly inputs: readonly unknown[];
}

const kept = new WeakMap<NodePlacement, Kept>();

/** Everything of `world` the node's parts read, by identity. */
function inputsOf(world: WorldState, placed: NodePlacement, cidrNotAvailable: boolean): unknown[] {
  const name = placed.plan.name;
  const node = world.nodes.get(name);
  const terway = world.terway;
  const inputs: unknown[] = [
    node,
    cidrNotAvailable,
    terway === undefined,
    terway?.nodes.get(name),
    node !== undefined && world.vpc.vswitches.includes(node.vswitch),
  ];
  if (node === undefined) return inputs;
  for (const slot of placed.plan.pods) inputs.push(world.pods.get(slot.name), terway?.pods.get(slot.name));
  return inputs;
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function drawNode(world: WorldState, plan: TopologyPlan, placed: NodePlacement, cidrNotAvailable: boolean) {
  const elements = nodeElements(world, placed, cidrNotAvailable);
  if (elements.length === 0) return { elements, links: [] };
  for (const slot of placed.plan.pods)
    elements.push(...podElements(world.pods.get(slot.name), slot, placed.origin));
  return { elements, links: nodeLinks(world, plan, placed.plan.name) };
}

/** The node's elements and links in `world` (none before its ECS instance exists). */
export function nodeParts(
  world: WorldState,
  plan: TopologyPlan,
  placed: NodePlacement,
  cidrNotAvailable: boolean,
): NodeParts {
  const inputs = inputsOf(world, placed, cidrNotAvailable);
  const last = kept.get(placed);
  if (last && sameInputs(last.inputs, inputs)) return last;
  const parts = drawNode(world, plan, placed, cidrNotAvailable);
  kept.set(placed, { ...parts, inputs });
  return parts;
}
