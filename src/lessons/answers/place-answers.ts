/** Answers about where a packet's fate is decided: the table at a hop, the place of a drop. */
import { type EvidenceTable, type Hop, routePlace, VPC } from '../../engine/index.ts';
import { pathOf, placeLabel } from '../select-hop.ts';
import {
  type AnswerContext,
  answered,
  type ComputedAnswer,
  limitOptions,
  needHop,
  needPacket,
  RuleError,
} from './context.ts';
import { entryOfLine } from './packet-answers.ts';

/** The tables, in the order options offer them, named as an operator would. */
const TABLE_LABELS: Readonly<Record<EvidenceTable, string>> = {
  fdb: "the bridge's forwarding database (bridge fdb)",
  'vtep-neigh': "flannel.1's neighbour table (ip neigh)",
  'vtep-fdb': "flannel.1's forwarding database (bridge fdb dev flannel.1)",
  'node-routes': "the node's routing table (ip route)",
  'vpc-route-table': 'the VPC route table',
  nat: 'the iptables nat rules',
  filter: 'the iptables filter rules',
  'pod-routes': "the pod's routing table",
  'local-routes': 'the local routing table',
  'snat-table': "the NAT gateway's SNAT table",
  conntrack: 'the conntrack table',
  'ip-rules': "the node's policy-routing rules (ip rule)",
  'policy-routes': "an ENI's own routing table (ip route show table N)",
  neighbours: "the pod's neighbour table (ip neigh)",
  'security-group': "the security group of a node's ENIs",
};

/** "Which table decides this hop?" */
export function tableAnswer(ctx: AnswerContext): ComputedAnswer {
  const { hop, number } = needHop(ctx);
  const table = hop.evidence?.table;
  if (!table || !hop.evidence) throw new RuleError(`hop ${number} quotes no table`);
  const answer = `table:${table}`;
  const all = Object.entries(TABLE_LABELS).map(([id, label]) => ({ id: `table:${id}`, label }));
  const options = limitOptions(all, answer, 4);
  return answered(options, answer, {
    element: hop.at,
    hop: number,
    evidence: hop.evidence,
    text: `At hop ${number}, ${placeLabel(hop.at)} reads ${TABLE_LABELS[table]}; this line decides:`,
  });
}

/** The hop whose decision sent the packet to its end: the last one that quotes a table line. */
function decidingHop(hops: readonly Hop[]): number {
  const index = hops.findLastIndex((h) => h.evidence !== undefined);
  return index < 0 ? hops.length : index + 1;
}

/** "Where will this packet be dropped?": the drop's place, or `delivered`. */
export function dropPlaceAnswer(ctx: AnswerContext): ComputedAnswer {
  const packet = needPacket(ctx);
  const { trace, hops } = packet;
  const last = hops.at(-1);
  const dropped = trace.outcome === 'dropped' && last !== undefined;
  const answer = dropped ? `at:${last.at}` : 'delivered';
  // The sender is no candidate: a packet always leaves it.
  const places = [...pathOf(hops).slice(1), trace.to.at];
  const all = [
    ...places.map((at) => ({ id: `at:${at}`, label: `At ${placeLabel(at)}` })),
    { id: 'delivered', label: 'Nowhere: it is delivered' },
  ];
  const options = limitOptions(all, answer, 5);
  const decider = decidingHop(hops);
  const hop = hops[decider - 1];
  const entry =
    hop?.evidence?.table === 'vpc-route-table'
      ? entryOfLine(ctx.world.vpc.routeTable, hop.evidence.line)
      : undefined;
  return answered(options, answer, {
    element: entry ? routePlace(entry.destination) : hop ? hop.at : null,
    hop: decider,
    ...(hop?.evidence ? { evidence: hop.evidence } : {}),
    ...(entry ? { artifact: { target: VPC, name: 'route-table' } } : {}),
    text: dropped
      ? `Dropped: ${trace.reason ?? 'no reason given'}`
      : `Delivered to ${placeLabel(trace.to.at)} after ${hops.length} hops.`,
  });
}
