/**
 * kube-scheduler's verdicts as Terway's pod phase reads them (terway/pod-phase.ts); Flannel's
 * pod phase decides with PodDecider (pod-decision.ts), by the same rules.
 */
import { KUBELET_MAX_PODS } from '../scenario/limits.ts';
import type { PodSpec } from '../scenario/types.ts';
import type { StepBuilder } from './builder.ts';

/** Taints do not change during the pod phase: the scheduler sees the same ones for every pod. */
export function tainted(b: StepBuilder, node: string): boolean {
  return (b.world.nodes.get(node)?.taints.length ?? 0) > 0;
}

/**
 * The pods each node cannot take, in scenario order: those bound there once it holds maxPods
 * (the kube-flannel pod counts; pods left Pending by a taint do not).
 */
export function podsPastMaxPods(b: StepBuilder): Map<string, Set<PodSpec>> {
  const bound = new Map<string, number>();
  const past = new Map<string, Set<PodSpec>>();
  for (const spec of b.world.scenario.pods) {
    if (tainted(b, spec.node)) continue;
    const count = bound.get(spec.node) ?? 1;
    if (count < KUBELET_MAX_PODS) {
      bound.set(spec.node, count + 1);
      continue;
    }
    let pods = past.get(spec.node);
    if (!pods) {
      pods = new Set();
      past.set(spec.node, pods);
    }
    pods.add(spec);
  }
  return past;
}
