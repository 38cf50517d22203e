/**
 * (In the packet engine's chunk: it traces.) The same cluster on two (or more) dataplanes, side by side: what differs in the VPC route
 * table, the quota's limit, the nodes' devices and tables, the pods' MTU, and, for a walk, the
 * hops, the headers the VPC sees and the outcome. Computed from each dataplane's construction and
 * trace, so the compare view and the lesson quote the engine, not a table of claims.
 */
import { capacity } from '../addressing/capacity.ts';
import { construct } from '../construction/construct.ts';
import { DATAPLANE_LABELS, type Dataplane, onDataplane } from '../dataplane/dataplanes.ts';
import { flannelMtu, VXLAN_PORT, VXLAN_VNI } from '../dataplane/flannel.ts';
import { peerTables } from '../dataplane/peers.ts';
import type { Scenario } from '../scenario/types.ts';
import { terwayCapacity } from '../terway/capacity.ts';
import { terwayConfigOf } from '../terway/config.ts';
import { terwayNode } from '../terway/state.ts';
import type { NodeState, WorldState } from '../world/types.ts';
import { trace } from './trace.ts';
import type { TraceResult } from './types.ts';

/** One compared fact: its name, each dataplane's value, and whether they differ. */
export interface CompareRow {
  readonly label: string;
  readonly values: readonly string[];
  readonly differs: boolean;
}

export interface DataplaneComparison {
  readonly dataplanes: readonly Dataplane[];
  readonly labels: readonly string[];
  readonly rows: readonly CompareRow[];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The facts of one dataplane, in the rows' order. */
function factsOf(
  scenario: Scenario,
  dataplane: Dataplane,
  walk: { from: string; to: string } | null,
): string[] {
  const on = onDataplane(scenario, dataplane);
  const { final } = construct(on);
  const worker = [...final.nodes.values()].find((n) => n.role === 'worker') ?? [...final.nodes.values()][0];
  const perNode = final.vpc.routeTable.filter((e) => e.nextHopType === 'instance').length;
  const facts = [
    dataplane === 'alloc'
      ? `${perNode} ${perNode === 1 ? 'entry' : 'entries'}, one per node (quota ${on.vpc.routeQuota})`
      : dataplane === 'terway'
        ? 'none: pods hold VPC addresses of ENIs, which the vSwitch routes'
        : 'none: the VPC never sees a pod address',
    limitOf(on, dataplane),
    worker ? devicesOf(final, worker) : '—',
    worker ? peerRoutesOf(final, worker, dataplane) : '—',
    // Terway's pods sit on veths of the ENI's MTU, 1500 (terway/artifacts.ts).
    String(dataplane === 'terway' ? 1500 : flannelMtu(dataplane)),
  ];
  if (!walk) return facts;
  const result = trace(final, walk.from, walk.to, { reply: false });
  return [...facts, ...walkFacts(result)];
}

/** What limits the cluster's size on this dataplane. */
function limitOf(on: Scenario, dataplane: Dataplane): string {
  const config = terwayConfigOf(on);
  if (config) {
    const t = terwayCapacity(on, config);
    return `${t.maxAvailableIp} pod addresses per node from ENIs ((${t.adapters} − 1) × ${t.ipsPerAdapter}), ${t.addressesLeft} left in the pod vSwitches (no route-quota limit)`;
  }
  const cap = capacity(on);
  return cap.limitedBy === 'route-quota'
    ? `${cap.nodeLimit} nodes: the route quota binds`
    : `${cap.nodeLimit} nodes: only the cluster CIDR binds${dataplane === 'alloc' ? '' : ' (no route-quota limit)'}`;
}

function devicesOf(world: WorldState, node: NodeState): string {
  if (world.terway) {
    const enis = terwayNode(world.terway, node.name).enis.length;
    return `eth0, ${plural(enis, 'secondary ENI')}, a cali veth per pod (no bridge)`;
  }
  return node.flannelLease?.vtep ? 'eth0, flannel.1 (VXLAN), cni0' : 'eth0, cni0';
}

function peerRoutesOf(world: WorldState, node: NodeState, dataplane: Dataplane): string {
  if (dataplane === 'terway') return 'none: ip rules send each pod out of its own ENI to the vSwitch gateway';
  if (dataplane === 'alloc') return 'none: other pod CIDRs follow the default route to the VPC';
  const tables = peerTables(world, node);
  if (dataplane === 'vxlan')
    return `${plural(tables.routes.length, 'route')} via flannel.1 onlink, ${plural(tables.neighbours.length, 'neighbour')}, ${tables.fdb.length} FDB ${tables.fdb.length === 1 ? 'entry' : 'entries'}`;
  const failed = tables.failures.length > 0 ? `; ${tables.failures.length} refused (other vSwitch)` : '';
  return `${plural(tables.routes.length, 'route')} via the other node's eth0 address${failed}`;
}

function walkFacts(result: TraceResult): string[] {
  if (result.outcome === 'error') return ['—', '—', result.reason];
  const atVpc = result.hops.find((h) => h.at === 'vpc-router');
  const outer = atVpc?.before.outer;
  const headers = !atVpc
    ? 'the packet does not cross the VPC'
    : outer
      ? `outer ${outer.src} → ${outer.dst}, UDP ${VXLAN_PORT}, VNI ${VXLAN_VNI} (pod addresses inside)`
      : `${atVpc.before.src} → ${atVpc.before.dst} (the pod addresses themselves)`;
  const outcome = result.outcome === 'delivered' ? 'delivered' : `dropped: ${result.reason ?? ''}`;
  return [String(result.hops.length), headers, outcome];
}

const ROWS = [
  'VPC route entries for pods',
  'Node limit',
  'Devices on a node',
  'Routes to other nodes’ pods',
  'Pod MTU',
];
const WALK_ROWS = ['Hops', 'Headers the VPC routes by', 'Outcome'];

/** The dataplanes compared on one scenario (and one walk, when given). */
export function compareDataplanes(
  scenario: Scenario,
  dataplanes: readonly Dataplane[],
  walk: { from: string; to: string } | null = null,
): DataplaneComparison {
  const columns = dataplanes.map((d) => factsOf(scenario, d, walk));
  const labels = walk ? [...ROWS, ...WALK_ROWS] : ROWS;
  const rows = labels.map((label, i) => {
    const values = columns.map((c) => c[i] ?? '—');
    return { label, values, differs: values.some((v) => v !== values[0]) };
  });
  return { dataplanes, labels: dataplanes.map((d) => DATAPLANE_LABELS[d]), rows };
}
