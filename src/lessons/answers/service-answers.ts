/**
 * Answers about a walk to a Service: the kube-proxy rule a hop quotes (the KUBE-SEP DNAT, or the
 * REJECT of a Service without endpoints), the netfilter hook it is met in, the place a hop acts
 * (where conntrack un-DNATs the answer), and what lets a bridge send a frame back out of the port
 * it came in on (hairpin).
 */
import {
  type Hop,
  type KubeRule,
  nameOf,
  nodeKubeProxyRules,
  nodePart,
  nodePlace,
} from '../../engine/index.ts';
import { serviceHook } from '../../engine/packet/index.ts';
import { type LessonText, listOf, said } from '../said.ts';
import { pathOf, placeLabel } from '../select-hop.ts';
import {
  type AnswerContext,
  answered,
  type ComputedAnswer,
  limitOptions,
  needHop,
  option,
  RuleError,
} from './context.ts';

const RULE_OPTIONS = 4;

/**
 * "Which rule rewrites (or refuses) the packet?": the kube-proxy rule the hop quotes, among the
 * rules it is most easily confused with: the Service's other final rules (another endpoint's
 * DNAT), the KUBE-SERVICES entry and the KUBE-SVC jumps that lead there, then the other entries
 * of KUBE-SERVICES (those for the same port first).
 */
