import { containerId, macAddress } from '../ids.ts';
import type { NodeState } from '../world/types.ts';
import type { Draft } from './apply.ts';
import { sandboxFailed } from './messages.ts';
import { PodDecider } from './pod-decision.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The pod phase as the world writer runs it: the same decisions as the step recorder
 * (pod-phase.ts), written straight into the draft's pod table, with no steps, changes or texts.
 * A test holds the world it writes equal to the fold of the recorded steps.
 */
export function writePodPhase(world: Draft): void {
  const decider = new PodDecider(world);
  const { pods, events } = world;
  const specs = world.scenario.pods;
  for (let slot = 0; slot < specs.length; slot++) {
    const spec = specs[slot] as (typeof specs)[number];
    const decision = decider.decide(spec);
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
      case 'no-subnet-env':
        pods.create(slot, { phase: 'ContainerCreating', netns: false, error: decision.error });
        break;
      case 'network': {
        pods.create(slot, { phase: 'ContainerCreating', netns: true });
        pods.setCniDelegate(slot);
        if (decision.makesCni0) {
          (decision.node as Mutable<NodeState>).cni0 = {
            mac: macAddress(`cni0:${spec.node}`),
            gateway: decision.subnetEnv.gateway,
            prefix: decision.podCidr.prefix,
            up: true,
          };
        }
        if (decision.ip === undefined) {
          // host-local has nothing left: the sandbox is torn down again.
          pods.tearDown(slot);
          pods.setPhase(
            slot,
            'ContainerCreating',
            sandboxFailed(containerId(spec.name), decision.cniError as string),
          );
          break;
        }
        pods.setVeth(slot, decision.ifindex);
        pods.setIp(slot, decision.ip);
        pods.setPhase(slot, 'Running', undefined);
        break;
      }
    }
  }
}
