/**
 * The scenario editor's frame, the VPC and cluster sections and the capacity summary
 * (src/view/editor/). The validator's sentences and the capacity's reasons come from the engine.
 */
export const editor = {
  title: 'Edit scenario',
  form: 'Form',
  close: 'Close',
  problems: '{count, plural, one {# problem} other {# problems}}: the diagram keeps the last valid scenario.',
  valid: 'Valid: the diagram shows this scenario.',
  problemList: 'Problems',
  scenarioJson: 'Scenario JSON',
  scenarioTitle: 'Title',
  untitled: 'Untitled scenario',
  jsonOnly: 'External endpoints and faults are edited in the JSON view.',
  needsObject: 'The form needs a JSON object: fix the JSON view first.',
  vpcCidr: 'VPC CIDR',
  routeQuota: 'Route quota',
  byDefault: '{value} (default)',
  natEip: 'NAT gateway EIP',
  none: 'none',
  cluster: 'Cluster',
  clusterCidr: 'Cluster CIDR',
  nodeMask: 'Node mask',
  maskChoice: '/{mask} ({count} addresses)',
  maskDefault: '/{mask} ({count} addresses, default)',
  serviceCidr: 'Service CIDR',
  ipMasq: 'IP masquerade (ipMasq)',
  capacity: 'Capacity',
  capacityStale: '(of the last valid scenario)',
  nodeCidrs: 'Node CIDRs',
  podsPerNode: 'Pods per node',
  nodeLimit: 'Node limit',
  nodes: 'Nodes',
  capBlocks:
    '{count, plural, one {# node CIDR} other {# node CIDRs}} available: {podCidr} in /{mask} blocks is {total}',
  capBlocksTaken:
    '{count, plural, one {# node CIDR} other {# node CIDRs}} available: {podCidr} in /{mask} blocks is {total}, {taken} taken by the service CIDR {serviceCidr}',
  capPods: "{usable} usable pod IPs per node; {pods} pods with kubelet's maxPods of {max}",
  capRoutes:
    '{quota} entries, {others, plural, one {# other custom route} other {# other custom routes}}: {left, plural, one {# node route} other {# node routes}} left',
  capLimitQuota: '{limit}, bound by the route quota. {reason}',
  capLimitCidr: '{limit}, bound by the cluster CIDR. {reason}',
};
