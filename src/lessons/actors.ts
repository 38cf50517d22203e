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
import { type LessonText, said } from './said.ts';
import { changeNode, changePod } from './select-step.ts';

export const ACTOR_LABELS: Readonly<Record<Actor, LessonText>> = {
  cloud: said('actorCloud'),
  kubeadm: 'kubeadm',
  kubelet: 'kubelet',
  'kube-controller-manager': said('actorKcm'),
  'kube-scheduler': 'kube-scheduler',
  'daemonset-controller': said('actorDaemonset'),
  'install-cni': said('actorInstallCni'),
  flanneld: 'flanneld',
  ccm: said('ccm'),
  'container-runtime': said('actorRuntime'),
  'flannel-cni': said('actorFlannelCni'),
  'bridge-plugin': said('actorBridge'),
  'host-local': said('actorHostLocal'),
  terwayd: said('actorTerwayd'),
  'terway-cni': said('actorTerwayCni'),
  'kube-apiserver': said('actorApiserver'),
  'endpointslice-controller': said('actorEndpointslice'),
  'kube-proxy': said('actorKubeProxy'),
  operator: said('actorOperator'),
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
