import type { PodSpec } from '../scenario/types.ts';
import type { Draft } from './apply.ts';
import { type Mutable, type NetworkDecision, PodDecider } from './pod-decision.ts';
import { podStepKinds, writePodStep } from './pod-steps.ts';

/**
 * The pod phase as the world writer runs it: the same decisions as the step recorder
 * (pod-phase.ts), written straight into the draft's pod table, with no steps, changes or texts.
 * A test holds the world it writes equal to the fold of the recorded steps.
 */
export function writePodPhase(world: Draft): void {
  const decider = new PodDecider(world);
  const { pods, events } = world;
  const specs = world.scenario.pods;
  // The first network decision, rewritten for each later pod (each is written at once).
  let reuse: Mutable<NetworkDecision> | undefined;
  for (let slot = 0; slot < specs.length; slot++) {
    const decision = decider.decide(specs[slot] as PodSpec, slot, reuse);
    switch (decision.kind) {
      case 'pending':
        for (const pod of decision.pods) {
          pods.create(pods.slotOf(pod.name), { phase: 'Pending', netns: false, error: decision.message });
          events.push({
            type: 'Warning',
            reason: 'FailedScheduling',
            source: 'default-scheduler',
            object: `Pod/${pod.name}`,
            message: decision.message,
          });
        }
        break;
      case 'pending-with-first':
        break;
      case 'network':
        reuse = decision;
        for (const kind of podStepKinds(decision)) writePodStep(world, kind, slot, decision);
        break;
      case 'no-subnet-env':
        for (const kind of podStepKinds(decision)) writePodStep(world, kind, slot, decision);
        break;
    }
  }
}
