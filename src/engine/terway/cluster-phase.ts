import { lazyText, type Slices, type StepBuilder } from '../construction/builder.ts';
import { UNINITIALIZED_TAINT } from '../construction/messages.ts';
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
  const vswitches = config.podVswitches?.join(', ') ?? "each node's own vSwitch";
  b.emit({
    phase: 'cluster',
    actor: 'kubeadm',
    target: 'control-plane',
    changes: [{ kind: 'controller-manager-configured' }],
    text: lazyText(() => [
      'Control plane configured for Terway: pod vSwitches instead of a pod CIDR',
      `The cluster is created with the Terway network plugin. Instead of a cluster CIDR to cut into one block per node, it is given pod vSwitches (${vswitches}): every pod will get a private address of the VPC itself, taken from an ENI in one of them. kube-controller-manager has no per-node pod CIDR to allocate.`,
    ]),
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
      text: lazyText(() => [
        `kubelet on ${name} registers Node ${name}`,
        `kubelet creates the Node object with --cloud-provider=external, so it carries the taint ${UNINITIALIZED_TAINT} until the cloud controller manager has initialized it. On Terway the node will never need a spec.podCIDR.`,
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
      text: lazyText(() => [
        `CCM initializes Node ${name}`,
        `The cloud controller manager's node controller finds ECS ${b.world.nodes.get(name)?.instanceId ?? ''} behind ${name}, sets its provider id and labels, and lifts the uninitialized taint. With Terway it manages no VPC routes, so it sets no NetworkUnavailable condition: nothing has to be written into the VPC route table for ${name}'s pods to be reachable.`,
      ]),
    });
  }
}
