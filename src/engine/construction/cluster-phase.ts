import { allocatorWithGiven } from '../addressing/planned-pod-cidrs.ts';
import { allocateNext } from '../addressing/range-allocator.ts';
import { steps } from '../messages/en/steps.ts';
import { message } from '../messages/message.ts';
import { cidr, formatCidr } from '../net/ipv4.ts';
import { nodePlace } from '../places.ts';
import { lazyText, type Slices, type StepBuilder } from './builder.ts';
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
    text: lazyText(() => [
      message(steps, 'clusterCidrTitle', { podCidr: cluster.podCidr }),
      message(steps, 'clusterCidr', { podCidr: cluster.podCidr, maskSize: cluster.nodeCidrMaskSize }),
    ]),
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
      text: lazyText(() => [
        `kubelet on ${name} registers Node ${name}`,
        `kubelet creates the Node object. Its spec.podCIDR is still empty. kubelet runs with --cloud-provider=external, so it registers the node with the taint ${UNINITIALIZED_TAINT}: no ordinary pod may be scheduled there until the cloud controller manager has initialized it.`,
      ]),
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
      text: lazyText(() => [
        `CCM initializes Node ${name}: NetworkUnavailable=True`,
        `The cloud controller manager's node controller finds ECS ${b.world.nodes.get(name)?.instanceId ?? ''} behind ${name}, sets its provider id and labels, and lifts the uninitialized taint. Because it also manages the VPC routes, it sets the condition NetworkUnavailable=True (NoRouteCreated, "Node created without a route"); kube-controller-manager's node lifecycle controller turns that condition into the taint ${NETWORK_UNAVAILABLE_TAINT}. Only pods that tolerate it, like kube-flannel, can land on ${name} until a route to its pods exists.`,
      ]),
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
        text: lazyText(() => [
          `${name} gets pod CIDR ${text}`,
          given
            ? `The allocator had assigned ${text} to ${name}: the cluster was imported with this block in spec.podCIDR. When kube-controller-manager starts, its range allocator marks every block a Node already holds as used (occupyCIDRs), so blocks are never handed out twice and the other nodes get the free ones. Every pod on ${name} gets its address from this block.`
            : `The range allocator in kube-controller-manager takes the next free /${block.prefix} block of ${cluster.podCidr}, going round-robin in registration order, and sets spec.podCIDR and spec.podCIDRs of ${name} to ${text} (log: "Set node PodCIDR"). Every pod on ${name} will get its address from this block.`,
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
        text: lazyText(() => [
          `${name} gets no pod CIDR: CIDRNotAvailable`,
          `Every /${cluster.nodeCidrMaskSize} block of ${cluster.podCidr} is taken. The allocator logs "${CIDR_ALLOCATION_FAILED}" and records the event CIDRNotAvailable on ${name}. The node stays without a pod CIDR; the controller keeps retrying, but nothing frees up unless a node is deleted.`,
        ]),
      });
    }
  }
}
