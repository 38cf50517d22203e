import type { FaultKind } from '../../engine/index.ts';

/** The faults of DESIGN.md §3.1 with what each one does to a node, for the toggles. */
export const FAULT_HINTS: Readonly<Record<FaultKind, string>> = {
  'vpc-route-deleted': 'its VPC route entry is deleted',
  'flanneld-down': 'flanneld never starts: no subnet.env, no masquerade rules',
  'masquerade-rules-missing': 'its nat POSTROUTING rules are gone',
  'cni0-down': 'ip link set cni0 down',
};
