/**
 * The actors of the construction as a learner meets them: a name in words, and the diagram
 * element that stands for each one (layout/ids.ts), so "click the component" questions work.
 */
import type { Actor, Step, WorldState } from '../engine/index.ts';
import { CCM_ID, CONTROL_PLANE_ID, cniPluginId, flanneldId, KCM_ID, kubeletId } from '../layout/ids.ts';
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
  if (step.target.startsWith('node:')) return step.target.slice(5);
  if (step.target.startsWith('pod:')) return world.pods.get(step.target.slice(4))?.node;
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
      return node ? flanneldId(node) : step.target;
    case 'flannel-cni':
    case 'bridge-plugin':
    case 'host-local':
      return node ? cniPluginId(node) : step.target;
    case 'kubelet':
    case 'container-runtime':
      return node ? kubeletId(node) : step.target;
    case 'kube-controller-manager':
    case 'kube-scheduler':
      return KCM_ID;
    case 'ccm':
      return CCM_ID;
    case 'kubeadm':
    case 'daemonset-controller':
      return CONTROL_PLANE_ID;
    default:
      return step.target;
  }
}
