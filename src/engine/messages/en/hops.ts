/**
 * The packet walk's hop explanations (packet/), English, the source of every language. Quoted
 * component texts (routes, rules, kernel errors) come in as parameters, never translated.
 */
export const hops = {
  noSandbox:
    '{pod} has no sandbox and so no network namespace: none of its containers runs to send anything.',
  unspecified:
    '0.0.0.0 names no host on the wire: for a packet to it, the output routing (ip_route_output_key_hash_rcu, net/ipv4/route.c) takes the sender itself, 127.0.0.1, as the destination. ',
  onlyLo: `{pod}'s netns has only lo: no eth0 address and no route, so the kernel answers "{error}".`,
  podVia: "its route via {ip}, cni0's address on the node",
  podConnected: 'its connected route {cidr}: the destination is on its own segment',
  podArp: '{pod} picks {how}, then asks ARP who has {ip}.',
  podArpNone: 'Nobody on the segment answers ARP for {ip}, so the kernel gives up: "{error}".',
  podSendArp:
    '{pod} picks {how} and sends an ARP request for {ip} out of eth0, through the veth pair to the node.',
  podSend:
    '{pod} picks {how}, frames the packet to {mac} (learned by ARP) and sends it out of eth0, through the veth pair to the node.',
  noNode: '{node} does not exist.',
  notPodAddress: "{ip} is not {pod}'s address and a pod does not forward packets.",
  podDeliver:
    "{ip} is {pod}'s own address on eth0, so the kernel delivers the packet inside the pod's netns.",
  podDeliverTo:
    "{ip} is {pod}'s own address on eth0, so the kernel delivers the packet inside the pod's netns, to {container}.",
  ownLo:
    " 127.0.0.0/8 is each namespace's own lo: the node's and other pods' loopback cannot be reached from here.",
  podLoopback:
    "{note}{ip} is local to {pod}'s netns, so the kernel sends the packet over lo; it never reaches eth0.{own}",
  podLoDeliver:
    'All containers of {pod} share this netns and its lo, so the packet is delivered without leaving the pod.',
  podLoDeliverTo:
    'All containers of {pod} share this netns and its lo, so the packet is delivered to {container} without leaving the pod.',
  ipStackOf: "{node}'s IP stack",
  theVeth: 'the veth {port}',
  theFrame: 'the frame',
  arpRequestFor: 'the ARP request for {ip}',
  cni0DownDrops: 'cni0 is down, so its ports are disabled and the bridge drops {what} arriving from {from}.',
  noFdbEntry: 'cni0 has no FDB entry for {mac}; it floods the frame and no port answers.',
  bridgeUp:
    "The frame is addressed to cni0's own MAC, so the bridge hands it up to {node}'s IP stack instead of forwarding it to a port.",
  hairpin: ' (hairpin mode lets it leave by the port it came in on)',
  thePod: 'the pod',
  bridgeForward:
    'cni0 finds {mac} behind {dev} in its FDB and forwards the frame there{hairpin}, across the veth pair into {pod}; the TTL does not change at layer 2.',
  noPodOnPort: 'No pod is plugged into {dev}.',
  floodToPods:
    '{mac} is a group MAC, so cni0 floods the frame to every port: {pods, plural, one {the pod on {node} gets a copy} other {the # pods on {node} each get a copy}}.',
  floodFromPod:
    "{mac} is a group MAC, so cni0 floods the frame out of every port but {port} ({pods, plural, one {# other pod} other {# other pods}} on {node}) and passes a copy up to {node}'s IP stack, which the walk follows.",
  nodeLoopback: "{note}{ip} is one of {node}'s own addresses, so the kernel sends the packet over lo.",
  nodeStays: 'The packet never leaves {node}: it is delivered locally.',
  vswitchNoSegment:
    'The vSwitch behind {dev} is no Ethernet segment: the VPC answers ARP itself and passes multicast only inside a CEN multicast domain, which this scenario has none of, so no other instance receives the frame.',
  martianSource:
    "The packet comes in on {dev} with the source {ip}, one of {node}'s own addresses: the kernel takes it for a martian and drops it.",
  nodeDeliver:
    "{ip} is one of {node}'s own addresses (on {dev}), so the kernel delivers the packet locally instead of routing it.",
  ttlOut:
    'The packet arrives with TTL {ttl}; forwarding would bring it to 0, so the kernel drops it and sends ICMP time exceeded back.',
  viaStraight: 'straight to {ip} on {dev}',
  viaGateway: 'via the vSwitch gateway {ip}',
  nodeSends: "{node}'s longest matching route for {ip} is {route}, so it sends the packet {via}{source}.",
  nodeForwards:
    "{node}'s longest matching route for {ip} is {route}, so it forwards the packet {via} and lowers the TTL to {ttl}.",
  cni0ArpNone: 'Nobody on cni0 answers ARP for {ip}, so the kernel gives up: "{error}".',
  viaHostGw:
    "via {peer}'s address {ip} (host-gw: the next hop is the other node itself). The VPC answers ARP for {ip} with its own MAC {mac}, like every neighbour in a VPC, so the frame goes to the vRouter, which forwards by the destination IP, the pod address,",
  defaultRoute: 'the default route (no more specific route exists)',
  hostGwRoute: "flanneld's host-gw route {route}",
  podCidrRoute: 'the connected pod CIDR on cni0',
  vswitchRoute: 'the connected vSwitch route on {dev}',
  fromRouteSrc: ", from {ip} (the route's src)",
  fromDevice: ", from {ip} ({dev}'s address)",
  natRule1: 'source and destination are both in the cluster CIDR, so pod-to-pod traffic keeps its addresses',
  natRule2: 'a pod is talking to something outside the cluster CIDR',
  natRule3: 'traffic from outside the cluster CIDR to this node’s own pods is left alone',
  natRule4: 'the host itself (a source outside the cluster CIDR) is talking to another node’s pods',
  natRuleMatches: 'it matches',
  cniChainAccept:
    "the source is a pod of this node, so POSTROUTING rule {jump} jumps to its chain {chain}, written by the bridge plugin, whose rule {rule} ACCEPTs traffic to the node's own pod subnet: no NAT",
  cniChainMasq:
    "the source is a pod of this node, so POSTROUTING rule {jump} jumps to its chain {chain}, written by the bridge plugin (its delegate had ipMasq: true because FLANNEL_IPMASQ=false), and rule {rule} there masquerades anything outside the node's pod subnet that is not multicast, other nodes' pods included",
  nodeUnNat:
    'Conntrack recognises the answer to a flow {node} masqueraded and puts the original address back: the destination {from} becomes {to} before routing.',
  bridged:
    'br_netfilter (bridge-nf-call-iptables=1) hands the bridged packet to iptables with cni0 as its output device. {sentence}',
  natJump: 'nat POSTROUTING: {meaning}.',
  natReturn: 'nat POSTROUTING rule {rule} RETURNs: {meaning}.',
  natPolicy:
    "No nat POSTROUTING rule matches{why}, so the chain's policy ACCEPT lets the packet leave with its source unchanged.",
  sameSource: ' (the source already is that address, so nothing visible changes)',
  masqJump:
    "nat POSTROUTING: {meaning}: the source becomes {ip}, {dev}'s address{same}, and conntrack keeps the binding for the answer.{vpc}",
  masqRule:
    "nat POSTROUTING rule {rule} MASQUERADEs because {meaning}: the source becomes {ip}, {dev}'s address{same}, and conntrack keeps the binding for the answer.{vpc}",
  noIpMasq:
    ' (flanneld runs without --ip-masq, ipMasq is false: only the bridge plugin’s jumps for the node’s own pod addresses are there, and this source is none of them)',
  masqRulesMissing: " (the chain is empty: flanneld's masquerade rules are missing on {node})",
  masqRulesNotYet: ' (the chain is empty: flanneld has not added its masquerade rules on {node})',
  vpcMasqNote:
    ' Upstream flannel masquerades traffic to other ECS instances of the VPC too; whether ACK’s own build exempts the VPC CIDR is not verified.',
  ttlStays: '{sentence}; the TTL stays {ttl}.',
  noVpcEntry:
    'No entry of the VPC route table contains {ip}, not even a default route, so the vRouter has nowhere to send it.',
  vpcToNat: "The vRouter's longest match for {ip} is {entry}, so it hands the packet to the NAT gateway",
  vpcToService:
    "The vRouter's longest match for {ip} is {entry}: Alibaba Cloud's own services (DNS, metadata, service endpoints) live there",
  serviceAnswers: 'An Alibaba Cloud service answers on this address.',
  vpcToEni:
    "The vRouter's longest match for {ip} is {entry}: {ip} is a private address of ENI {eni}, attached to {node} as {dev}, so the VPC delivers the packet to that ENI. No custom route is involved",
  vpcToNode:
    "The vRouter's longest match for {ip} is {entry}, so it delivers the packet to {node}'s eth0 (ECS {ecs})",
  noInstance: 'The entry names instance {instance}, which does not exist.',
  vpcRefused: "The vRouter's longest match for {ip} is {entry}, but {refused}.",
  vpcToOutside:
    "The vRouter's longest match for {ip} is {entry}; no node of the scenario holds {ip}, so it goes to the ECS instance outside the cluster that does",
  outsideReceives:
    'An ECS instance on {vswitch} outside the cluster (not in the scenario) holds this address and receives the packet.',
  reservedByVswitch: '{ip} is reserved by the vSwitch itself',
  notCreatedYet: "{node}'s ECS instance, which will hold it, has not been created yet",
  outsideIt: '{ip} is outside it',
  natGwMissing: 'There is no NAT gateway.',
  ownEip: "{ip} is the NAT gateway's own EIP and it has no DNAT entry, so nothing behind it answers.",
  notRoutable:
    '{ip} is {kind}: the Internet does not route it, and the vRouter sent it here only because 0.0.0.0/0 was its best match.',
  natNoSnatEntry:
    "No SNAT entry covers the source {ip}: the entries name the VPC's vSwitches, and this address is in none of them, so the NAT gateway will not translate it.",
  snatOfEcs:
    'The SNAT entry of ECS {owner} ({cidr}) matches {ip}: the NAT gateway rewrites the source to its EIP {eip}, remembers the binding, and sends the packet to the Internet.',
  snatOfVswitch:
    'The SNAT entry of vSwitch {owner} ({cidr}) matches {ip}: the NAT gateway rewrites the source to its EIP {eip}, remembers the binding, and sends the packet to the Internet.',
  noDnat:
    'Nothing inside the VPC opened this flow and the EIP has no DNAT entry, so the NAT gateway drops it.',
  natUnNat:
    'The NAT gateway recognises the answer to a flow it translated and puts the original destination back: {from} becomes {to}, and the packet goes back into the VPC.',
  hostOwn: "{ip} is the host's own address: the packet stays on it.",
  hostToItself: 'The host delivers the packet to itself.',
  internetRoutesNone: '{ip} is {kind}, and the Internet routes none of those.',
  hostSendsVpc: "The host sends the packet for {ip} to its vSwitch, where the VPC's vRouter takes it.",
  hostSendsInternet: 'The host sends the packet for {ip} across the Internet.',
  internetHost: 'the Internet host {ip}',
  kindLimitedBroadcast: 'the limited broadcast address',
  kindMulticast: 'a multicast group (224.0.0.0/4)',
  kindReserved: 'a reserved address (240.0.0.0/4)',
  kindThisNetwork: 'an address of 0.0.0.0/8 ("this network")',
  kindLoopback: 'a loopback address (127.0.0.0/8)',
  kindLinkLocal: 'a link-local address (169.254.0.0/16)',
  kindShared: 'an address of the shared space 100.64.0.0/10 (RFC 6598)',
  kindPrivate: 'a private address',
  kindAddress: 'an address',
  internetCarries:
    'The Internet carries the packet to {who}, which sees it come from {ip} and answers there.',
};
