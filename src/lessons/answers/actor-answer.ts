/** "Which component does this?": the actor of a selected construction step. */
import { type Actor, type ChangeKind, nodePlace, type Step, VPC } from '../../engine/index.ts';
import { ACTOR_LABELS, actorElement, stepNode } from '../actors.ts';
import type { Proof } from '../resolved.ts';
import { englishOf, said } from '../said.ts';
import { describeSelector, findStep } from '../select-step.ts';
import type { StepSelector } from '../types.ts';
import {
  type AnswerContext,
  answered,
  type ComputedAnswer,
  limitOptions,
  option,
  proofOf,
  RuleError,
  type SaidProof,
} from './context.ts';

/** The actors a choice offers when the question names none: the ones learners mix up. */
const DEFAULT_AMONG: readonly Actor[] = [
  'flanneld',
  'flannel-cni',
  'bridge-plugin',
  'kubelet',
  'ccm',
  'kube-controller-manager',
];

/** The inspector artifact that shows what a change left behind, on the step's node. */
const CHANGE_ARTIFACTS: Partial<Record<ChangeKind, string>> = {
  'subnet-env-written': 'subnet.env',
  'cni-conf-installed': '10-flannel.conf',
  'masquerade-rules-added': 'iptables-nat',
  'pod-cidr-allocated': 'node-spec',
  'node-registered': 'node-spec',
  'controller-manager-configured': 'kube-controller-manager.yaml',
  'cni0-created': 'ip-addr',
  'veth-created': 'bridge-fdb',
};

function artifactOf(step: Step, node: string | undefined, change?: ChangeKind): Proof['artifact'] {
  if (step.changes.some((c) => c.kind === 'vpc-route-added' || c.kind === 'vpc-route-removed'))
    return { target: VPC, name: 'route-table' };
  const name = change === undefined ? undefined : CHANGE_ARTIFACTS[change];
  return name && node ? { target: nodePlace(node), name } : undefined;
}

/** Who did the step the selector picks; a click answers with the actor's diagram element. */
export function actorAnswer(
  ctx: AnswerContext,
  selector: StepSelector,
  among: readonly Actor[] = DEFAULT_AMONG,
): ComputedAnswer {
  const step = findStep(ctx.construction.steps, selector);
  if (!step) throw new RuleError(`no step matches: ${describeSelector(selector)}`);
  const world = ctx.construction.final;
  const element = actorElement(step, world);
  const node = stepNode(step, world);
  const artifact = artifactOf(step, node, selector.change);
  const proof: SaidProof = {
    element,
    step: step.index,
    ...(artifact ? { artifact } : {}),
    said: said('doneBy', { n: step.index, title: step.titleText, actor: ACTOR_LABELS[step.actor] }),
  };
  if (ctx.kind === 'click') {
    const actor = ACTOR_LABELS[step.actor];
    return {
      options: [],
      answer: element,
      answerLabel: englishOf(actor),
      answerSaid: actor,
      proof: proofOf(proof),
    };
  }
  const answer = `actor:${step.actor}`;
  const all = [...among, step.actor].map((a) => option(`actor:${a}`, ACTOR_LABELS[a]));
  const options = limitOptions(all, answer, 5);
  return answered(options, answer, proof);
}

/** Whether a click on a diagram element answers a click question: the element or a part of it. */
export function isRightClick(answer: string, clicked: string): boolean {
  return clicked === answer || clicked.startsWith(`${answer}/`);
}
