/**
 * The packet walk's hops beyond the Flannel VPC-route path (hops.ts): kube-proxy's Service hops,
 * flannel.1's VXLAN tunnel, Terway's hops, multicast and broadcast, loops and the hop limit, and
 * the causes a drop names. English, the source of every language; what components print (rules,
 * routes, errors) comes in as parameters.
 */
export const packetHops = {
  // kube-proxy (packet/kube-proxy.ts, bridge-nat.ts)
  svcDnat:
    "{how} jumps to KUBE-SERVICES; {matches} and sends it to {chain}, where kube-proxy's statistic rules decide: {odds}. This trace takes {pod} ({target}).{why} {dnatChain} DNATs the destination to {to}; conntrack keeps the original {dst}:{dport} for the answer.",
  natOutputBy: '{node} sends the packet itself, so nat OUTPUT',
  natPreBridged:
    'br_netfilter (bridge-nf-call-iptables=1) hands the frame cni0 received to nat PREROUTING, which',
  natPre: 'nat PREROUTING',
  svcRuleMatches: '"{rule}" matches {dst}:{dport}/{proto}',
  aRuleMatches: 'a rule matches',
  theServiceChain: 'the Service chain',
  anEndpoint: 'an endpoint',
  svcOdds:
    '{n, plural, one {its only endpoint gets every connection} other {each of its # endpoints gets 1/# of new connections}} ({list})',
  markSelf:
    " {chain}'s first rule matches too (-s {ip}: the endpoint is the sender itself) and jumps to KUBE-MARK-MASQ, which marks the packet 0x4000 for masquerade: without it the pod would get a packet from its own address and answer itself.",
  markNodePort:
    ' {chain} jumps to KUBE-MARK-MASQ first: traffic to a node port is marked 0x4000 for masquerade, since its endpoint may be on another node.',
  markOutside:
    " The source {ip} is outside the cluster CIDR, so {chain}'s first rule jumps to KUBE-MARK-MASQ and marks the packet 0x4000 for masquerade.",
  svcReject:
    'Service {name} has no ready endpoint, so kube-proxy wrote no DNAT for it: nat {hook} leaves the packet alone, and the filter table\'s {chain} chain jumps to {target}, whose rule "{rule}" REJECTs it: the kernel answers ICMP port unreachable, which the client sees as "connection refused".',
  svcNoEndpoints:
    "Service {name} has no endpoints: {node}'s filter {chain} REJECTs {dst}:{dport}/{proto} (icmp-port-unreachable)",
  kubeMasq:
    "nat POSTROUTING's first rule jumps to KUBE-POSTROUTING (kube-proxy put it before flanneld's rules); the packet carries the mark 0x4000, so it clears the mark and MASQUERADEs: the source becomes {ip}, {dev}'s address{same}, and the answer will come back here.",
  alreadySource: ' (already the source)',
  svcUnDnat:
    'Conntrack recognises the answer to the flow {node} DNATed and reverses it: the source {from} becomes the Service address {to}, so the client sees the answer come from the address it called.',
  brUnMasq:
    'br_netfilter hands the frame to conntrack, which recognises the answer to a flow {node} masqueraded and puts the original address back: the destination {from} becomes {to}.',
  answerLocal: "{ip} is one of {node}'s own addresses, so the kernel delivers the answer locally.",
  bridgeUpRoute:
    "The frame is addressed to cni0's own MAC and {ip} is not behind this bridge, so cni0 hands it up to {node}'s IP stack to be routed.",
  bridgedHairpin:
    "{ip} is {pod} itself, behind the very port {port} the frame came in on. The route to it leaves by cni0, the bridge the frame is on, so the kernel bridges it (br_netfilter's bridged DNAT) with {pod}'s MAC as destination; a bridge sends a frame back out of the port it came in on only in hairpin mode, which the bridge plugin set on {port} (hairpinMode: true in 10-flannel.conf). The TTL does not change.",
  bridgedDnat:
    "{ip} is {pod}, behind this same bridge: the route to it leaves by cni0, the bridge the frame is on, so the kernel bridges it (br_netfilter's bridged DNAT) to {veth} with {pod}'s MAC as destination instead of routing it. The TTL does not change.",

  // flannel.1 (packet/vxlan.ts)
  vxSends: 'sends',
  vxForwards: 'forwards (TTL {ttl})',
  vxNoNeighbour:
    "The route sends {ip} to {dev}, but no neighbour entry gives {gateway}'s MAC, and flannel.1 learns none: the packet is dropped.",
  vxNoNeighbourAt: "no neighbour entry for {gateway} on {node}'s {dev}",
  vxRoute:
    "{node}'s longest matching route for {ip} is flanneld's {route}, so it {how} the packet out of {dev}. The gateway {gateway} is {peer}'s flannel.1 address, taken as on the link (onlink); the permanent neighbour entry \"{neighbour}\" gives its MAC, so no ARP is sent.",
  vxNoFdb:
    "flannel.1's forwarding database has no entry for {mac}, so the VXLAN device does not know which node to send the frame to.",
  vxNoFdbAt: "no FDB entry for {mac} on {node}'s {dev}",
  vxPeer: ' ({node})',
  vxEncap:
    "flannel.1's forwarding database says frames for {mac} go to {ip}{peer}. The VXLAN device wraps the whole frame in a VXLAN header (VNI {vni}), UDP to port {port} and an outer IPv4 header {src} → {ip}: {overhead} bytes more, which is why the pods' MTU is {mtu}. The outer packet leaves by eth0; the pod addresses are hidden inside it.",
  vxNoNode: 'No ECS node holds the outer destination {ip}, so the VPC cannot deliver the tunnel packet.',
  vxNoNodeAt: 'no node holds the outer destination {ip}',
  vxVpc:
    "The vRouter reads the outer header only: {src} → {ip}, UDP {port}. Its longest match for {ip} is {entry}, so it delivers the packet to {node}'s eth0 like any packet between two ECS instances: no route to any pod CIDR is needed; the TTL of both headers stays as it is.",
  vxNoDevice:
    'The UDP packet to port {port} finds no VXLAN device for VNI {vni} with the inner destination MAC on {node}, so the kernel drops it.',
  vxNoDeviceAt: '{node} has no VXLAN device for this packet',
  vxDecap:
    "The packet is UDP to {node}'s own address on port {port}: the kernel's VXLAN socket takes it, finds VNI {vni} belongs to {dev}, and the inner frame is addressed to flannel.1's MAC {mac}. It removes the {overhead} bytes of outer headers, and the inner packet {src} → {dst} enters {node}'s IP stack from {dev}, TTL {ttl} as it was sent.",

  // Terway (terway/packet/)
  sgDenied:
    "The VPC delivers the packet to {node}'s {dev}, but that ENI is in security group {group}, an enterprise group with no inbound rule that accepts {ip}: ECS drops the packet before {node} sees it. (What-if security-group-denies-pods; answers to what {node}'s pods send would still come in: security groups are stateful.)",
  sgDeniedAt: "security group {group} of {node}'s {dev} accepts no inbound traffic from {ip}",
  twNoRule: 'No rule of {node} leads to a table with a route for {ip}: "Network is unreachable".',
  twNoRoute: '{node} has no route for {ip}',
  twRuleEni:
    'rule "{rule}" sends it to table {table}, the table of the ENI that owns the source address, whose "{route}" hands it to the vSwitch gateway out of {dev}',
  twRulePod: 'rule "{rule}" sends it to the main table, where "{route}" leads straight into the pod\'s veth',
  twMain: 'no pod rule matches, so the main table decides: "{route}"',
  twSends: 'sends',
  twForwards: 'forwards',
  twLowersTtl: ' and lowers the TTL to {ttl}',
  caliNoPod: '{dev} leads to no pod.',
  caliNoPodAt: '{dev} on {node} leads to no running pod',
  twToPod:
    "For {ip}, {node}'s {why}. The kernel {how} the packet{ttl} into {dev}, whose other end is eth0 of {pod}. No bridge and no NAT.",
  twStraight: 'straight to {ip} on the vSwitch',
  twOut:
    "For {ip} from {src}, {node}'s {why}. The kernel {how} the packet {via} out of {dev}{ttl}; the source stays {src}: Terway adds no masquerade rule on the node.",
  twPodRoute:
    '{pod} has one route, "default via 169.254.1.1 dev eth0 onlink": every destination, {ip} included, goes to 169.254.1.1. No one holds that address; the permanent neighbour entry gives it the MAC of the host end of the veth, {mac}, so no ARP is sent. The frame goes out of eth0 straight into {veth} on {node}.',
  twPodDeliver:
    "{ip} is {pod}'s own address on eth0 (a /32), so the kernel delivers the packet inside the pod's netns{container}.",
  twToContainer: ', to {container}',

  // Multicast, broadcast and martian destinations (packet/special-addresses.ts)
  everyPodOn: 'every pod on {node}',
  groupSend:
    "{what}: the kernel's output routing gives it a route with no gateway (__mkroute_output, net/ipv4/route.c), so {who} sends it out of {dev} as a frame to {mac}, for every station on the segment, rather than to a next hop.",
  groupMulticast: '{ip} is a multicast group',
  groupLimited: '{ip} is the limited broadcast address',
  groupSubnet: "{ip} is the broadcast address of {dev}'s subnet (a broadcast route in {who}'s local table)",
  bcastIn:
    '{ip} is a broadcast, which {who} takes for itself (ip_route_input_slow, brd_input, in net/ipv4/route.c) and routes nowhere.{directed} No answer is traced: answers to a broadcast are unicast packets of their own.',
  bcForwardOff:
    ' A broadcast for a subnet is forwarded only with net.ipv4.conf.*.bc_forwarding, which is off.',
  bcastTaken: '{ip} is a broadcast: {who} takes it for itself and routes it nowhere; no answer is traced',
  allHostsIn:
    '{ip} is the all-hosts group, which every interface joins when it comes up, so {who} takes the packet for itself (ip_route_input_mc, net/ipv4/route.c) and forwards it nowhere: Linux routes multicast only through a multicast router daemon, and none runs. No answer is traced.',
  allHostsTaken:
    '{ip} is multicast (all-hosts): {who} takes it for itself and routes it nowhere; no answer is traced',
  mcastNotJoined:
    '{ip} is a multicast group that {who} has not joined, and Linux never sends multicast through the unicast routing table: with no multicast router, ip_route_input_rcu refuses it (net/ipv4/route.c).',
  mcastNotJoinedAt:
    "{ip} is multicast: {who} has not joined the group and does not route multicast, so the packet goes no further than {dev}'s segment",
  martianDst:
    "{ip} is {kind}: arriving on {dev}, ip_route_input_slow (net/ipv4/route.c) takes it for a martian destination and drops it. Another host's loopback cannot be reached over the network.",
  martianDstAt: 'martian destination {ip} on {who}: {kind} is never accepted from the network',

  // Loops, the hop limit, a destination without an address (loop.ts, run.ts, trace.ts)
  placesAnd: '{first} and {rest}',
  loopNoTtl: 'The packet keeps coming back to {at} without its TTL falling.',
  loopForever: 'forwarding loop between {places} that never lowers the TTL',
  loopRepeats:
    'The packet is back at {at} with the same addresses, so the same {n} hops ({places}) keep repeating for {skipped} more hops (about {rounds} more rounds), each routing hop taking one off the TTL, until the TTL is down to {ttl}.',
  loopTtlOut:
    'The packet arrives at {at} with TTL {ttl}; routing it again would bring it to 0, so it is dropped (and ICMP time exceeded goes back to {ip}).',
  loopTtl: 'TTL exceeded: routing loop between {places} for {ip}',
  loopTtlWhy: 'TTL exceeded: routing loop between {places} for {ip}: {why}',
  hopLimit: 'The trace stops here: it has reached the model’s hop limit.',
  hopLimitAt: 'hop limit of {n} reached',
  notSendable: '{name} is not running and has no IP address, so there is nothing to address the packet to.',
  notSendableAt: '{name} is not running ({phase}) and has no IP address: {why}',
  noAddress: 'no address',
  itIs: 'it is {phase}',
  itIsNotRunning: 'it is not running',

  // A Service's endpoint asked for and not one (packet/service-endpoints.ts)
  notEndpoint: 'pod {pod} is not a ready endpoint of Service {service}; its endpoints: {list}',
  notEndpointNone: 'pod {pod} is not a ready endpoint of Service {service}; it has none',

  // The causes a drop names (packet/diagnose.ts)
  noCidrHolder: 'no node holds a pod CIDR containing {ip}',
  noCidrHolderStarved:
    'no node holds a pod CIDR containing {ip}; {names} got no pod CIDR (CIDRNotAvailable: the cluster CIDR {cidr} has no block left), so no route exists for its pods',
  noCidrHolderYet: 'no node holds a pod CIDR containing {ip}; {names} has no pod CIDR yet',
  noInternetEntry:
    'no custom entry sends Internet traffic to the NAT gateway (0.0.0.0/0 → nat-gateway is missing)',
  noNatNoRoute: 'the VPC has no NAT gateway and no route to the Internet',
  serviceVirtual:
    '{ip} is a Service address of {cidr}: Services are virtual, kube-proxy on the node would translate it before routing (kube-proxy is not modelled)',
  podEniAddress: "the pod's ENI address {ip}",
  noSnatVswitch: 'vSwitch {vswitch}, which holds {whose}, has no SNAT entry (natGateway.snat lists {listed})',
  noSnatOwn:
    "vSwitch {vswitch}, which holds the pod's ENI address {ip}, has no SNAT entry of its own: only the ECS instances {nodes} have one, for their primary addresses (what-if snat-entry-missing)",
  noMasqRules:
    "{node}'s nat POSTROUTING chain has no masquerade rules, so the packet left it with its pod source",
  loopCni0Down:
    'cni0 on {node} is down, so the kernel withdrew the connected route {cidr}; {node} sends the packet back out of eth0 by its default route and the VPC route sends it straight back',
  // A trace's endpoints that cannot be used (packet/endpoints.ts).
  fromNotString: 'the from endpoint must be a string: {forms}',
  toNotString: 'the to endpoint must be a string: {forms}',
  noExternalNamed: 'no external named {name} in this scenario{hint}',
  noPodNamed: 'no pod named {name} in this scenario{hint}',
  noNodeNamed: 'no node named {name} in this scenario{hint}',
  didYouMeanHint: '; did you mean {name}?',
  knownNames: ' (known: {names})',
  notAnEndpoint: '{input} is not an endpoint: use {forms}',
  podNotYet: 'pod {name} does not exist yet at this step: kubelet has not created its sandbox',
  noContainerNamed: 'pod {name} has no container {container}; its containers: {containers}',
  nodeNotYet: 'node {name} does not exist yet at this step: its ECS instance has not been created',
  loopbackSource:
    '{ip} is a loopback address: name the pod or node that sends (pod:NAME/CONTAINER, node:NAME)',
  nothingSendsFrom:
    "nothing in this scenario sends from {ip}: it is no pod's, node's or external's address, not in a vSwitch and not a public address",
  hasNoAddress: '{base} has no address',
  serviceAmbiguous:
    'Service {name} exists in several namespaces ({namespaces}): write service:NAMESPACE/{plain}',
  serviceNotYet: 'Service {name} does not exist yet at this step: kube-apiserver has not admitted it',
  noServiceNamed: 'no Service named {name} in this scenario{hint}',
  noServicePort: 'Service {name} has no port {port}; its ports: {ports}',
  noNodePort: 'no Service has the node port {port}',
  noNodePortNone: 'no Service has the node port {port} (the scenario declares no Services)',
} as const;
