/** The glossary under the narration (src/view/glossary/): each term's meaning; the sources stay as cited. */
export const glossary = {
  terms: 'Terms:',
  source: 'Source: {source}',
  sourceVpcApi: 'Alibaba Cloud VPC API, CreateRouteEntry (route table of a vRouter, 200 custom entries)',
  sourceVpcDocs: 'Alibaba Cloud VPC docs, route tables (system routes per vSwitch)',
  vRouter:
    'The VPC’s own router. Its route table sends each packet by longest prefix: to a vSwitch, to an ECS instance (one custom entry per node here), or to the NAT gateway.',
  vSwitch: 'A subnet of the VPC in one zone; the nodes’ eth0 addresses come from it.',
  ccm: 'The cloud controller manager: its route controller adds one VPC route entry per node for the node’s pod CIDR, and lifts NetworkUnavailable once the route is there.',
  podCidr:
    'The block of pod addresses a node owns. kube-controller-manager’s range allocator cuts it from the cluster CIDR when the node registers (CIDRNotAvailable when none is left).',
  subnetEnv:
    'The file flanneld writes on each node with the cluster network, the node’s block and the MTU; the Flannel CNI plugin reads it for every pod.',
  cni0: 'The Linux bridge on a node that its pods’ veths are plugged into, holding the first address of the node’s block: the pods’ gateway.',
  veth: 'A virtual Ethernet pair: what goes into one end comes out of the other. One end is the pod’s eth0, the other is plugged into cni0.',
  hostLocal:
    'The CNI IPAM plugin that hands out the next free address of the node’s block and records it in a file per address.',
  fdb: 'A bridge’s forwarding database: which MAC address sits behind which port. cni0 looks the destination MAC up there to pick the pod’s veth.',
  masquerade:
    'Source NAT to the address of the interface the packet leaves by. flanneld’s rules masquerade pod traffic to anything outside the cluster CIDR.',
  conntrack:
    'The kernel’s table of connections: it remembers each NAT it applied, so the answer is translated back (un-NAT) on its way in.',
  ttl: 'Time to live: every router that forwards the packet lowers it by one; bridges leave it alone.',
};
