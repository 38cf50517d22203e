/**
 * How far a Terway cluster can grow: pods per node from the ENI quotas, addresses left in the pod
 * vSwitches, and no per-node VPC route (so no route-quota limit and no pod CIDR to split).
 */
import { type Cidr, cidr, contains, formatCidr, parseIp, sizeOf } from '../net/ipv4.ts';
import { KUBELET_MAX_PODS } from '../scenario/limits.ts';
import type { Scenario } from '../scenario/types.ts';
import { podVswitchesOf, type TerwayConfig } from './config.ts';
import { maxAvailableIp } from './eni-limits.ts';

export interface PodVswitchCapacity {
  readonly name: string;
  readonly cidr: string;
  /** Addresses a vSwitch gives ENIs: all but its first and last three. */
  readonly usable: number;
  /** Of those, taken by the scenario's nodes (their eth0). */
  readonly nodeAddresses: number;
  readonly left: number;
}

export interface TerwayCapacity {
  readonly instanceType?: string;
  readonly adapters: number;
  readonly ipsPerAdapter: number;
  /** (adapters − 1) × ipsPerAdapter: the node annotation k8s.aliyun.com/max-available-ip. */
  readonly maxAvailableIp: number;
  readonly maxPodsPerNode: number;
  readonly effectivePodsPerNode: number;
  readonly podVswitches: readonly PodVswitchCapacity[];
  /** Addresses left in all pod vSwitches together. */
  readonly addressesLeft: number;
  readonly routeQuota: number;
  readonly otherCustomRoutes: number;
  readonly nodeCount: number;
  /** Pods the scenario's nodes can run: the smaller of their ENI room and the addresses left. */
  readonly podLimit: number;
  readonly limitedBy: 'enis' | 'vswitch-addresses';
}

function usableIn(block: Cidr): number {
  return Math.max(0, sizeOf(block.prefix) - 4);
}

/** The capacity of a Terway scenario. */
export function terwayCapacity(s: Scenario, config: TerwayConfig): TerwayCapacity {
  const names = new Set<string>();
  for (const node of s.nodes) for (const name of podVswitchesOf(config, node.vswitch)) names.add(name);
  const nodeIps = s.nodes.map((n) => parseIp(n.ip) ?? 0);
  const podVswitches = s.vpc.vswitches
    .filter((v) => names.has(v.name))
    .map((v) => {
      const block = cidr(v.cidr);
      const usable = usableIn(block);
      const nodeAddresses = nodeIps.filter((ip) => contains(block, ip)).length;
      return {
        name: v.name,
        cidr: formatCidr(block),
        usable,
        nodeAddresses,
        left: Math.max(0, usable - nodeAddresses),
      };
    });
  const addressesLeft = podVswitches.reduce((sum, v) => sum + v.left, 0);
  const max = maxAvailableIp(config.eni);
  const effective = Math.min(max, KUBELET_MAX_PODS);
  const byEnis = s.nodes.length * effective;
  return {
    ...(config.instanceType ? { instanceType: config.instanceType } : {}),
    adapters: config.eni.adapters,
    ipsPerAdapter: config.eni.ipsPerAdapter,
    maxAvailableIp: max,
    maxPodsPerNode: KUBELET_MAX_PODS,
    effectivePodsPerNode: effective,
    podVswitches,
    addressesLeft,
    routeQuota: s.vpc.routeQuota,
    otherCustomRoutes: s.vpc.customRoutes.length,
    nodeCount: s.nodes.length,
    podLimit: Math.min(byEnis, addressesLeft),
    limitedBy: byEnis <= addressesLeft ? 'enis' : 'vswitch-addresses',
  };
}

/** Multi-line plain text for the CLI's `validate` command. */
export function formatTerwayCapacity(c: TerwayCapacity): string {
  const type = c.instanceType ? `${c.instanceType} (assumed): ` : '';
  const rows: [string, string][] = [
    ['CNI', 'Terway, shared ENI (terway-eniip): veth + policy routing, pods on VPC addresses'],
    ['ENIs per node', `${type}${c.adapters} ENIs × ${c.ipsPerAdapter} private IPs; eth0 is the node's own`],
    [
      'Pods per node',
      `(${c.adapters} − 1) × ${c.ipsPerAdapter} = ${c.maxAvailableIp} addresses (k8s.aliyun.com/max-available-ip); kubelet maxPods ${c.maxPodsPerNode}; effective ${c.effectivePodsPerNode}`,
    ],
    ...c.podVswitches.map((v): [string, string] => [
      `vSwitch ${v.name}`,
      `${v.cidr}: ${v.usable} addresses for ENIs, ${v.nodeAddresses} held by nodes, ${v.left} left for pods`,
    ]),
    [
      'Route quota',
      `${c.routeQuota} entries, ${c.otherCustomRoutes} other custom route${c.otherCustomRoutes === 1 ? '' : 's'}; Terway needs no route per node, so the quota does not limit the cluster`,
    ],
    ['Node limit', 'none from routes or a pod CIDR: a node needs only its own address in a vSwitch'],
    [
      'Pod limit',
      `${c.podLimit} (${c.nodeCount} nodes × ${c.effectivePodsPerNode} pods = ${c.nodeCount * c.effectivePodsPerNode}; ${c.addressesLeft} addresses left in the pod vSwitches; bound by ${c.limitedBy === 'enis' ? 'the nodes' : 'the vSwitch addresses'})`,
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, value]) => `${label.padEnd(width)}${value}`).join('\n');
}
