/**
 * The inspector and the tables beside it (src/view/inspector/): their labels, never the artifacts'
 * text, which stays exactly as Linux, Kubernetes and flannel print it.
 */
export const inspector = {
  inspector: 'Inspector',
  artifacts: 'Artifacts',
  cni0On: 'cni0 on {node}',
  noArtifacts: '{id} has no artifacts of its own. Select the VPC, a node or a pod.',
  selectElement:
    'Select an element in the diagram (or press Show element) to see its files and tables as they stand at this step.',
  vpcRouteTable: 'VPC route table',
  customEntries: 'custom entries {count} of {quota}',
  destination: 'Destination',
  nextHop: 'Next hop',
  type: 'Type',
  typeSystem: 'system',
  typeCustom: 'custom',
  hopLocal: 'vSwitch',
  hopInstance: 'ECS instance',
  hopNatGateway: 'NAT gateway',
  hopService: 'cloud service',
  matchedByPacket: ' (matched by the packet at this hop)',
  addedAtStep: ' (added at this step)',
  removedAtStep: ' (removed at this step)',
  vpcMissing: 'The VPC does not exist yet.',
  noRoute: '{node}: no route',
  routesOn: 'Routes on {node}',
  via: 'Via',
  tabRouteTable: 'route table',
  tabSnatTable: 'SNAT table',
  tabNodeSpec: 'Node spec',
  changedAtStep: ' (changed at this step)',
  headingNode: 'node {name}',
  headingPod: 'pod {name}',
  device: 'Device',
};
