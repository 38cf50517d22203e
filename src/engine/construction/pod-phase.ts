import type { PodSpec } from '../scenario/types.ts';
import type { Slices, StepBuilder } from './builder.ts';
import { emitFullNodePending, emitTaintedPending, type SchedulingMessages } from './pending-pods.ts';
import { type NetworkDecision, type NoSubnetEnvDecision, PodDecider } from './pod-decision.ts';
import { PodStep, podStepKinds } from './pod-steps.ts';

/**
 * Pod phase, per pod in scenario order: kube-scheduler binds the pod to its node unless the node
 * is tainted or full (then it stays Pending, pending-pods.ts); kubelet creates the sandbox and its
 * netns, then calls the Flannel CNI plugin, which reads subnet.env and delegates to the bridge
 * plugin (cni0 on the node's first pod, a veth pair) and host-local IPAM (the pod IP). The
 * decisions are the world writer's (pod-decision.ts); the steps are compact (pod-steps.ts).
 */
export function* buildPodPhase(b: StepBuilder): Slices {
  const decider = new PodDecider(b.world);
  const messages: SchedulingMessages = new Map();
  const specs = b.world.scenario.pods;
  for (let slot = 0; slot < specs.length; slot++) {
    yield;
    const spec = specs[slot] as PodSpec;
    const decision = decider.decide(spec, slot);
    switch (decision.kind) {
      case 'pending':
        // The node's first pod past maxPods brings all of them, in one step.
        if ((b.world.nodes.get(spec.node)?.taints.length ?? 0) > 0) emitTaintedPending(b, messages, spec);
        else emitFullNodePending(b, messages, spec.node, decision.pods);
        break;
      case 'pending-with-first':
        break;
      case 'no-subnet-env':
      case 'network':
        podSteps(b, slot, decision);
        break;
    }
  }
}

function podSteps(b: StepBuilder, slot: number, decision: NetworkDecision | NoSubnetEnvDecision): void {
  for (const kind of podStepKinds(decision)) {
    const step = new PodStep(b.steps.length + 1, kind, slot, decision);
    step.applyTo(b.world);
    b.steps.push(step);
  }
}
