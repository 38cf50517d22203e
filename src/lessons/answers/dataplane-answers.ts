/**
 * Answers about another dataplane of the lesson's cluster (Flannel vxlan or host-gw): the engine
 * builds the same scenario on it and reads the pods' MTU, the node limit, or where a packet ends.
 */
import { capacity, construct, type Dataplane, NAT_GATEWAY, VPC, VPC_ROUTER } from '../../engine/index.ts';
import { compareDataplanes, onDataplane, trace } from '../../engine/packet/index.ts';
import { said } from '../said.ts';
import type { DataplaneFact } from '../types.ts';
import { type AnswerContext, answered, type ComputedAnswer, option, RuleError } from './context.ts';

/** What `fact` is on `dataplane` for the lesson's scenario. */
export function dataplaneAnswer(
  ctx: AnswerContext,
  fact: DataplaneFact,
  dataplane: Dataplane,
  walk?: { readonly from: string; readonly to: string },
): ComputedAnswer {
  const scenario = ctx.construction.scenario;
  if (fact === 'mtu') {
    const row = compareDataplanes(scenario, [dataplane]).rows.find((r) => r.label === 'Pod MTU');
    const value = row?.values[0];
    if (value === undefined) throw new RuleError('no MTU for this dataplane');
    const options = ['1500', '1480', '1450', '9000'].map((n) => ({ id: `mtu:${n}`, label: n }));
    const answer = `mtu:${value}`;
    return answered(options, answer, {
      element: null,
      said: said('mtuOn', { dataplane, mtu: value }),
    });
  }
  if (fact === 'node-limit') {
    const here = capacity(scenario);
    const there = capacity(onDataplane(scenario, dataplane));
    const numbers = [
      ...new Set([there.nodeLimit, here.nodeLimit, here.routeQuota, there.nodeCidrBlocks * 2]),
    ];
    const options = numbers.sort((a, b) => a - b).map((n) => ({ id: `n:${n}`, label: String(n) }));
    const answer = `n:${there.nodeLimit}`;
    return answered(options, answer, {
      element: VPC_ROUTER,
      artifact: { target: VPC, name: 'route-table' },
      said: said('limitsCompared', { there: there.limitReasonText, here: here.limitReasonText }),
    });
  }
  if (!walk) throw new RuleError('an outcome needs a walk (from, to)');
  const result = trace(construct(onDataplane(scenario, dataplane)).final, walk.from, walk.to, {
    reply: false,
  });
  if (result.outcome === 'error') throw new RuleError(result.reason);
  const last = result.hops.at(-1);
  const answer = result.outcome === 'dropped' && last ? `at:${last.at}` : 'delivered';
  const options = [
    option('delivered', said('delivered')),
    option(`at:${VPC_ROUTER}`, said('atVpcRouter')),
    option(`at:${NAT_GATEWAY}`, said('atNatGateway')),
    option(`at:${result.from.at}`, said('atSender')),
  ];
  return answered(options, answer, {
    element: VPC_ROUTER,
    said:
      result.outcome === 'dropped'
        ? said('droppedBecause', { reason: result.reason ?? '' })
        : said('deliveredShort'),
  });
}
