import type { FaultKind } from '../../engine/index.ts';

/** The faults of DESIGN.md §3.1 and Terway's, with what each one does to a node, for the toggles. */
export const FAULT_HINTS: Readonly<Record<FaultKind, string>> = {
  'vpc-route-deleted': 'its VPC route entry is deleted',
  'flanneld-down': 'flanneld never starts: no subnet.env, no masquerade rules',
  'masquerade-rules-missing': 'its nat POSTROUTING rules are gone',
  'cni0-down': 'ip link set cni0 down',
  'vswitch-exhausted':
    'its pod vSwitch has no address left: InvalidVSwitchId.IpNotEnough, pods stay in ContainerCreating',
  'eni-quota-reached':
    'every ENI slot of its instance is taken: EniPerInstanceLimitExceeded, no ENI for pods',
  'snat-entry-missing': "the NAT gateway has no SNAT entry for its pods' vSwitch: pods offline, nodes online",
  'security-group-denies-pods':
    "its ENIs' security group admits nothing from the cluster: cross-node traffic to its pods dropped",
};
