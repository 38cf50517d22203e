/**
 * What a construction step touched, as diagram ids: its target, the component that acted and
 * the elements its changes concern. The view highlights them while the step is current.
 */
import {
  type Actor,
  type Change,
  parsePlace,
  type Step,
  type TerwayChange,
  type WorldState,
} from '../engine/index.ts';
import {
  CCM_ID,
  CONTROL_PLANE_ID,
  cni0Id,
  cniPluginId,
  containerId,
  eth0Id,
  flanneldId,
  KCM_ID,
  kubeletId,
  NAT_ID,
  nodeId,
  podId,
  ROUTER_ID,
  routeId,
  VPC_ID,
  vethId,
  vswitchId,
  vtepId,
} from './ids.ts';

/** The node a step acts on: its target, or the node of the pod it targets. */
function stepNode(step: Step, world?: WorldState): string | undefined {
  const target = parsePlace(step.target);
  if (target?.kind === 'node') return target.name;
  if (target?.kind !== 'pod') return undefined;
  const pod = target.name;
  for (const change of step.changes) {
    if (change.kind === 'pod-sandbox-created' || change.kind === 'pod-rejected') return change.node;
  }
  return world?.pods.get(pod)?.node;
}

function actorId(actor: Actor, node: string | undefined): string | undefined {
  switch (actor) {
    case 'kubeadm':
    case 'kube-controller-manager':
    case 'kube-apiserver':
    case 'endpointslice-controller':
    case 'kube-scheduler':
    case 'daemonset-controller':
      return KCM_ID;
    case 'ccm':
      return CCM_ID;
    case 'kubelet':
    case 'container-runtime':
      return node && kubeletId(node);
    case 'flanneld':
    case 'install-cni':
    case 'terwayd':
      return node && flanneldId(node);
    case 'terway-cni':
    case 'flannel-cni':
    case 'bridge-plugin':
    case 'host-local':
      return node && cniPluginId(node);
    default:
      return undefined;
  }
}

function containersOf(pod: string, world?: WorldState): readonly string[] {
  return world?.pods.get(pod)?.containers ?? [];
}

export function changeIds(change: Change, world?: WorldState): string[] {
  switch (change.kind) {
    case 'vpc-created':
      return [VPC_ID, ROUTER_ID];
    case 'vswitch-created':
      return [vswitchId(change.vswitch)];
    case 'nat-gateway-created':
      return [NAT_ID];
    case 'vpc-route-added':
      return [ROUTER_ID, routeId(change.entry.destination)];
    case 'vpc-route-removed':
      return [ROUTER_ID];
    case 'ecs-created':
      return [nodeId(change.node.name), eth0Id(change.node.name)];
    case 'controller-manager-configured':
      return [CONTROL_PLANE_ID, KCM_ID];
    case 'node-registered':
      return [nodeId(change.node), kubeletId(change.node)];
    case 'flannel-lease-published':
      return change.lease.vtep ? [flanneldId(change.node), vtepId(change.node)] : [flanneldId(change.node)];
    case 'flanneld-status':
    case 'subnet-env-written':
    case 'masquerade-rules-added':
    case 'masquerade-rules-removed':
      return [flanneldId(change.node)];
    case 'cni-conf-installed':
      return [flanneldId(change.node), cniPluginId(change.node)];
    case 'cni0-created':
    case 'cni0-set-down':
      return [cni0Id(change.node)];
    case 'pod-sandbox-created':
    case 'pod-rejected':
      return [podId(change.pod), ...change.containers.map((c) => containerId(change.pod, c))];
    case 'veth-created':
      return [vethId(change.pod, containersOf(change.pod, world))];
    case 'sandbox-torn-down':
      return [podId(change.pod)];
    case 'pod-phase':
    case 'pod-ip-assigned':
    case 'cni-delegate-written':
      return [podId(change.pod)];
    case 'service-created':
    case 'endpoint-slice-written':
      return [KCM_ID];
    case 'kube-proxy-synced':
      return [nodeId(change.node)];
    case 'pod-cidr-allocated':
    case 'node-condition-set':
    case 'node-taint-added':
    case 'node-taint-removed':
    case 'node-vpc-route':
      return [nodeId(change.node)];
    case 'event-recorded':
      return [];
    case 'terway':
      return terwayChangeIds(change.change);
  }
}

/** The ids a Terway change concerns: terwayd's pod box for the node, the pod for its ENI binding. */
function terwayChangeIds(change: TerwayChange): string[] {
  return change.kind === 'pod-on-eni' ? [podId(change.pod)] : [nodeId(change.node), flanneldId(change.node)];
}

/**
 * The ids a step touched: its target, the acting component, and every element its changes
 * concern. Pass the world after the step to resolve a pod's node (for the acting component).
 */
export function touchedIds(step: Step, world?: WorldState): string[] {
  const ids = new Set<string>([step.target]);
  if (step.target === VPC_ID) ids.add(ROUTER_ID);
  const actor = actorId(step.actor, stepNode(step, world));
  if (actor) ids.add(actor);
  for (const change of step.changes) for (const id of changeIds(change, world)) ids.add(id);
  return [...ids];
}
