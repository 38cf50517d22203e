/**
 * The scenario's values that do not fit together (scenario/validate-*.ts): addresses and blocks
 * against the VPC, the cluster and each other, names that refer to each other, quotas. Texts quoted from real components
 * (kube-controller-manager, the apiserver) are parameters (`{printed}`), as they print them.
 */
export const validation = {
  eipInVpc: '{ip} is inside the VPC {cidr}; an EIP is a public address outside the VPC',
  snatUnknown: '"{name}" is not a vSwitch of the VPC; an SNAT entry names one of its vSwitches: {vswitches}',
  snatTwice: '"{name}" is listed twice; a vSwitch can be in one SNAT entry only',
  notPrivate:
    '{cidr} is not a private range; a VPC CIDR must lie within 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16',
  vswitchName: 'vSwitch name',
  vswitchMask: '{cidr} has a /{prefix} mask; a vSwitch mask must be /{min} to /{max}',
  vswitchOutsideVpc: '{cidr} is not inside the VPC {vpc}; a vSwitch takes its addresses from its VPC',
  vswitchOverlap: '{cidr} overlaps vSwitch "{name}" ({other}); vSwitches in one VPC must not overlap',
  theServiceCidr: 'the service CIDR',
  theDefaultServiceCidr: 'the default service CIDR',
  thePodCidr: 'the pod CIDR',
  theVpcCidr: 'the VPC {cidr}',
  theVswitch: 'vSwitch "{name}" ({cidr})',
  clusterMask:
    '{printed}. The cluster CIDR {cidr} is smaller than one /{mask} node block; use a shorter prefix or a larger nodeCidrMaskSize',
  podCidrOverlapsVpc: '{cidr} overlaps {clash}; pod addresses must not collide with ECS addresses in the VPC',
  podCidrOverlapsService: '{cidr} overlaps {service} {serviceCidr}; pods and Services need separate ranges',
  serviceCidrOverlaps: '{service} {cidr} overlaps {clash}',
  defaultServiceCidrOverlaps: '{service} {cidr} overlaps {clash}; set cluster.serviceCidr to a free range',
  eipInPodCidr: '{ip} is inside the pod CIDR {cidr}; an EIP must be outside the cluster',
  podVswitchUnknown:
    '"{name}" is not a vSwitch of the VPC; terwayd creates ENIs in the VPC\'s own vSwitches: {vswitches}',
  podVswitchTwice: '"{name}" is listed twice; name each pod vSwitch once',
  nodeName: 'node name',
  unknownVswitch: 'unknown vSwitch {name}; the VPC has {known}',
  undeclaredVswitch: 'unknown vSwitch {name}; declare it in vpc.vswitches',
  nodeIpOutside: '{ip} is outside vSwitch "{name}" ({cidr}); pick an address from {first} to {last}',
  nodeIpReserved:
    '{ip} is reserved by vSwitch "{name}" (its first address and its last three are); pick an address from {first} to {last}',
  nodeIpTwice: '{ip} is already the address of the node at {other}; two ECS instances cannot share one',
  vswitchFull:
    'vSwitch "{name}" ({cidr}) has no free address left for this node; use a larger vSwitch or put the node in another one',
  routeTwice: '{cidr} already has a route (at {first}); a route table holds one entry per destination',
  routesOverQuota:
    '{count} custom routes do not fit the route quota of {quota}; raise vpc.routeQuota or remove routes',
  cloudServiceRange:
    '{cidr} lies in 100.64.0.0/10, which the VPC keeps for cloud services; pick another destination',
  routeIsVswitch:
    '{cidr} is the CIDR of vSwitch "{name}" ({vswitch}), which its system route already covers; a custom route may not target it',
  routeInVswitch:
    '{cidr} lies inside vSwitch "{name}" ({vswitch}), which its system route already covers; a custom route may not target it',
  routeIsNodeBlock:
    '{cidr} is a node block of the cluster CIDR {cluster}; the CCM creates the route for it when a node gets that block',
  noNatGateway: 'the next hop is "nat-gateway" but the VPC has none; add vpc.natGateway with its EIP',
  routeUnknownNode: 'unknown node {node} in {hop}; "instance:NODE" must name one of the scenario\'s nodes',
  podName: 'pod name',
  podUnknownNode: 'unknown node {node}; a pod must run on one of the nodes in "nodes"',
  tooManyContainers: 'has {count} containers, past the {max} containers a cluster may run',
  containerName: 'container name',
  containerTwice:
    'container name {name} is used twice (first at {first}); containers of one pod need distinct names',
  givenOutsideCluster:
    '{cidr} is outside the cluster CIDR {cluster}; the range allocator only hands out blocks of it',
  givenWrongMask:
    '{cidr} is a /{prefix} block, but this cluster cuts /{mask} blocks (cluster.nodeCidrMaskSize)',
  givenCidrTwice: '{cidr} is already the pod CIDR of node "{node}" ({at}); two nodes cannot share a block',
  givenNoBlock: 'node "{node}" gets no pod CIDR (the cluster CIDR is full), so no pod on it has an address',
  givenIpOutside:
    '{ip} is outside the pod CIDR {range} of node "{node}"; host-local only hands out addresses of its node\'s block',
  theNetworkAddress: 'the network address',
  theGateway: 'the gateway on cni0',
  theBroadcast: 'the broadcast address',
  givenIpReserved: '{ip} is {what} of {range}; host-local never gives it to a pod',
  givenIpTwice: '{ip} is already the address of the pod at {other}; two pods cannot share one',
  externalName: 'external name',
  externalInside: '{ip} is inside {what} {cidr}; an external endpoint lives outside the VPC and the cluster',
  notUnicast: '{ip} is not a unicast host address (0.0.0.0/8, 127.0.0.0/8 and 224.0.0.0 and above are not)',
  externalIpTwice: '{ip} is already the address of the external at {other}',
  faultUnknownNode: 'unknown node {node}; a fault must name one of the nodes in "nodes"',
  faultOtherCni:
    '{kind} is a {other} fault and this cluster runs {runs} (cluster.cni); its faults are {kinds}',
  faultTwice: 'the fault {kind} on {node} is listed twice (first at {first}); remove one',
  serviceName: 'Service name',
  namespace: 'namespace',
  serviceTwice:
    'Service {service} is declared twice (first at {first}); a Service name is unique in its namespace',
  endpointUnknownPod: 'unknown pod {pod}; an endpoint is one of the pods in "pods"',
  endpointTwice: 'pod {pod} is listed twice; an EndpointSlice holds each pod once',
  clusterIpRange:
    '{ip} is not in the valid range: a cluster IP is an address inside the service CIDR {cidr}, neither its first nor its last',
  clusterIpTwice:
    '{ip} is already the cluster IP of the Service at {first}; the apiserver refuses it ("{printed}")',
  portNameNeeded: 'a Service with more than one port must name each of them',
  portName: 'port name',
  portNameTwice: 'port name {name} is used twice in this Service',
  portTwice: '{port} is declared twice in this Service',
  nodePortNeedsType: 'a node port needs "type": "NodePort"; a ClusterIP Service has none',
  nodePortRange:
    '{port} is outside the node port range {min}-{max} (kube-apiserver --service-node-port-range)',
  nodePortTwice: 'node port {port} is already used at {first}; a node port is unique in the cluster',
};
