/**
 * How many pods a Terway node can hold in shared-ENI mode: terwayd reads the instance type's ENI
 * quota and private-IP-per-ENI quota (ECS DescribeInstanceTypes: EniQuantity,
 * EniPrivateIpAddressQuantity) and keeps the primary ENI (eth0) for the node itself.
 */

/** An instance type's ENI quotas. */
export interface EniLimits {
  /** ENIs the instance type can hold, eth0 included (EniQuantity). */
  readonly adapters: number;
  /** Private IPv4 addresses per ENI, its primary included (EniPrivateIpAddressQuantity). */
  readonly ipsPerAdapter: number;
}

/**
 * The instance type assumed when a scenario gives no `eni`: ecs.g7.4xlarge, a common ACK worker
 * (16 vCPU, 64 GiB), 8 ENIs with 30 private IPv4 addresses each, as the ECS instance-family
 * table lists it. (The terway repository's own e2e notes list 8 adapters for g7ne.4xlarge.)
 */
export const DEFAULT_INSTANCE_TYPE = 'ecs.g7.4xlarge';
export const DEFAULT_ENI_LIMITS: EniLimits = { adapters: 8, ipsPerAdapter: 30 };

// NOTE: AliyunContainerService/terway daemon/config.go getPoolConfig, ModeENIMultiIP:
// maxENI = Adapters × EniCapRatio + EniCapShift − 1 (ratio 1, shift 0 by default), capacity =
// maxENI × IPv4PerAdapter; daemon/builder.go writes it to the node annotation
// k8s.aliyun.com/max-available-ip (types/k8s.go NormalIPTypeIPs). pkg/aliyun/client/limit.go
// MultiIPPod gives the same (Adapters − 1) × IPv4PerAdapter. On Linux every address of a
// secondary ENI, its primary included, goes to pods (only Windows keeps the primary back).

/** Secondary ENIs terwayd may attach: every ENI but eth0. */
export function maxSecondaryEnis(limits: EniLimits): number {
  return Math.max(0, limits.adapters - 1);
}

/** The node annotation `k8s.aliyun.com/max-available-ip`: pod addresses the node can hold. */
export function maxAvailableIp(limits: EniLimits): number {
  return maxSecondaryEnis(limits) * limits.ipsPerAdapter;
}

export const MAX_AVAILABLE_IP_ANNOTATION = 'k8s.aliyun.com/max-available-ip';
