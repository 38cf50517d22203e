import { type Slices, type StepBuilder, titled } from '../construction/builder.ts';
import { UNINITIALIZED_TAINT } from '../construction/messages.ts';
import { later } from '../later.ts';
import { steps } from '../messages/en/steps.ts';
import { terwaySteps } from '../messages/en/terwaySteps.ts';
import { message } from '../messages/message.ts';
import { nodePlace } from '../places.ts';
import type { TerwayConfig } from './config.ts';

/**
 * Cluster phase on Terway: kubelets register their Nodes and the CCM initialises them. No pod CIDR
 * is cut per node and no NetworkUnavailable condition is set: pods take VPC addresses from ENIs,
 * so there is no route for the CCM to make.
 */
// NOTE: derived. cloud-provider-alibaba-cloud pkg/controller/node sets NetworkUnavailable only
// when it manages routes (route configuration on); a Terway cluster needs no VPC route per node.
export function* buildTerwayClusterPhase(b: StepBuilder, config: TerwayConfig): Slices {
  const vswitches = config.podVswitches?.join(', ');
  b.emit({
    phase: 'cluster',
    actor: 'kubeadm',
    target: 'control-plane',
    changes: [{ kind: 'controller-manager-configured' }],
    text: later(() =>
      titled(terwaySteps, 'tControlPlane', {
        own: vswitches === undefined ? 1 : 0,
        vswitches: vswitches ?? '',
      }),
    ),
  });
  for (const spec of b.world.scenario.nodes) {
    yield;
    const name = spec.name;
    b.emit({
      phase: 'cluster',
      actor: 'kubelet',
      target: nodePlace(name),
      changes: [
        { kind: 'node-registered', node: name },
        { kind: 'node-taint-added', node: name, taint: UNINITIALIZED_TAINT },
      ],
      text: later(() => [
        message(steps, 'registerTitle', { node: name }),
        message(terwaySteps, 'tRegister', { taint: UNINITIALIZED_TAINT }),
      ]),
    });
    b.emit({
      phase: 'cluster',
      actor: 'ccm',
      target: nodePlace(name),
      changes: [
        { kind: 'node-taint-removed', node: name, taint: UNINITIALIZED_TAINT },
        {
          kind: 'event-recorded',
          event: {
            type: 'Normal',
            reason: 'InitializedNode',
            source: 'node-controller',
            object: `Node/${name}`,
            message: 'Initialize node successfully',
          },
        },
      ],
      text: later(() =>
        titled(terwaySteps, 'tInitNode', { node: name, id: b.world.nodes.get(name)?.instanceId ?? '' }),
      ),
    });
  }
}