export function serviceRuleAnswer(ctx: AnswerContext): ComputedAnswer {
  const { hop, number } = needHop(ctx);
  const node = ctx.world.nodes.get(nameOf(hop.at, 'node') ?? '');
  const rules = node ? nodeKubeProxyRules(ctx.world, node) : undefined;
  const line = hop.evidence?.line;
  const all = rules ? [...rules.nat, ...rules.filter] : [];
  const rule = all.find((r) => r.text === line);
  if (!node || !rule?.service || !hop.evidence)
    throw new RuleError(`hop ${number} quotes no kube-proxy rule of a Service`);
  const service = rule.service.service;
  const ours = all.filter((r) => r.service?.service === service && r !== rule);
  const isFinal = (r: KubeRule) => r.target === 'DNAT' || r.target === 'REJECT';
  const entries = (r: KubeRule) => r.chain === 'KUBE-SERVICES' || r.chain === 'KUBE-NODEPORTS';
  const dport = rule.dport ?? rule.service.port.port;
  const others = all
    .filter((r) => r.chain === 'KUBE-SERVICES' && r.service?.service !== service)
    .sort((a, b) => Number(b.dport === dport) - Number(a.dport === dport));
  const candidates = [
    rule,
    ...ours.filter(isFinal),
    ...ours.filter(entries),
    ...ours.filter((r) => r.target.startsWith('KUBE-SEP-')),
    ...others,
  ];
  const answer = `rule:${rule.text}`;
  const options = limitOptions(
    candidates.map((r) => ({ id: `rule:${r.text}`, label: r.text })),
    answer,
    RULE_OPTIONS,
    (a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
  const verb =
    rule.target === 'DNAT' ? 'ruleDnats' : rule.target === 'REJECT' ? 'ruleRejects' : 'ruleDecides';
  return answered(options, answer, {
    element: hop.at,
    hop: number,
    evidence: hop.evidence,
    artifact: {
      target: nodePlace(node.name),
      name: rule.table === 'nat' ? 'iptables-nat' : 'iptables-filter',
    },
    said: said(verb, { hop: number, node: node.name, table: rule.table, chain: rule.chain }),
  });
}

const HOOK_LABELS = {
  PREROUTING: 'hookPrerouting',
  OUTPUT: 'hookOutput',
  POSTROUTING: 'hookPostrouting',
  INPUT: 'hookInput',
} as const;

/** "In which hook does the node meet that rule?": PREROUTING for a pod's packet, OUTPUT for the node's own. */
export function serviceHookAnswer(ctx: AnswerContext): ComputedAnswer {
  const { hop, number } = needHop(ctx);
  if (hop.action !== 'dnat' && hop.action !== 'drop')
    throw new RuleError(`hop ${number} is no Service DNAT or REJECT`);
  const hook = serviceHook(hop);
  const answer = `hook:${hook}`;
  const options = (Object.keys(HOOK_LABELS) as (keyof typeof HOOK_LABELS)[]).map((h) =>
    option(`hook:${h}`, said(HOOK_LABELS[h])),
  );
  const text =
    hook === 'PREROUTING'
      ? said('hookIn', { place: placeLabel(hop.at), device: hop.deviceIn ?? '' })
      : said('hookOut', { place: placeLabel(hop.at) });
  return answered(options, answer, {
    element: hop.at,
    hop: number,
    ...(hop.evidence ? { evidence: hop.evidence } : {}),
    said: text,
  });
}

/** What a hop rewrote, as words (none when it rewrote no address). */
function rewrite(hop: Hop): LessonText | undefined {
  const parts = [
    hop.before.src !== hop.after.src
      ? said('srcBecomes', { before: hop.before.src, after: hop.after.src })
      : undefined,
    hop.before.dst !== hop.after.dst
      ? said('dstBecomes', { before: hop.before.dst, after: hop.after.dst })
      : undefined,
  ].filter((part) => part !== undefined);
  return parts.length ? listOf(parts) : undefined;
}

/** "Hop N happens at PLACE", with what it rewrote and the line that did it. */
function hopHappens(hop: Hop, number: number): LessonText {
  const rewrites = rewrite(hop);
  const place = placeLabel(hop.at);
  const table = hop.evidence?.table;
  if (rewrites === undefined)
    return table
      ? said('hopHappensBy', { hop: number, place, table })
      : said('hopHappens', { hop: number, place });
  return table
    ? said('hopRewritesBy', { hop: number, place, rewrites, table })
    : said('hopRewrites', { hop: number, place, rewrites });
}

/** "Where does this hop happen?": the place of the stop's hop, among the places its path visits. */
export function hopPlaceAnswer(ctx: AnswerContext): ComputedAnswer {
  const { hop, number, packet } = needHop(ctx);
  const answer = `at:${hop.at}`;
  const places = pathOf(packet.hops);
  const options = limitOptions(
    places.map((at) => option(`at:${at}`, said('atPlace', { place: placeLabel(at) }))),
    answer,
    5,
  );
  return answered(options, answer, {
    element: hop.at,
    hop: number,
    ...(hop.evidence ? { evidence: hop.evidence } : {}),
    said: hopHappens(hop, number),
  });
}

const FLAG_LABELS = {
  hairpinMode: 'flagHairpin',
  isDefaultGateway: 'flagGateway',
  mark: 'flagMark',
  none: 'flagNone',
} as const;

/**
 * "What lets cni0 send this frame where it goes?": at a bridge hop, hairpin mode when the frame
 * leaves by the very port it came in on (a bridge refuses that otherwise), else nothing special.
 */
export function bridgeFlagAnswer(ctx: AnswerContext): ComputedAnswer {
  const { hop, number } = needHop(ctx);
  const node = nameOf(hop.at, 'node');
  if (hop.action !== 'bridge' || !node || !hop.deviceIn)
    throw new RuleError(`hop ${number} is no bridge hop`);
  const hairpin = hop.deviceIn === hop.deviceOut;
  const answer = hairpin ? 'flag:hairpinMode' : 'flag:none';
  const options = (Object.keys(FLAG_LABELS) as (keyof typeof FLAG_LABELS)[]).map((f) =>
    option(`flag:${f}`, said(FLAG_LABELS[f])),
  );
  return answered(options, answer, {
    element: nodePart(node, 'cni0'),
    hop: number,
    ...(hop.evidence ? { evidence: hop.evidence } : {}),
    artifact: { target: nodePlace(node), name: '10-flannel.conf' },
    said: hairpin
      ? said('hairpinNeeded', { port: hop.deviceOut ?? '' })
      : said('anyPort', { in: hop.deviceIn, out: hop.deviceOut ?? '' }),
  });
}
