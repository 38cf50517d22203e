/**
 * The English words of the computed answers (options, proofs), as message templates: the lessons'
 * own catalog, beside the engine's (their Chinese twin: i18n/zh-CN/lesson-texts/answers.ts; the parity
 * test: lessons/said.test.ts). Say one with `said(id, params)` (lessons/said.ts).
 */
export const answerWords = {
  // Places and elements.
  vpcRouter: 'the VPC router',
  natGateway: 'the NAT gateway',
  nodeNamed: 'node {name}',
  podNamed: 'pod {name}',
  outside: '{name} (outside)',
  controlPlane: 'the Kubernetes control plane',
  cniPlugin: 'the CNI plugin',
  cni0Bridge: 'the cni0 bridge',
  ccm: 'the Cloud Controller Manager (CCM)',
  partOn: '{part} on {node}',
  atPlace: 'At {place}',
  // Actors.
  actorCloud: 'the cloud (VPC and ECS APIs)',
  actorKcm: 'kube-controller-manager (range allocator)',
  actorDaemonset: 'the DaemonSet controller',
  actorInstallCni: 'install-cni (init container of the kube-flannel pod)',
  actorRuntime: 'the container runtime',
  actorFlannelCni: 'the Flannel CNI plugin',
  actorBridge: 'the bridge CNI plugin',
  actorHostLocal: 'host-local IPAM',
  actorTerwayd: 'terwayd (the terway-eniip pod)',
  actorTerwayCni: 'the Terway CNI plugin',
  actorApiserver: 'kube-apiserver (Service cluster IP allocator)',
  actorEndpointslice: 'the EndpointSlice controller (in kube-controller-manager)',
  actorKubeProxy: 'kube-proxy (iptables mode)',
  actorOperator: 'an operator',
  doneBy: 'Step {n}, "{title}", is done by {actor}.',
  // Routes and addresses.
  routeTo: '{destination} → {to}',
  routeToInstance: '{node} ({instance})',
  routeToVswitch: 'vSwitch {name}',
  cloudServices: 'cloud services',
  longestPrefix: "Of the VPC route table's entries that contain {dst}, this one has the longest prefix:",
  srcKept: "No hop rewrites the source: it is still the sender's {value}.",
  dstKept: "No hop rewrites the destination: it is still the sender's {value}.",
  rewrittenBy: 'Hop {hop}, at {place}, rewrites it to {value}, by this line:',
  rewritten: 'Hop {hop}, at {place}, rewrites it to {value}.',
  ttlKept: 'No hop routes the packet, so nothing lowers the TTL.',
  ttlLowered: 'The TTL drops by one at each routing hop: {places}.',
  joined: '{a}, {b}',
  // Tables.
  tableFdb: "the bridge's forwarding database (bridge fdb)",
  tableVtepNeigh: "flannel.1's neighbour table (ip neigh)",
  tableVtepFdb: "flannel.1's forwarding database (bridge fdb dev flannel.1)",
  tableNodeRoutes: "the node's routing table (ip route)",
  tableVpcRoutes: 'the VPC route table',
  tableNat: 'the iptables nat rules',
  tableFilter: 'the iptables filter rules',
  tablePodRoutes: "the pod's routing table",
  tableLocalRoutes: 'the local routing table',
  tableSnat: "the NAT gateway's SNAT table",
  tableConntrack: 'the conntrack table',
  tableIpRules: "the node's policy-routing rules (ip rule)",
  tablePolicyRoutes: "an ENI's own routing table (ip route show table N)",
  tableNeighbours: "the pod's neighbour table (ip neigh)",
  tableSecurityGroup: "the security group of a node's ENIs",
  tableReads: 'At hop {hop}, {place} reads {table}; this line decides:',
  // Where a packet ends.
  delivered: 'Nowhere: it is delivered',
  droppedBecause: 'Dropped: {reason}',
  noReason: 'no reason given',
  deliveredAfter: 'Delivered to {place} after {hops} hops.',
  deliveredShort: 'Delivered.',
  atVpcRouter: 'At the VPC router',
  atNatGateway: 'At the NAT gateway',
  atSender: 'At the sender',
  // Capacity.
  noBlock: 'None: the range allocator has no block left',
  blockGiven:
    'Node {node} is number {n} to register; the allocator hands out /{mask} blocks of {podCidr} in order, so it gets {given}.',
  blocksTaken: 'Every /{mask} block of {podCidr} is taken when {node} registers: CIDRNotAvailable.',
  blocksCount: '{podCidr} cut into /{mask} blocks gives 2^({mask} − {prefix}) = {blocks} node CIDRs.',
  limitCidr: 'The node CIDRs the cluster CIDR can be cut into',
  limitRoutes: 'The custom entries the VPC route table may hold',
  // Another dataplane.
  mtuOn:
    "flanneld on {dataplane} writes FLANNEL_MTU={mtu} to subnet.env and the bridge plugin gives cni0, every veth and every pod that MTU: VXLAN adds 50 bytes of headers (outer IPv4 20, UDP 8, VXLAN 8, inner Ethernet 14) to eth0's 1500.",
  limitsCompared: '{there} On VPC routes: {here}',
  // Diagnosis.
  causeCidr: 'The range allocator had no pod CIDR left for it',
  causeQuota: 'The VPC route table was full: its route was refused',
  causeFlanneld: 'flanneld is not running there, so subnet.env was never written',
  causeRouteDeleted: 'Its VPC route entry was deleted',
  causeCni0: 'Its cni0 bridge is down',
  causeMasquerade: 'Its iptables masquerade rules are missing',
  causeNone: 'Nothing: its network is healthy',
  stepSays: 'Step {n}: {title}.',
  noTrouble: '{node} shows no trouble in its tables or conditions.',
  // Services.
  ruleDnats:
    "At hop {hop}, {node}'s {table} table chain {chain} DNATs the packet; the rules before it only jump or mark:",
  ruleRejects:
    "At hop {hop}, {node}'s {table} table chain {chain} REJECTs the packet; the rules before it only jump or mark:",
  ruleDecides:
    "At hop {hop}, {node}'s {table} table chain {chain} decides the packet; the rules before it only jump or mark:",
  hookPrerouting: 'nat PREROUTING: as the packet arrives, before the routing decision',
  hookOutput: 'nat OUTPUT: a packet the node itself sends',
  hookPostrouting: 'nat POSTROUTING: as the packet leaves the node',
  hookInput: 'nat INPUT: a packet delivered to the node itself',
  hookIn:
    'The packet comes in to {place} by {device}: the kernel\'s first nat hook for it is PREROUTING, whose "-j KUBE-SERVICES" leads to the rule that rewrites it, before the routing decision sees the new destination.',
  hookOut:
    '{place} sends the packet itself: locally generated packets meet nat OUTPUT, whose "-j KUBE-SERVICES" leads to the rule that rewrites it.',
  srcBecomes: 'the source {before} becomes {after}',
  dstBecomes: 'the destination {before} becomes {after}',
  hopHappens: 'Hop {hop} happens at {place}.',
  hopHappensBy: 'Hop {hop} happens at {place}, by this {table} line:',
  hopRewrites: 'Hop {hop} happens at {place}: {rewrites}.',
  hopRewritesBy: 'Hop {hop} happens at {place}: {rewrites}, by this {table} line:',
  flagHairpin: '"hairpinMode": true in 10-flannel.conf, which turns on hairpin_mode on every cni0 port',
  flagGateway: '"isDefaultGateway": true in 10-flannel.conf, which makes cni0 the pods\' gateway',
  flagMark: "kube-proxy's 0x4000 mark (KUBE-MARK-MASQ)",
  flagNone: 'Nothing: a bridge may send a frame out of any port, the one it came in on too',
  hairpinNeeded:
    'cni0 sends the frame out of {port}, the port it came in on: the kernel\'s bridge allows that only on a port in hairpin mode (br_forward.c should_deliver, BR_HAIRPIN_MODE), which the bridge plugin sets from "hairpinMode": true in 10-flannel.conf. cni0\'s forwarding database says where the frame goes:',
  anyPort: 'cni0 sends the frame from {in} out of {out}, another port: any bridge does that.',
} as const;
