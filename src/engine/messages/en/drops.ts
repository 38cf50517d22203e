/** Why the packet walk drops a packet (a trace's `reason`), English, the source of every language. */
export const drops = {
  sandboxGone: '{pod} has no running sandbox ({phase})',
  sandboxGoneError: '{pod} has no running sandbox ({phase}): {error}',
  noNetwork: '{pod} has no network: its CNI ADD never finished ({phase})',
  noNetworkError: '{pod} has no network: its CNI ADD never finished: {error}',
  podArpUnanswered:
    "no neighbour answers ARP for {ip} on {pod}'s segment: no running pod on {node} holds that address",
  nodeGone: '{node} does not exist',
  notPodsAddress: '{pod} received a packet for {ip}, which is not its address',
  cni0DownAt: 'cni0 on {node} is down: the bridge forwards nothing',
  cni0DownArp:
    'cni0 on {node} is down: the bridge forwards nothing, so ARP for {ip} is never answered and the packet is never sent',
  noStation: 'no station behind cni0 on {node} has the MAC {mac}',
  noPodBehind: 'no pod behind {dev}',
  vpcNoMulticast:
    "{ip} is multicast: the VPC delivers no multicast frame from {node}'s {dev} to other instances",
  vpcNoBroadcast:
    "{ip} is broadcast: the VPC delivers no broadcast frame from {node}'s {dev} to other instances",
  martianSrc: 'martian source {ip} on {node}: a packet from outside may not carry one of its own addresses',
  ttlExceeded: 'TTL exceeded in transit at {node}',
  cni0ArpUnanswered: 'no pod on {node} holds {ip}: ARP on cni0 is not answered',
  vpcNoEntry: 'the VPC route table has no entry for {ip}',
  vpcNoEntryWhy: 'the VPC route table has no entry for {ip}: {why}',
  instanceGone: 'instance {instance} does not exist',
  vpcRefusedAt: '{ip} on {vswitch}: {refused}',
  noNatGw: 'the VPC has no NAT gateway',
  eipNoDnat: "{ip} is the NAT gateway's EIP, which has no DNAT entry",
  notRoutableHere:
    "{ip} is {kind}, which the Internet does not route; it reached the NAT gateway only by the VPC's 0.0.0.0/0 entry",
  notRoutableWhy:
    "{ip} is {kind}, which the Internet does not route; it reached the NAT gateway only by the VPC's 0.0.0.0/0 entry, because {why}",
  snatUncovered: 'source {ip} not covered by any SNAT entry: the answer could never come back',
  noSnatWhy: 'source {ip} not covered by any SNAT entry: the answer could never come back; {why}',
  noDnatFor: 'the NAT gateway has no DNAT entry for {ip}: the Internet cannot open connections into the VPC',
  whyBackend:
    "with Flannel's {backend} backend nobody writes {node}'s {cidr} into the VPC route table: only the VPC-route mode (alloc) has the CCM add one entry per node",
  whyDeleted: "{node}'s entry {cidr} → {ecs} was deleted from the VPC route table",
  whyQuota:
    "the CCM could not create {node}'s entry for {cidr}: the route table was full at its quota of {quota} custom entries (QuotaExceeded)",
  whyNotYet: "the CCM has not created {node}'s entry for {cidr} yet",
  unreachableFromInternet:
    "{ip} cannot be reached from the Internet: it is {kind}, and the only way into the VPC, the NAT gateway's EIP, has no DNAT entry",
};
