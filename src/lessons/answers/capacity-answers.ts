/** Answers about addressing and growth: a node's pod CIDR, the capacity numbers, the first limit. */
import {
  capacity,
  cidr,
  controlPlanePart,
  formatCidr,
  nodePlace,
  sizeOf,
  VPC,
  VPC_ROUTER,
} from '../../engine/index.ts';
import { said } from '../said.ts';
import { findStep } from '../select-step.ts';
import type { CapacityField } from '../types.ts';
import {
  type AnswerContext,
  answered,
  type ComputedAnswer,
  limitOptions,
  option,
  RuleError,
} from './context.ts';

const CANDIDATE_BLOCKS = 4;

/** The pod CIDR the range allocator gives `node` (or none, when the range is used up). */
export function podCidrAnswer(ctx: AnswerContext, node: string): ComputedAnswer {
  const state = ctx.construction.final.nodes.get(node);
  if (!state) throw new RuleError(`the scenario has no node ${node}`);
  const { podCidr, nodeCidrMaskSize: mask } = ctx.construction.scenario.cluster;
  const cluster = cidr(podCidr);
  const blocks = Array.from({ length: Math.min(CANDIDATE_BLOCKS, 2 ** (mask - cluster.prefix)) }, (_, i) =>
    formatCidr({ network: cluster.network + i * sizeOf(mask), prefix: mask }),
  );
  const given = state.podCidr ? formatCidr(state.podCidr) : undefined;
  const answer = given ? `cidr:${given}` : 'cidr:none';
  const all = [...blocks, ...(given ? [given] : [])].map((b) => ({ id: `cidr:${b}`, label: b }));
  const options = [
    ...(given ? limitOptions(all, answer, CANDIDATE_BLOCKS) : all),
    option('cidr:none', said('noBlock')),
  ];
  const step = findStep(ctx.construction.steps, {
    actor: 'kube-controller-manager',
    node,
    ...(given ? { change: 'pod-cidr-allocated' as const } : {}),
  });
  return answered(options, answer, {
    element: nodePlace(node),
    ...(step ? { step: step.index } : {}),
    artifact: { target: nodePlace(node), name: 'node-spec' },
    said: given
      ? said('blockGiven', { node, n: state.index + 1, mask, podCidr, given })
      : said('blocksTaken', { mask, podCidr, node }),
  });
}

/** A number from the capacity summary, among the other numbers a learner could confuse it with. */
export function capacityAnswer(ctx: AnswerContext, field: CapacityField): ComputedAnswer {
  const c = capacity(ctx.construction.scenario);
  const value = c[field];
  const candidates = [
    value,
    c.nodeCidrBlocks,
    c.routeQuota,
    c.nodeRoutesAvailable,
    c.allocatableBlocks,
    c.nodeLimit,
    c.nodeCidrBlocks * 2,
    c.usablePodIpsPerNode,
  ].filter((n) => n > 0);
  const answer = `n:${value}`;
  const options = limitOptions(
    candidates.map((n) => ({ id: `n:${n}`, label: String(n) })),
    answer,
    4,
    (a, b) => Number(a.label) - Number(b.label),
  );
  const routes = field === 'nodeRoutesAvailable' || (field === 'nodeLimit' && c.limitedBy === 'route-quota');
  const master = ctx.construction.scenario.nodes.find((n) => n.role === 'master');
  const artifact = routes
    ? { target: VPC, name: 'route-table' }
    : master && { target: nodePlace(master.name), name: 'kube-controller-manager.yaml' };
  const blocks = said('blocksCount', {
    podCidr: c.podCidr,
    mask: c.nodeCidrMaskSize,
    prefix: c.podCidr.split('/')[1] ?? '',
    blocks: c.nodeCidrBlocks,
  });
  return answered(options, answer, {
    element: routes ? VPC_ROUTER : controlPlanePart('kcm'),
    ...(artifact ? { artifact } : {}),
    said: field === 'nodeCidrBlocks' || field === 'allocatableBlocks' ? blocks : c.limitReasonText,
  });
}

/** Which limit binds first: the node CIDRs of the cluster CIDR, or the VPC route quota. */
export function limitAnswer(ctx: AnswerContext): ComputedAnswer {
  const c = capacity(ctx.construction.scenario);
  const options = [option('limit:cidr', said('limitCidr')), option('limit:route-quota', said('limitRoutes'))];
  const answer = `limit:${c.limitedBy}`;
  // The first step that runs into it: a route the CCM cannot add, or a node with no block left.
  const hit = findStep(ctx.construction.steps, {
    actor: c.limitedBy === 'route-quota' ? 'ccm' : 'kube-controller-manager',
    failed: true,
  });
  return answered(options, answer, {
    element: controlPlanePart(c.limitedBy === 'route-quota' ? 'ccm' : 'kcm'),
    ...(hit ? { step: hit.index } : {}),
    artifact: { target: VPC, name: 'route-table' },
    said: c.limitReasonText,
  });
}
