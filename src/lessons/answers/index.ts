/** Evaluates an answer rule against its stop: the options, the right one, and its proof. */
import type { AnswerRule } from '../types.ts';
import { actorAnswer } from './actor-answer.ts';
import { capacityAnswer, limitAnswer, podCidrAnswer } from './capacity-answers.ts';
import type { AnswerContext, ComputedAnswer } from './context.ts';
import { dataplaneAnswer } from './dataplane-answers.ts';
import { diagnosisAnswer } from './diagnosis.ts';
import { addressAnswer, ttlAnswer, vpcRouteAnswer } from './packet-answers.ts';
import { dropPlaceAnswer, tableAnswer } from './place-answers.ts';
import { bridgeFlagAnswer, hopPlaceAnswer, serviceHookAnswer, serviceRuleAnswer } from './service-answers.ts';

export { isRightClick } from './actor-answer.ts';
export type { AnswerContext, ComputedAnswer, StopPacket } from './context.ts';
export { RuleError } from './context.ts';
export { CAUSE_LABELS, type Cause, diagnose } from './diagnosis.ts';

/** The computed answer of `rule` for the stop described by `ctx`; throws RuleError when it cannot apply. */
export function computeAnswer(rule: AnswerRule, ctx: AnswerContext): ComputedAnswer {
  switch (rule.of) {
    case 'vpc-route':
      return vpcRouteAnswer(ctx);
    case 'address':
      return addressAnswer(ctx, rule.field, rule.side);
    case 'ttl':
      return ttlAnswer(ctx);
    case 'table':
      return tableAnswer(ctx);
    case 'drop-place':
      return dropPlaceAnswer(ctx);
    case 'actor':
      return actorAnswer(ctx, rule.step, rule.among);
    case 'pod-cidr':
      return podCidrAnswer(ctx, rule.node);
    case 'capacity':
      return capacityAnswer(ctx, rule.field);
    case 'limit':
      return limitAnswer(ctx);
    case 'diagnosis':
      return diagnosisAnswer(ctx, rule.subject);
    case 'service-rule':
      return serviceRuleAnswer(ctx);
    case 'service-hook':
      return serviceHookAnswer(ctx);
    case 'hop-place':
      return hopPlaceAnswer(ctx);
    case 'bridge-flag':
      return bridgeFlagAnswer(ctx);
    case 'dataplane':
      return dataplaneAnswer(ctx, rule.fact, rule.dataplane, rule.walk);
  }
}
