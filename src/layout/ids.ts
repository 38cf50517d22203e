/**
 * Diagram element ids: the engine's place ids (engine/places.ts) — step targets (`node:NAME`,
 * `pod:NAME`, `vpc`, `vswitch:NAME`, `nat-gateway`), hop places (`vpc-router`) and trace
 * endpoints (`pod:NAME/CONTAINER`, `external:NAME`) — and the parts drawn inside them.
 */
import {
  CONTROL_PLANE,
  controlPlanePart,
  externalPlace,
  NAT_GATEWAY,
  nodePart,
  nodePlace,
  podPlace,
  routePlace,
  VPC,
  VPC_ROUTER,
  vswitchPlace,
} from '../engine/index.ts';

export const VPC_ID = VPC;
export const ROUTER_ID = VPC_ROUTER;
export const NAT_ID = NAT_GATEWAY;
export const CONTROL_PLANE_ID = CONTROL_PLANE;
export const KCM_ID = controlPlanePart('kcm');
export const CCM_ID = controlPlanePart('ccm');

export const vswitchId = vswitchPlace;
export const externalId = externalPlace;
export const nodeId = nodePlace;
export const eth0Id = (node: string) => nodePart(node, 'eth0');
export const cni0Id = (node: string) => nodePart(node, 'cni0');
/** Terway: an ENI of the node by its device (`node:node-a/eth1`). */
export const eniDeviceId = (node: string, device: string) => nodePart(node, device as `eth${number}`);
/** flannel.1, the VXLAN tunnel endpoint of a vxlan node. */
export const vtepId = (node: string) => nodePart(node, 'flannel.1');
export const flanneldId = (node: string) => nodePart(node, 'flanneld');
export const kubeletId = (node: string) => nodePart(node, 'kubelet');
export const cniPluginId = (node: string) => nodePart(node, 'cni-plugin');
export const podId = (name: string) => podPlace(name);
export const containerId = (pod: string, container: string) => podPlace(pod, container);
export const routeId = routePlace;

/**
 * The host end of a pod's veth pair: `pod:NAME/veth`, unless a container is itself named `veth`
 * (a valid container name), in which case `#` (never part of a name) keeps the ids apart.
 */
export function vethId(pod: string, containers: readonly string[] = []): string {
  return podPlace(pod, containers.includes('veth') ? 'veth#host' : 'veth');
}

/** A link's id names its two ends. */
export const linkId = (from: string, to: string) => `link:${from}~${to}`;

/** Label keys: a line that appears when a step fills in a value (`node:node-a#podCidr`). */
export const podCidrKey = (node: string) => `${nodePlace(node)}#podCidr`;
export const podIpKey = (pod: string) => `${podPlace(pod)}#ip`;
