/**
 * What a construction step brought into being, as diagram ids: the view animates these in
 * (label keys with `#` from ids.ts fade in; route ids slide into the vRouter badge).
 */
import type { Change, Step, WorldState } from '../engine/index.ts';
import {
  CCM_ID,
  CONTROL_PLANE_ID,
  cniPluginId,
  flanneldId,
  KCM_ID,
  kubeletId,
  podCidrKey,
  podIpKey,
  ROUTER_ID,
  routeId,
  VPC_ID,
  vtepId,
} from './ids.ts';
import { changeIds } from './touched.ts';

function enteringOf(change: Change, world?: WorldState): string[] {
  switch (change.kind) {
    case 'vpc-created':
      return [VPC_ID, ROUTER_ID];
    case 'controller-manager-configured':
      return [CONTROL_PLANE_ID, KCM_ID, CCM_ID];
    case 'flanneld-status':
      return change.status === 'scheduled' ? [flanneldId(change.node)] : [];
    case 'node-registered':
      return [kubeletId(change.node)];
    case 'cni-conf-installed':
      return [cniPluginId(change.node)];
    case 'flannel-lease-published':
      return change.lease.vtep ? [vtepId(change.node)] : [];
    case 'pod-cidr-allocated':
      return [podCidrKey(change.node)];
    case 'pod-ip-assigned':
      return [podIpKey(change.pod)];
    case 'vpc-route-added':
      return [routeId(change.entry.destination)];
    case 'cni0-created':
    case 'vswitch-created':
    case 'nat-gateway-created':
    case 'ecs-created':
    case 'pod-sandbox-created':
    case 'pod-rejected':
    case 'veth-created':
      return changeIds(change, world);
    default:
      return [];
  }
}

/**
 * What the step brought into being: element ids, route ids and label keys. Links enter with
 * either of their ends. Stepping back shows the earlier world, so nothing ever animates out.
 */
export function enteringIds(step: Step, world?: WorldState): Set<string> {
  const ids = new Set<string>();
  for (const change of step.changes) for (const id of enteringOf(change, world)) ids.add(id);
  return ids;
}
