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
import { dataplanes as words } from '../messages/en/dataplanes.ts';
import { english, message, type Text } from '../messages/message.ts';
import type { Scenario } from '../scenario/types.ts';
import { terwayCapacity } from '../terway/capacity.ts';
import { terwayConfigOf } from '../terway/config.ts';
import { terwayNode } from '../terway/state.ts';
import type { NodeState, WorldState } from '../world/types.ts';
import { trace } from './trace.ts';
import type { TraceResult } from './types.ts';

/**
 * One compared fact: its name, each dataplane's value (in English), and whether they differ;
 * the name and values as the engine's texts too, for another language.
 */
export interface CompareRow {
  readonly label: string;
  readonly values: readonly string[];
  readonly differs: boolean;
  readonly labelText: Text;
  readonly texts: readonly Text[];
}

/** A row whose texts are not among its fields (its data, as tests and lessons compare it, is English). */
class Row implements CompareRow {
  readonly label: string;
  readonly values: readonly string[];
  readonly differs: boolean;
  readonly #labelText: Text;
  readonly #texts: readonly Text[];

  constructor(labelText: Text, texts: readonly Text[]) {
    this.label = english(labelText);
    this.values = texts.map(english);
    this.differs = this.values.some((v) => v !== this.values[0]);
    this.#labelText = labelText;
    this.#texts = texts;
  }

  get labelText(): Text {
    return this.#labelText;
  }

  get texts(): readonly Text[] {
    return this.#texts;
  }
}

export interface DataplaneComparison {
  readonly dataplanes: readonly Dataplane[];
  readonly labels: readonly string[];
  readonly rows: readonly CompareRow[];
}

/** The facts of one dataplane, in the rows' order. */
function factsOf(
  scenario: Scenario,
  dataplane: Dataplane,
  walk: { from: string; to: string } | null,
): Text[] {
  const on = onDataplane(scenario, dataplane);
  const { final } = construct(on);
  const worker = [...final.nodes.values()].find((n) => n.role === 'worker') ?? [...final.nodes.values()][0];
  const perNode = final.vpc.routeTable.filter((e) => e.nextHopType === 'instance').length;
  const facts: Text[] = [
    dataplane === 'alloc'
      ? message(words, 'allocEntries', { n: perNode, quota: on.vpc.routeQuota })
      : message(words, dataplane === 'terway' ? 'terwayEntries' : 'overlayEntries'),
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
function limitOf(on: Scenario, dataplane: Dataplane): Text {
  const config = terwayConfigOf(on);
  if (config) {
    const t = terwayCapacity(on, config);
    return message(words, 'terwayLimit', {
      max: t.maxAvailableIp,
      adapters: t.adapters,
      ips: t.ipsPerAdapter,
      left: t.addressesLeft,
    });
  }
  const cap = capacity(on);
  const n = cap.nodeLimit;
  if (cap.limitedBy === 'route-quota') return message(words, 'quotaBinds', { n });
  return message(words, dataplane === 'alloc' ? 'cidrBinds' : 'cidrBindsNoQuota', { n });
}

function devicesOf(world: WorldState, node: NodeState): Text {
  if (world.terway) {
    return message(words, 'terwayDevices', { n: terwayNode(world.terway, node.name).enis.length });
  }
  return node.flannelLease?.vtep ? 'eth0, flannel.1 (VXLAN), cni0' : 'eth0, cni0';
}

function peerRoutesOf(world: WorldState, node: NodeState, dataplane: Dataplane): Text {
  if (dataplane === 'terway') return message(words, 'terwayPeers');
  if (dataplane === 'alloc') return message(words, 'allocPeers');
  const tables = peerTables(world, node);
  if (dataplane === 'vxlan')
    return message(words, 'vxlanPeers', {
      routes: tables.routes.length,
      neighbours: tables.neighbours.length,
      fdb: tables.fdb.length,
    });
  const failed = tables.failures.length;
  return message(words, 'hostGwPeers', {
    routes: tables.routes.length,
    refused: failed > 0 ? message(words, 'hostGwRefused', { n: failed }) : '',
  });
}

function walkFacts(result: TraceResult): Text[] {
  if (result.outcome === 'error') return ['—', '—', result.reasonText ?? result.reason];
  const atVpc = result.hops.find((h) => h.at === 'vpc-router');
  const outer = atVpc?.before.outer;
  const headers = !atVpc
    ? message(words, 'noVpcCrossing')
    : outer
      ? message(words, 'outerHeaders', { src: outer.src, dst: outer.dst, port: VXLAN_PORT, vni: VXLAN_VNI })
      : message(words, 'podHeaders', { src: atVpc.before.src, dst: atVpc.before.dst });
  const outcome =
    result.outcome === 'delivered'
      ? message(words, 'walkDelivered')
      : message(words, 'walkDropped', { reason: result.reasonText ?? result.reason ?? '' });
  return [String(result.hops.length), headers, outcome];
}

const ROWS = [
  message(words, 'rowVpcEntries'),
  message(words, 'rowNodeLimit'),
  message(words, 'rowDevices'),
  message(words, 'rowPeerRoutes'),
  message(words, 'rowMtu'),
];
const WALK_ROWS = [message(words, 'rowHops'), message(words, 'rowHeaders'), message(words, 'rowOutcome')];

/** The dataplanes compared on one scenario (and one walk, when given). */
export function compareDataplanes(
  scenario: Scenario,
  dataplanes: readonly Dataplane[],
  walk: { from: string; to: string } | null = null,
): DataplaneComparison {
  const columns = dataplanes.map((d) => factsOf(scenario, d, walk));
  const labels = walk ? [...ROWS, ...WALK_ROWS] : ROWS;
  const rows = labels.map(
    (labelText, i) =>
      new Row(
        labelText,
        columns.map((c) => c[i] ?? '—'),
      ),
  );
  return { dataplanes, labels: dataplanes.map((d) => DATAPLANE_LABELS[d]), rows };
}
