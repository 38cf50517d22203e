/**
 * Accessible names of diagram elements (DESIGN.md §3.4): what a screen reader announces and
 * what tests look elements up by, e.g. "ECS node node-a, 192.168.0.10, pod CIDR 172.16.0.128/25".
 */
import {
  formatCidr,
  formatIp,
  type NodeState,
  type PodState,
  type VpcRouteEntry,
  type Vtep,
  VXLAN_DEVICE,
} from '../engine/index.ts';

/** Node problems worth a badge, in the words the components use. */
export function nodeProblems(node: NodeState, cidrNotAvailable: boolean): string[] {
  const problems: string[] = [];
  if (cidrNotAvailable) problems.push('CIDRNotAvailable');
  if (node.vpcRoute === 'quota-exceeded') problems.push('QuotaExceeded');
  if (node.vpcRoute === 'deleted') problems.push('VPC route deleted');
  if (node.flanneld === 'failed') problems.push('flanneld failed');
  return problems;
}

export function nodeName(node: NodeState, problems: readonly string[]): string {
  const cidr = node.podCidr ? `, pod CIDR ${formatCidr(node.podCidr)}` : '';
  const issues = problems.length > 0 ? `, ${problems.join(', ')}` : '';
  return `ECS node ${node.name}, ${formatIp(node.ip)}${cidr}${issues}`;
}

export function flanneldName(node: NodeState): string {
  const error = node.flanneldError ? `: ${node.flanneldError}` : '';
  return `flanneld pod on ${node.name}, host network, ${node.flanneld}${error}`;
}

export function cni0Name(node: NodeState): string {
  const cni0 = node.cni0;
  if (!cni0) return `cni0 bridge on ${node.name}`;
  return `cni0 bridge on ${node.name}, ${formatIp(cni0.gateway)}/${cni0.prefix}${cni0.up ? '' : ', down'}`;
}

/** flannel.1's accessible name: "flannel.1 on node-a, VTEP 172.16.0.128/32, VNI 1, MTU 1450". */
export function vtepName(node: NodeState, vtep: Vtep, vni: number): string {
  return `${VXLAN_DEVICE} on ${node.name}, VTEP ${formatIp(vtep.address)}/32, VNI ${vni}, MTU ${vtep.mtu}, MAC ${vtep.mac}`;
}

export function podName(pod: PodState): string {
  const ip = pod.ip === undefined ? 'no IP yet' : formatIp(pod.ip);
  const phase = pod.phase === 'Running' ? '' : `, ${pod.phase}`;
  const error = pod.error ? `: ${pod.error}` : '';
  return `Pod ${pod.name} on ${pod.node}, ${ip}, containers ${pod.containers.join(', ')}${phase}${error}`;
}

/** The short next hop shown in the vRouter badge. */
export function routeTarget(entry: VpcRouteEntry): string {
  if (entry.nextHopType === 'instance') return entry.node ?? entry.nextHop;
  if (entry.nextHopType === 'local') return entry.vswitch ?? entry.nextHop;
  return entry.nextHop;
}

export function routeName(entry: VpcRouteEntry): string {
  const hop =
    entry.nextHopType === 'instance'
      ? `instance ${entry.nextHop}${entry.node ? ` (${entry.node})` : ''}`
      : entry.nextHopType === 'nat-gateway'
        ? 'the NAT gateway'
        : entry.nextHopType === 'local'
          ? `vSwitch ${entry.nextHop}`
          : 'cloud services';
  return `Route ${entry.destination} to ${hop}, ${entry.type}`;
}
