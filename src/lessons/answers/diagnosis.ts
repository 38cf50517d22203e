/**
 * "What is wrong with this node?": the cause an operator would name, read from the world the way
 * the symptoms show it (no pod CIDR and a CIDRNotAvailable event, a refused route, a failed
 * flanneld, a deleted route, a bridge that is down, missing masquerade rules).
 */
import {
  type NodeState,
  nameOf,
  nodePart,
  nodePlace,
  parsePlace,
  VPC,
  VPC_ROUTER,
  type WorldState,
} from '../../engine/index.ts';
import type { Proof } from '../resolved.ts';
import { type LessonText, said } from '../said.ts';
import { findStep } from '../select-step.ts';
import type { StepSelector } from '../types.ts';
import {
  type AnswerContext,
  answered,
  type ComputedAnswer,
  limitOptions,
  option,
  RuleError,
} from './context.ts';

/** Five causes to choose from: enough to think, few enough to read. */
const DIAGNOSIS_OPTIONS = 5;

export type Cause =
  | 'cidr-not-available'
  | 'route-quota-exceeded'
  | 'flanneld-down'
  | 'vpc-route-deleted'
  | 'cni0-down'
  | 'masquerade-missing'
  | 'healthy';

export const CAUSE_LABELS: Readonly<Record<Cause, LessonText>> = {
  'cidr-not-available': said('causeCidr'),
  'route-quota-exceeded': said('causeQuota'),
  'flanneld-down': said('causeFlanneld'),
  'vpc-route-deleted': said('causeRouteDeleted'),
  'cni0-down': said('causeCni0'),
  'masquerade-missing': said('causeMasquerade'),
  healthy: said('causeNone'),
};

/** The cause a node shows; the first that applies, root causes before their consequences. */
export function diagnose(world: WorldState, node: NodeState): Cause {
  const cidrEvent = world.events.some(
    (e) => e.reason === 'CIDRNotAvailable' && e.object === `Node/${node.name}`,
  );
  if (!node.podCidr && cidrEvent) return 'cidr-not-available';
  if (node.flanneld === 'failed') return 'flanneld-down';
  if (node.vpcRoute === 'quota-exceeded') return 'route-quota-exceeded';
  if (node.vpcRoute === 'deleted') return 'vpc-route-deleted';
  if (node.cni0 && !node.cni0.up) return 'cni0-down';
  if (node.flanneld === 'running' && !node.masqueradeRules && world.scenario.cluster.ipMasq)
    return 'masquerade-missing';
  return 'healthy';
}

/** Where each cause shows: the step that caused it, the element and the artifact. */
function proofOf(cause: Cause, node: string): { step?: StepSelector; proof: Omit<Proof, 'text' | 'said'> } {
  const spec = { target: nodePlace(node), name: 'node-spec' };
  switch (cause) {
    case 'cidr-not-available':
      return {
        step: { actor: 'kube-controller-manager', node, failed: true },
        proof: { element: nodePlace(node), artifact: spec },
      };
    case 'route-quota-exceeded':
      return {
        step: { actor: 'ccm', node, failed: true },
        proof: { element: nodePlace(node), artifact: spec },
      };
    case 'flanneld-down':
      return {
        step: { actor: 'flanneld', node, failed: true },
        proof: {
          element: nodePart(node, 'flanneld'),
          artifact: { target: nodePlace(node), name: 'subnet.env' },
        },
      };
    case 'vpc-route-deleted':
      return {
        step: { change: 'vpc-route-removed', phase: 'what-if' },
        proof: { element: VPC_ROUTER, artifact: { target: VPC, name: 'route-table' } },
      };
    case 'cni0-down':
      return {
        step: { change: 'cni0-set-down', node },
        proof: { element: nodePart(node, 'cni0'), artifact: { target: nodePlace(node), name: 'ip-addr' } },
      };
    case 'masquerade-missing':
      return {
        step: { change: 'masquerade-rules-removed', node },
        proof: { element: nodePlace(node), artifact: { target: nodePlace(node), name: 'iptables-nat' } },
      };
    default:
      return { proof: { element: nodePlace(node) } };
  }
}

/** The diagnosis of `subject` (`node:NAME`, or `pod:NAME` for the pod's node). */
export function diagnosisAnswer(ctx: AnswerContext, subject: string): ComputedAnswer {
  const world = ctx.world;
  const place = parsePlace(subject);
  const name = place?.kind === 'pod' ? world.pods.get(place.name)?.node : nameOf(subject, 'node');
  const node = name === undefined ? undefined : world.nodes.get(name);
  if (!node) throw new RuleError(`no node to diagnose for ${subject}`);
  const cause = diagnose(world, node);
  const answer = `cause:${cause}`;
  const all = (Object.keys(CAUSE_LABELS) as Cause[]).map((c) => option(`cause:${c}`, CAUSE_LABELS[c]));
  const options = limitOptions(all, answer, DIAGNOSIS_OPTIONS);
  const { step: selector, proof } = proofOf(cause, node.name);
  const step = selector ? findStep(ctx.construction.steps, selector) : undefined;
  const text = step
    ? said('stepSays', { n: step.index, title: step.titleText })
    : said('noTrouble', { node: node.name });
  return answered(options, answer, { ...proof, ...(step ? { step: step.index } : {}), said: text });
}
