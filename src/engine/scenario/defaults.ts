/**
 * The fault kinds and the documented defaults of a scenario file, apart from the schema that
 * reads them (schema.ts), so that the first load can use them without the validator.
 */
import { ROUTE_QUOTA } from '../versions.ts';

/** The faults of a Flannel cluster (DESIGN.md §3.1). */
export const FLANNEL_FAULT_KINDS = [
  'vpc-route-deleted',
  'flanneld-down',
  'masquerade-rules-missing',
  'cni0-down',
] as const;

/**
 * The faults of a Terway cluster, each on one node: its pod vSwitch runs out of addresses, its
 * instance has no ENI slot left, its pod vSwitch has no SNAT entry, its ENIs' security group
 * admits no traffic from the rest of the cluster.
 */
export const TERWAY_FAULT_KINDS = [
  'vswitch-exhausted',
  'eni-quota-reached',
  'snat-entry-missing',
  'security-group-denies-pods',
] as const;

export const FAULT_KINDS = [...FLANNEL_FAULT_KINDS, ...TERWAY_FAULT_KINDS] as const;

/** The fault kinds a cluster of this CNI plugin can have. */
export function faultKindsOf(plugin: (typeof CNI_PLUGINS)[number]): readonly (typeof FAULT_KINDS)[number][] {
  return plugin === 'terway' ? TERWAY_FAULT_KINDS : FLANNEL_FAULT_KINDS;
}

export const DEFAULTS = {
  title: 'Untitled scenario',
  routeQuota: ROUTE_QUOTA,
  nodeCidrMaskSize: 24,
  ipMasq: true,
  serviceCidr: '172.21.0.0/20',
  role: 'worker',
  containers: ['app'],
  /** Today's VPC-route mode: flanneld only allocates (DOMAIN.md §3.4), the CCM writes VPC routes. */
  cni: { plugin: 'flannel', backend: 'alloc' },
} as const;

/**
 * The Flannel backends a scenario may name. `ali-vpc` is upstream flannel's name for the
 * VPC-route mode (flannel-io/flannel backend/alivpc/alivpc.go: `backend.Register("ali-vpc", New)`,
 * removed in v0.20.0), read as `alloc`, the name ACK's kube-flannel-cfg uses (DOMAIN.md §3.4).
 */
export const FLANNEL_BACKENDS = ['alloc', 'ali-vpc', 'vxlan', 'host-gw'] as const;
/** The CNI plugins a scenario may name (DESIGN.md §3.5). */
export const CNI_PLUGINS = ['flannel', 'terway'] as const;
