/** The what-if phase's steps (construction/what-if-phase.ts, terway/what-if-phase.ts), English. */
export const whatIfSteps = {
  noRouteToDeleteTitle: 'No VPC route of {node} to delete',
  noRouteToDelete:
    "The what-if deletes {node}'s VPC route, but the route table has none for it: it never got one.",
  routeDeletedTitle: 'What-if: VPC route {destination} → {node} deleted',
  routeDeleted:
    "Someone deletes the custom entry {destination} → {nextHop} from the VPC route table. The vRouter no longer knows where {node}'s pods live: packets for them now match only the less specific entries. (The CCM's route controller would put the entry back at its next reconcile; this shows the moment before it does.)",
  masqMissingTitle: 'What-if: masquerade rules missing on {node}',
  masqMissing:
    'The nat POSTROUTING rules flanneld added on {node} are gone (flushed by hand, or flanneld started without --ip-masq). Pods there still send to the Internet, but their packets keep a private pod source address that nobody outside can answer.',
  noCni0Title: 'No cni0 on {node} to take down',
  noCni0: "cni0 appears with a node's first pod; {node} has none.",
  cni0DownTitle: 'What-if: cni0 down on {node}',
  cni0Down:
    'Someone runs ip link set cni0 down on {node}. The bridge stops forwarding and the kernel withdraws the connected route to the pod CIDR: pods on {node} are cut off from each other, from the node and from the rest of the cluster.',
  noSnatEntryTitle: 'What-if: no SNAT entry for {vswitches}, the pod vSwitch of {node}',
  noSnatEntry:
    "The NAT gateway has only ECS-instance SNAT entries for the nodes in {vswitches}, none for the vSwitch itself. A pod's packet keeps its ENI address as source (no masquerade on a Terway node) and matches no entry: pods are offline while their nodes are online.",
  groupDeniesTitle: "What-if: {node}'s ENIs in security group {group}, which admits nothing from the cluster",
  groupDenies:
    "The ENIs terwayd attached to {node} are in {group} (eni_conf security_groups), an enterprise group with no inbound rule for the cluster: ECS drops every new packet for {node}'s pods from the VPC. eth0 keeps the cluster's group, and answers still come in: groups are stateful.",
};
