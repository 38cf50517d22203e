/** The What-if panel: faults, capacity, a Service without endpoints (src/view/whatif/). */
export const whatif = {
  title: 'What-if',
  intro: 'Break the cluster and see where it fails: the steps and the packet walk follow.',
  undo: 'Undo what-if',
  faults: 'Faults',
  faultsOn: 'Faults on',
  activeFaults: 'Active faults',
  removeFault: 'Remove {kind} on {node}',
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
  routeQuota: 'VPC route quota',
  clusterCidr: 'Cluster CIDR',
  roomKept: "{nodes} nodes; how many fit is kept back until you answer the lesson's question.",
  room: '{nodes} nodes, room for {limit}: {reason}',
  noEndpoints: 'A Service with no endpoints',
  noEndpointsHint:
    'Its pods are gone or not ready: the EndpointSlice is empty and kube-proxy REJECTs its calls.',
  everyServiceKeeps: 'None: every Service keeps its endpoints',
  restoreRoute: 'Restore the VPC route of {node}',
  deleteRoute: 'Delete the VPC route of {node}',
  runsOn: 'What if: {pod} runs on {node}',
  operatorSees: 'What an operator sees',
  stepBy: ' · step {step}, {actor}',
  moreFailures:
    '{shown} more failed {count, plural, one {step} other {steps}} not listed here; the step list names each one.',
};
