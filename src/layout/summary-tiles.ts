/**
 * The summary's tiles (summary.ts): each node one tile with its name, its pod CIDR and how many
 * of its pods run; its devices and its pods are not drawn. Loaded with the code that opens a
 * large scenario, not with the page (summary.ts).
 */
import { formatCidr, type Scenario, type WorldState } from '../engine/index.ts';
import { element, lineIn } from './elements-infra.ts';
import { linkId, nodeId, podCidrKey, vswitchId } from './ids.ts';
import { textWidth } from './metrics.ts';
import { nodeName, nodeProblems } from './names.ts';
import { NODE_CIDR_Y, NODE_INSTANCE_Y, NODE_PAD, NODE_TITLE_Y, type NodePlan } from './node-plan.ts';
import type { NodePlacement, TopologyPlan } from './place.ts';
import type { SummaryTiles } from './summary.ts';
import type { TopologyElement, TopologyLink } from './types.ts';

const TILE_HEIGHT = NODE_CIDR_Y + 12;
/** The widest pod CIDR and pod count texts a tile holds. */
const CIDR_WIDTH = textWidth('255.255.255.255/32', 'mono');
const COUNT_WIDTH = textWidth('110 running · 110 pending', 'muted');
const NOWHERE = { x: 0, y: 0, width: 0, height: 0 };

/** A node's tile: the name on top, its pod CIDR and its pod count below; eth0 a point at the top. */
export function planSummaryNode(spec: Scenario['nodes'][number]): NodePlan {
  const width = Math.max(textWidth(spec.name, 'title'), CIDR_WIDTH, COUNT_WIDTH) + NODE_PAD * 2;
  const eth0 = { x: width / 2, y: 0, width: 0, height: 0 };
  return {
    name: spec.name,
    width,
    height: TILE_HEIGHT,
    eth0,
    flanneld: NOWHERE,
    kubelet: NOWHERE,
    cniPlugin: NOWHERE,
    cni0: NOWHERE,
    laneX: width,
    pods: [],
  };
}

/** How many pods of each node run, and how many do not yet (or failed). */
export function podCounts(world: WorldState): Map<string, { running: number; other: number }> {
  const counts = new Map<string, { running: number; other: number }>();
  for (const pod of world.pods.values()) {
    let count = counts.get(pod.node);
    if (!count) {
      count = { running: 0, other: 0 };
      counts.set(pod.node, count);
    }
    if (pod.phase === 'Running') count.running++;
    else count.other++;
  }
  return counts;
}

function countText(count: { running: number; other: number } | undefined): string {
  if (!count) return 'no pods';
  const running = `${count.running} running`;
  return count.other > 0 ? `${running} · ${count.other} not` : running;
}

/** A node's tile as it stands, and its line up to its vSwitch's bus; none before its instance exists. */
export function summaryNode(
  world: WorldState,
  placed: NodePlacement,
  cidrNotAvailable: boolean,
  count: { running: number; other: number } | undefined,
): { element?: TopologyElement; link?: TopologyLink } {
  const node = world.nodes.get(placed.plan.name);
  if (!node) return {};
  const box = { ...placed.origin, width: placed.plan.width, height: placed.plan.height };
  const problems = nodeProblems(node, cidrNotAvailable);
  const id = nodeId(node.name);
  const cidr = node.podCidr ? formatCidr(node.podCidr) : cidrNotAvailable ? 'no pod CIDR' : 'no pod CIDR yet';
  const pods = countText(count);
  const lines = [
    lineIn(box, id, node.name, NODE_PAD, NODE_TITLE_Y, 'title'),
    lineIn(box, podCidrKey(node.name), cidr, NODE_PAD, NODE_INSTANCE_Y, node.podCidr ? 'mono' : 'muted'),
    lineIn(box, `${id}#pods`, pods, NODE_PAD, NODE_CIDR_Y, 'muted'),
  ];
  const status = problems.length > 0 ? 'failed' : 'ok';
  const name = `${nodeName(node, problems)}, ${pods}`;
  const el = element(id, 'node', box, name, lines, {
    status,
    layer: 'back',
    brief: `${node.name} · ${cidr}`,
  });
  if (!world.vpc.vswitches.includes(node.vswitch)) return { element: el };
  const x = box.x + box.width / 2;
  const to = vswitchId(node.vswitch);
  const d = `M${x},${box.y}V${placed.busY}`;
  return { element: el, link: { id: linkId(id, to), kind: 'eth0', from: id, to, d } };
}

type Tile = ReturnType<typeof summaryNode>;

/**
 * The tiles drawn last, by node state: a node's state is a new object only when a step changes
 * it, so between two steps all but a few tiles are the ones drawn before (5,000 tiles made anew
 * took 100–400 ms of CPU a step on the test machine).
 */
const drawnTiles = new WeakMap<object, { readonly key: string; readonly tile: Tile }>();

/** The summary's node tiles and their lines, for `layoutTopology`. */
export function summaryNodes(
  world: WorldState,
  plan: TopologyPlan,
  failedCidr: ReadonlySet<string>,
): { elements: TopologyElement[]; links: TopologyLink[] } {
  const counts = podCounts(world);
  const elements: TopologyElement[] = [];
  const links: TopologyLink[] = [];
  for (const placed of plan.nodes.values()) {
    const name = placed.plan.name;
    const node = world.nodes.get(name);
    if (!node) continue;
    const failed = failedCidr.has(name) && !node.podCidr;
    const count = counts.get(name);
    const key = `${placed.origin.x},${placed.origin.y},${placed.busY},${failed},${count?.running},${count?.other},${world.vpc.vswitches.includes(node.vswitch)}`;
    const drawn = drawnTiles.get(node);
    const parts = drawn?.key === key ? drawn.tile : summaryNode(world, placed, failed, count);
    if (drawn?.key !== key) drawnTiles.set(node, { key, tile: parts });
    if (parts.element) elements.push(parts.element);
    if (parts.link) links.push(parts.link);
  }
  return { elements, links };
}

const holders = new WeakMap<Scenario, (id: string) => string | undefined>();

/**
 * The tile that holds what `id` names: a pod (`pod:web-1`, `pod:web-1/nginx`) its node's, a
 * node's part (`node:node-a/eth0`) its node's: what Show element brings into view.
 */
export function holderOf(scenario: Scenario): (id: string) => string | undefined {
  let holder = holders.get(scenario);
  if (!holder) {
    const nodeOfPod = new Map(scenario.pods.map((p) => [p.name, p.node]));
    holder = (id) => {
      const [kind, rest = ''] = id.split(/:(.*)/s);
      const name = rest.split('/')[0] ?? '';
      if (kind === 'node') return nodeId(name);
      const node = kind === 'pod' ? nodeOfPod.get(name) : undefined;
      return node === undefined ? undefined : nodeId(node);
    };
    holders.set(scenario, holder);
  }
  return holder;
}

/** What summary.ts's loadSummary takes. */
export const tiles: SummaryTiles = { plan: planSummaryNode, nodes: summaryNodes, holder: holderOf };
