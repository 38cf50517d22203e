/**
 * Diagram element ids. They match the engine's step targets (`node:NAME`, `pod:NAME`, `vpc`,
 * `vswitch:NAME`, `nat-gateway`) and the trace endpoints (`pod:NAME/CONTAINER`, `external:NAME`).
 */

export const VPC_ID = 'vpc';
export const VROUTER_ID = 'vrouter';
export const NAT_ID = 'nat-gateway';
export const CONTROL_PLANE_ID = 'control-plane';
export const KCM_ID = 'control-plane/kcm';
export const CCM_ID = 'control-plane/ccm';

export const vswitchId = (name: string) => `vswitch:${name}`;
export const externalId = (name: string) => `external:${name}`;
export const nodeId = (name: string) => `node:${name}`;
export const eth0Id = (node: string) => `node:${node}/eth0`;
export const cni0Id = (node: string) => `node:${node}/cni0`;
export const flanneldId = (node: string) => `node:${node}/flanneld`;
export const kubeletId = (node: string) => `node:${node}/kubelet`;
export const cniPluginId = (node: string) => `node:${node}/cni-plugin`;
export const podId = (name: string) => `pod:${name}`;
export const containerId = (pod: string, container: string) => `pod:${pod}/${container}`;
export const routeId = (destination: string) => `route:${destination}`;

/**
 * The host end of a pod's veth pair: `pod:NAME/veth`, unless a container is itself named `veth`
 * (a valid container name), in which case `#` (never part of a name) keeps the ids apart.
 */
export function vethId(pod: string, containers: readonly string[] = []): string {
  return containers.includes('veth') ? `pod:${pod}/veth#host` : `pod:${pod}/veth`;
}

/** A link's id names its two ends. */
export const linkId = (from: string, to: string) => `link:${from}~${to}`;

/** Label keys: a line that appears when a step fills in a value (`node:node-a#podCidr`). */
export const podCidrKey = (node: string) => `node:${node}#podCidr`;
export const podIpKey = (pod: string) => `pod:${pod}#ip`;
