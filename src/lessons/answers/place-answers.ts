/** Answers about where a packet's fate is decided: the table at a hop, the place of a drop. */
import { type EvidenceTable, type Hop, routePlace, VPC } from '../../engine/index.ts';
import { type LessonText, said } from '../said.ts';
import { pathOf, placeLabel } from '../select-hop.ts';
import {
  type AnswerContext,
  answered,
  type ComputedAnswer,
  limitOptions,
  needHop,
  needPacket,
  option,
  RuleError,
} from './context.ts';
import { entryOfLine } from './packet-answers.ts';

/** The tables, in the order options offer them, named as an operator would. */
const TABLE_LABELS: Readonly<Record<EvidenceTable, LessonText>> = {
  fdb: said('tableFdb'),
  'vtep-neigh': said('tableVtepNeigh'),
  'vtep-fdb': said('tableVtepFdb'),
  'node-routes': said('tableNodeRoutes'),
  'vpc-route-table': said('tableVpcRoutes'),
  nat: said('tableNat'),
  filter: said('tableFilter'),
  'pod-routes': said('tablePodRoutes'),
  'local-routes': said('tableLocalRoutes'),
  'snat-table': said('tableSnat'),
  conntrack: said('tableConntrack'),
  'ip-rules': said('tableIpRules'),
  'policy-routes': said('tablePolicyRoutes'),
  neighbours: said('tableNeighbours'),
  'security-group': said('tableSecurityGroup'),
};

/** "Which table decides this hop?" */
export function tableAnswer(ctx: AnswerContext): ComputedAnswer {
  const { hop, number } = needHop(ctx);
  const table = hop.evidence?.table;
  if (!table || !hop.evidence) throw new RuleError(`hop ${number} quotes no table`);
  const answer = `table:${table}`;
  const all = Object.entries(TABLE_LABELS).map(([id, label]) => option(`table:${id}`, label));
  const options = limitOptions(all, answer, 4);
  return answered(options, answer, {
    element: hop.at,
    hop: number,
    evidence: hop.evidence,
    said: said('tableReads', { hop: number, place: placeLabel(hop.at), table: TABLE_LABELS[table] }),
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
    ...places.map((at) => option(`at:${at}`, said('atPlace', { place: placeLabel(at) }))),
    option('delivered', said('delivered')),
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
    said: dropped
      ? said('droppedBecause', { reason: trace.reason ?? said('noReason') })
      : said('deliveredAfter', { place: placeLabel(trace.to.at), hops: hops.length }),
  });
}
