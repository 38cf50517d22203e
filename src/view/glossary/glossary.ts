/**
 * The glossary: the words of the narration a newcomer may not know, each in one or two sentences
 * and with the source it was checked against (docs/sources.md lists the same). Loaded with the
 * narration's terms, not with the page.
 */
export interface GlossaryEntry {
  readonly term: string;
  /** How the word is written in the narration (whole words, case-sensitive). */
  readonly spellings: readonly string[];
  readonly meaning: string;
  readonly source: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'vRouter',
    spellings: ['vRouter', 'VPC router'],
    meaning:
      'The VPC’s own router. Its route table sends each packet by longest prefix: to a vSwitch, to an ECS instance (one custom entry per node here), or to the NAT gateway.',
    source: 'Alibaba Cloud VPC API, CreateRouteEntry (route table of a vRouter, 200 custom entries)',
  },
  {
    term: 'vSwitch',
    spellings: ['vSwitch', 'vSwitches'],
    meaning: 'A subnet of the VPC in one zone; the nodes’ eth0 addresses come from it.',
    source: 'Alibaba Cloud VPC docs, route tables (system routes per vSwitch)',
  },
  {
    term: 'CCM',
    spellings: ['CCM', 'cloud-controller-manager', 'Cloud Controller Manager'],
    meaning:
      'The cloud controller manager: its route controller adds one VPC route entry per node for the node’s pod CIDR, and lifts NetworkUnavailable once the route is there.',
    source: 'kubernetes/cloud-provider-alibaba-cloud, pkg/controller/route/route_controller.go',
  },
  {
    term: 'pod CIDR',
    spellings: ['pod CIDR', 'podCIDR', 'range allocator'],
    meaning:
      'The block of pod addresses a node owns. kube-controller-manager’s range allocator cuts it from the cluster CIDR when the node registers (CIDRNotAvailable when none is left).',
    source: 'kubernetes/kubernetes, pkg/controller/nodeipam/ipam/range_allocator.go',
  },
  {
    term: 'subnet.env',
    spellings: ['subnet.env'],
    meaning:
      'The file flanneld writes on each node with the cluster network, the node’s block and the MTU; the Flannel CNI plugin reads it for every pod.',
    source: 'flannel-io/flannel, pkg/subnet (WriteSubnetFile)',
  },
  {
    term: 'cni0',
    spellings: ['cni0'],
    meaning:
      'The Linux bridge on a node that its pods’ veths are plugged into, holding the first address of the node’s block: the pods’ gateway.',
    source: 'containernetworking/plugins, plugins/main/bridge',
  },
  {
    term: 'veth',
    spellings: ['veth', 'veth pair'],
    meaning:
      'A virtual Ethernet pair: what goes into one end comes out of the other. One end is the pod’s eth0, the other is plugged into cni0.',
    source: 'Linux, drivers/net/veth.c',
  },
  {
    term: 'host-local',
    spellings: ['host-local'],
    meaning:
      'The CNI IPAM plugin that hands out the next free address of the node’s block and records it in a file per address.',
    source: 'containernetworking/plugins, plugins/ipam/host-local',
  },
  {
    term: 'FDB',
    spellings: ['FDB', 'fdb', 'forwarding database'],
    meaning:
      'A bridge’s forwarding database: which MAC address sits behind which port. cni0 looks the destination MAC up there to pick the pod’s veth.',
    source: 'Linux, net/bridge/br_fdb.c; iproute2, bridge fdb',
  },
  {
    term: 'MASQUERADE',
    spellings: ['MASQUERADE', 'masquerade', 'masquerades', 'SNAT'],
    meaning:
      'Source NAT to the address of the interface the packet leaves by. flanneld’s rules masquerade pod traffic to anything outside the cluster CIDR.',
    source: 'Linux, net/netfilter/xt_MASQUERADE.c; flannel, network/iptables.go',
  },
  {
    term: 'conntrack',
    spellings: ['conntrack', 'connection tracking'],
    meaning:
      'The kernel’s table of connections: it remembers each NAT it applied, so the answer is translated back (un-NAT) on its way in.',
    source: 'Linux, net/netfilter/nf_conntrack_core.c',
  },
  {
    term: 'TTL',
    spellings: ['TTL'],
    meaning: 'Time to live: every router that forwards the packet lowers it by one; bridges leave it alone.',
    source: 'RFC 791; Linux, net/ipv4/ip_forward.c',
  },
];

/** The entries whose words the text uses, in glossary order. */
export function termsIn(text: string): GlossaryEntry[] {
  return GLOSSARY.filter((entry) =>
    entry.spellings.some((word) =>
      new RegExp(`(^|[^\\w-])${word.replace(/[.]/g, '\\.')}($|[^\\w-])`).test(text),
    ),
  );
}
