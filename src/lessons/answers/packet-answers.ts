/** Answers read from a stop's packet walk: the route that matched, addresses, TTL, tables. */
import {
  formatIp,
  formatVpcRoute,
  type Hop,
  maskOf,
  nodePlace,
  parseIp,
  parsePlace,
  routePlace,
  VPC,
  type VpcRouteEntry,
} from '../../engine/index.ts';
import type { AnswerOption } from '../resolved.ts';
import { placeLabel } from '../select-hop.ts';
import {
  type AnswerContext,
  answered,
  type ComputedAnswer,
  limitOptions,
  needHop,
  RuleError,
} from './context.ts';

function routeLabel(entry: VpcRouteEntry): string {
  const to =
    entry.nextHopType === 'instance'
      ? `${entry.node ?? ''} (${entry.nextHop})`
      : entry.nextHopType === 'nat-gateway'
        ? 'the NAT gateway'
        : entry.nextHopType === 'local'
          ? `vSwitch ${entry.vswitch ?? entry.nextHop}`
          : 'cloud services';
  return `${entry.destination} → ${to}`;
}

function contains(entry: VpcRouteEntry, ip: number): boolean {
  return (ip & maskOf(entry.cidr.prefix)) >>> 0 === entry.cidr.network;
}

/** The VPC route entry whose evidence line a hop quotes. */
export function entryOfLine(routes: readonly VpcRouteEntry[], line: string): VpcRouteEntry | undefined {
  return routes.find((e) => formatVpcRoute(e) === line);
}

/** "Which VPC route entry will match?": the entry the vRouter hop quotes. */
export function vpcRouteAnswer(ctx: AnswerContext): ComputedAnswer {
  const { hop, number } = needHop(ctx);
  const routes = ctx.world.vpc.routeTable;
  const line = hop.evidence?.table === 'vpc-route-table' ? hop.evidence.line : undefined;
  const entry = line === undefined ? undefined : entryOfLine(routes, line);
  if (!entry || !hop.evidence) throw new RuleError(`hop ${number} quotes no VPC route entry`);
  const dst = parseIp(hop.before.dst) ?? 0;
  // Every entry that contains the destination competes; the node routes are the tempting ones.
  const candidates = routes.filter((e) => contains(e, dst) || e.nextHopType === 'instance');
  const options = limitOptions(
    candidates.map((e) => ({ id: routePlace(e.destination), label: routeLabel(e) })),
    routePlace(entry.destination),
    5,
  );
  const answer = routePlace(entry.destination);
  return answered(options, answer, {
    element: answer,
    hop: number,
    evidence: hop.evidence,
    artifact: { target: VPC, name: 'route-table' },
    text: `Of the VPC route table's entries that contain ${hop.before.dst}, this one has the longest prefix:`,
  });
}

function addressesOf(hops: readonly Hop[]): string[] {
  return hops.flatMap((h) => [h.before.src, h.before.dst, h.after.src, h.after.dst]);
}

const byNumber = (a: AnswerOption, b: AnswerOption) =>
  (parseIp(a.id.slice(3)) ?? 0) - (parseIp(b.id.slice(3)) ?? 0);

/** An address of the packet at the stop's hop; the proof is the hop that last rewrote it. */
export function addressAnswer(
  ctx: AnswerContext,
  field: 'src' | 'dst',
  side: 'before' | 'after',
): ComputedAnswer {
  const { hop, number, packet } = needHop(ctx);
  const value = hop[side][field];
  const nodes = new Set(packet.hops.map((h) => h.at).filter((at) => parsePlace(at)?.kind === 'node'));
  const nodeIps = [...ctx.world.nodes.values()]
    .filter((n) => nodes.has(nodePlace(n.name)))
    .map((n) => formatIp(n.ip));
  const eip = ctx.world.scenario.vpc.natGateway?.eip;
  const candidates = [
    ...addressesOf(packet.hops),
    ...addressesOf(packet.trace.reply?.hops ?? []),
    ...nodeIps,
    ...(eip ? [eip] : []),
  ];
  const answer = `ip:${value}`;
  const options = limitOptions(
    candidates.map((ip) => ({ id: `ip:${ip}`, label: ip })),
    answer,
    5,
    byNumber,
  );
  const last = side === 'after' ? number : number - 1;
  const rewrite = packet.hops.slice(0, last).findLastIndex((h) => h.before[field] !== h.after[field]);
  const proofHop = rewrite < 0 ? 1 : rewrite + 1;
  const by = packet.hops[proofHop - 1];
  return answered(options, answer, {
    element: by ? by.at : null,
    hop: proofHop,
    ...(rewrite >= 0 && by?.evidence ? { evidence: by.evidence } : {}),
    text:
      rewrite < 0
        ? `No hop rewrites the ${field === 'src' ? 'source' : 'destination'}: it is still the sender's ${value}.`
        : `Hop ${proofHop}, at ${placeLabel(by?.at ?? '')}, rewrites it to ${value}${by?.evidence ? ', by this line:' : '.'}`,
  });
}

/** The TTL after the stop's hop; the proof lists where it was lowered. */
export function ttlAnswer(ctx: AnswerContext): ComputedAnswer {
  const { hop, number, packet } = needHop(ctx);
  const seen = [...packet.hops.map((h) => h.after.ttl), 64, 63, 62, 61];
  const answer = `ttl:${hop.after.ttl}`;
  const options = limitOptions(
    seen.map((t) => ({ id: `ttl:${t}`, label: String(t) })),
    answer,
    4,
    (a, b) => Number(b.label) - Number(a.label),
  );
  const lowered = packet.hops.slice(0, number).filter((h) => h.after.ttl < h.before.ttl);
  const places = lowered.map((h) => placeLabel(h.at));
  // The hop that set the answer's TTL: the last that lowered it (the stop's own when none did).
  const last = lowered.at(-1);
  const setBy = last ? packet.hops.indexOf(last) + 1 : number;
  return answered(options, answer, {
    element: last ? last.at : hop.at,
    hop: setBy,
    text:
      places.length === 0
        ? 'No hop routes the packet, so nothing lowers the TTL.'
        : `The TTL drops by one at each routing hop: ${places.join(', ')}.`,
  });
}
