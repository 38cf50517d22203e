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
import { pathOf, placeLabel } from '../select-hop.ts';
import {
  type AnswerContext,
  answered,
  type ComputedAnswer,
  limitOptions,
  needHop,
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
  const verb = rule.target === 'DNAT' ? 'DNATs' : rule.target === 'REJECT' ? 'REJECTs' : 'decides';
  return answered(options, answer, {
    element: hop.at,
    hop: number,
    evidence: hop.evidence,
    artifact: {
      target: nodePlace(node.name),
      name: rule.table === 'nat' ? 'iptables-nat' : 'iptables-filter',
    },
    text: `At hop ${number}, ${node.name}'s ${rule.table} table chain ${rule.chain} ${verb} the packet; the rules before it only jump or mark:`,
  });
}

const HOOK_LABELS = {
  PREROUTING: 'nat PREROUTING: as the packet arrives, before the routing decision',
  OUTPUT: 'nat OUTPUT: a packet the node itself sends',
  POSTROUTING: 'nat POSTROUTING: as the packet leaves the node',
  INPUT: 'nat INPUT: a packet delivered to the node itself',
} as const;

/** "In which hook does the node meet that rule?": PREROUTING for a pod's packet, OUTPUT for the node's own. */
export function serviceHookAnswer(ctx: AnswerContext): ComputedAnswer {
  const { hop, number } = needHop(ctx);
  if (hop.action !== 'dnat' && hop.action !== 'drop')
    throw new RuleError(`hop ${number} is no Service DNAT or REJECT`);
  const hook = serviceHook(hop);
  const answer = `hook:${hook}`;
  const options = (Object.keys(HOOK_LABELS) as (keyof typeof HOOK_LABELS)[]).map((h) => ({
    id: `hook:${h}`,
    label: HOOK_LABELS[h],
  }));
  const text =
    hook === 'PREROUTING'
      ? `The packet comes in to ${placeLabel(hop.at)} by ${hop.deviceIn}: the kernel's first nat hook for it is PREROUTING, whose "-j KUBE-SERVICES" leads to the rule that rewrites it, before the routing decision sees the new destination.`
      : `${placeLabel(hop.at)} sends the packet itself: locally generated packets meet nat OUTPUT, whose "-j KUBE-SERVICES" leads to the rule that rewrites it.`;
  return answered(options, answer, {
    element: hop.at,
    hop: number,
    ...(hop.evidence ? { evidence: hop.evidence } : {}),
    text,
  });
}

/** What a hop rewrote, as words (empty when it rewrote no address). */
function rewrite(hop: Hop): string {
  const parts = [
    hop.before.src !== hop.after.src ? `the source ${hop.before.src} becomes ${hop.after.src}` : '',
    hop.before.dst !== hop.after.dst ? `the destination ${hop.before.dst} becomes ${hop.after.dst}` : '',
  ].filter(Boolean);
  return parts.length ? `: ${parts.join(', ')}` : '';
}

/** "Where does this hop happen?": the place of the stop's hop, among the places its path visits. */
export function hopPlaceAnswer(ctx: AnswerContext): ComputedAnswer {
  const { hop, number, packet } = needHop(ctx);
  const answer = `at:${hop.at}`;
  const places = pathOf(packet.hops);
  const options = limitOptions(
    places.map((at) => ({ id: `at:${at}`, label: `At ${placeLabel(at)}` })),
    answer,
    5,
  );
  return answered(options, answer, {
    element: hop.at,
    hop: number,
    ...(hop.evidence ? { evidence: hop.evidence } : {}),
    text: `Hop ${number} happens at ${placeLabel(hop.at)}${rewrite(hop)}${hop.evidence ? `, by this ${hop.evidence.table} line:` : '.'}`,
  });
}

const FLAG_LABELS = {
  hairpinMode: '"hairpinMode": true in 10-flannel.conf, which turns on hairpin_mode on every cni0 port',
  isDefaultGateway: '"isDefaultGateway": true in 10-flannel.conf, which makes cni0 the pods\' gateway',
  mark: "kube-proxy's 0x4000 mark (KUBE-MARK-MASQ)",
  none: 'Nothing: a bridge may send a frame out of any port, the one it came in on too',
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
  const options = (Object.keys(FLAG_LABELS) as (keyof typeof FLAG_LABELS)[]).map((f) => ({
    id: `flag:${f}`,
    label: FLAG_LABELS[f],
  }));
  return answered(options, answer, {
    element: nodePart(node, 'cni0'),
    hop: number,
    ...(hop.evidence ? { evidence: hop.evidence } : {}),
    artifact: { target: nodePlace(node), name: '10-flannel.conf' },
    text: hairpin
      ? `cni0 sends the frame out of ${hop.deviceOut}, the port it came in on: the kernel's bridge allows that only on a port in hairpin mode (br_forward.c should_deliver, BR_HAIRPIN_MODE), which the bridge plugin sets from "hairpinMode": true in 10-flannel.conf. cni0's forwarding database says where the frame goes:`
      : `cni0 sends the frame from ${hop.deviceIn} out of ${hop.deviceOut}, another port: any bridge does that.`,
  });
}
