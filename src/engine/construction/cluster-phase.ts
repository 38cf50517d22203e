import { allocatorWithGiven } from '../addressing/planned-pod-cidrs.ts';
import { allocateNext } from '../addressing/range-allocator.ts';
import { later } from '../later.ts';
import { steps } from '../messages/en/steps.ts';
import { message } from '../messages/message.ts';
import { cidr, formatCidr } from '../net/ipv4.ts';
import { nodePlace } from '../places.ts';
import { type Slices, type StepBuilder, titled } from './builder.ts';
import {
  CIDR_ALLOCATION_FAILED,
  cidrNotAvailableMessage,
  NETWORK_UNAVAILABLE_TAINT,
  UNINITIALIZED_TAINT,
} from './messages.ts';
import { networkUnavailable } from './network-unavailable.ts';

/**
 * Cluster phase: kubeadm writes the cluster CIDR into kube-controller-manager.yaml; then, in
 * registration order, each kubelet registers its Node and the range allocator gives it a pod CIDR.
 */
export function* buildClusterPhase(b: StepBuilder): Slices {
  const { cluster, nodes } = b.world.scenario;
  b.emit({
    phase: 'cluster',
    actor: 'kubeadm',
    target: 'control-plane',
    changes: [{ kind: 'controller-manager-configured' }],
    text: later(() =>
      titled(steps, 'clusterCidr', { podCidr: cluster.podCidr, maskSize: cluster.nodeCidrMaskSize }),
    ),
  });
  const allocator = allocatorWithGiven(
    cidr(cluster.podCidr),
    cluster.nodeCidrMaskSize,
    cidr(cluster.serviceCidr),
    nodes.map((n) => (n.podCidr ? { name: n.name, podCidr: cidr(n.podCidr) } : { name: n.name })),
  );
  for (const spec of nodes) {
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
      text: later(() => titled(steps, 'register', { node: name, taint: UNINITIALIZED_TAINT })),
    });
    // NOTE: cloud-provider-alibaba-cloud pkg/controller/node: the node controller removes the
    // uninitialized taint and, with route configuration on, sets NetworkUnavailable=True
    // ("Node created without a route"); kube-controller-manager's node lifecycle controller then
    // taints the node network-unavailable for as long as the condition is True.
    b.emit({
      phase: 'cluster',
      actor: 'ccm',
      target: nodePlace(name),
      changes: [
        { kind: 'node-taint-removed', node: name, taint: UNINITIALIZED_TAINT },
        networkUnavailable(name, 'Node created without a route'),
        { kind: 'node-taint-added', node: name, taint: NETWORK_UNAVAILABLE_TAINT },
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
        titled(steps, 'initNode', {
          node: name,
          id: b.world.nodes.get(name)?.instanceId ?? '',
          taint: NETWORK_UNAVAILABLE_TAINT,
        }),
      ),
    });
    const given = spec.podCidr !== undefined;
    const block = given ? cidr(spec.podCidr as string) : allocateNext(allocator);
    if (block) {
      const text = formatCidr(block);
      b.emit({
        phase: 'cluster',
        actor: 'kube-controller-manager',
        target: nodePlace(name),
        changes: [{ kind: 'pod-cidr-allocated', node: name, podCidr: block }],
        text: later(() => [
          message(steps, 'podCidrTitle', { node: name, block: text }),
          given
            ? message(steps, 'podCidrGiven', { node: name, block: text })
            : message(steps, 'podCidr', {
                node: name,
                block: text,
                prefix: block.prefix,
                podCidr: cluster.podCidr,
              }),
        ]),
      });
    } else {
      b.emit({
        phase: 'cluster',
        actor: 'kube-controller-manager',
        target: nodePlace(name),
        failed: true,
        changes: [
          {
            kind: 'event-recorded',
            event: {
              type: 'Normal',
              reason: 'CIDRNotAvailable',
              source: 'cidrAllocator',
              object: `Node/${name}`,
              message: cidrNotAvailableMessage(name),
            },
          },
        ],
        text: later(() =>
          titled(steps, 'noPodCidr', {
            node: name,
            maskSize: cluster.nodeCidrMaskSize,
            podCidr: cluster.podCidr,
            error: CIDR_ALLOCATION_FAILED,
          }),
        ),
      });
    }
  }
}
