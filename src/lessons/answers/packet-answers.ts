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
import { type LessonText, listOf, said } from '../said.ts';
import { placeLabel } from '../select-hop.ts';
import {
  type AnswerContext,
  answered,
  type ComputedAnswer,
  limitOptions,
  needHop,
  option,
  RuleError,
} from './context.ts';

function routeLabel(entry: VpcRouteEntry): LessonText {
  const to =
    entry.nextHopType === 'instance'
      ? said('routeToInstance', { node: entry.node ?? '', instance: entry.nextHop })
      : entry.nextHopType === 'nat-gateway'
        ? said('natGateway')
        : entry.nextHopType === 'local'
          ? said('routeToVswitch', { name: entry.vswitch ?? entry.nextHop })
          : said('cloudServices');
  return said('routeTo', { destination: entry.destination, to });
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
    candidates.map((e) => option(routePlace(e.destination), routeLabel(e))),
    routePlace(entry.destination),
    5,
  );
  const answer = routePlace(entry.destination);
  return answered(options, answer, {
    element: answer,
    hop: number,
    evidence: hop.evidence,
    artifact: { target: VPC, name: 'route-table' },
    said: said('longestPrefix', { dst: hop.before.dst }),
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
    said:
      rewrite < 0
        ? said(field === 'src' ? 'srcKept' : 'dstKept', { value })
        : said(by?.evidence ? 'rewrittenBy' : 'rewritten', {
            hop: proofHop,
            place: placeLabel(by?.at ?? ''),
            value,
          }),
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
    said: places.length === 0 ? said('ttlKept') : said('ttlLowered', { places: listOf(places) }),
  });
}
