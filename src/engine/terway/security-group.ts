/**
 * The what-if security-group-denies-pods: a node's ENIs are in a security group that admits
 * nothing from the rest of the cluster. ECS drops a packet for an ENI that no inbound rule of its
 * security groups accepts; the group is stateful, so answers to what the ENI sent still come in.
 */
// NOTE: AliyunContainerService/terway types/daemon/config.go: eni_conf `security_group` and
// `security_groups` (GetSecurityGroups merges them); pkg/factory/aliyun/aliyun.go passes them to
// CreateNetworkInterface (SecurityGroupIDs). Alibaba Cloud ECS "Security group rules": security
// groups are stateful; an enterprise security group denies all inbound traffic unless a rule
// accepts it (a basic one accepts traffic from instances of the same group).
import { cloudId } from '../ids.ts';
import type { Scenario } from '../scenario/types.ts';

/** Whether the node's ENIs are in a security group that admits no traffic from the cluster. */
export function deniesPods(scenario: Scenario, node: string): boolean {
  return scenario.faults.some((f) => f.kind === 'security-group-denies-pods' && f.node === node);
}

/** The id of the security group the what-if puts the node's ENIs in. */
export function podSecurityGroup(node: string): string {
  return cloudId('sg', `sg:${node}`);
}

/** The conntrack place of the node's ENI security group (stateful: answers are let in). */
export function securityGroupPlace(node: string): string {
  return `security-group:${node}`;
}

/** The group's verdict on a new inbound packet from `src`, as evidence prints it. */
export function securityGroupVerdict(node: string, src: string): string {
  return `${podSecurityGroup(node)} (enterprise) inbound: no rule accepts ${src}; default: drop`;
}
