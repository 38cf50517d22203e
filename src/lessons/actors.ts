/**
 * The actors of the construction as a learner meets them: a name in words, and the diagram
 * element that stands for each one (engine/places.ts), so "click the component" questions work.
 */
import {
  type Actor,
  CONTROL_PLANE,
  controlPlanePart,
  nodePart,
  parsePlace,
  type Step,
  type WorldState,
} from '../engine/index.ts';
import { changeNode, changePod } from './select-step.ts';

export const ACTOR_LABELS: Readonly<Record<Actor, string>> = {
  cloud: 'the cloud (VPC and ECS APIs)',
  kubeadm: 'kubeadm',
  kubelet: 'kubelet',
  'kube-controller-manager': 'kube-controller-manager (range allocator)',
  'kube-scheduler': 'kube-scheduler',
  'daemonset-controller': 'the DaemonSet controller',
  'install-cni': 'install-cni (init container of the kube-flannel pod)',
  flanneld: 'flanneld',
  ccm: 'the Cloud Controller Manager (CCM)',
  'container-runtime': 'the container runtime',
  'flannel-cni': 'the Flannel CNI plugin',
  'bridge-plugin': 'the bridge CNI plugin',
  'host-local': 'host-local IPAM',
  terwayd: 'terwayd (the terway-eniip pod)',
  'terway-cni': 'the Terway CNI plugin',
  'kube-apiserver': 'kube-apiserver (Service cluster IP allocator)',
  'endpointslice-controller': 'the EndpointSlice controller (in kube-controller-manager)',
  'kube-proxy': 'kube-proxy (iptables mode)',
  operator: 'an operator',
};

/** The node a step happened on: from its changes, its target node, or its target pod's node. */
export function stepNode(step: Step, world: WorldState): string | undefined {
  for (const change of step.changes) {
    const node = changeNode(change);
    if (node !== undefined) return node;
    const pod = changePod(change);
    if (pod !== undefined) return world.pods.get(pod)?.node;
  }
  const target = parsePlace(step.target);
  if (target?.kind === 'node') return target.name;
  if (target?.kind === 'pod') return world.pods.get(target.name)?.node;
  return undefined;
}

/**
 * The diagram element of the actor of a step: flanneld and its init container are the
 * kube-flannel pod; the CNI plugins are the node's CNI plugin box; the controllers are in the
 * control plane. Cloud and operator steps point at what they touched.
 */
export function actorElement(step: Step, world: WorldState): string {
  const node = stepNode(step, world);
  switch (step.actor) {
    case 'flanneld':
    case 'install-cni':
    case 'terwayd':
      return node ? nodePart(node, 'flanneld') : step.target;
    case 'terway-cni':
    case 'flannel-cni':
    case 'bridge-plugin':
    case 'host-local':
      return node ? nodePart(node, 'cni-plugin') : step.target;
    case 'kubelet':
    case 'container-runtime':
      return node ? nodePart(node, 'kubelet') : step.target;
    case 'kube-controller-manager':
    case 'kube-scheduler':
      return controlPlanePart('kcm');
    case 'ccm':
      return controlPlanePart('ccm');
    case 'kubeadm':
    case 'daemonset-controller':
      return CONTROL_PLANE;
    default:
      return step.target;
  }
}
