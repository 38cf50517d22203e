/**
 * The construction steps' titles and explanations (construction/: the initial, cluster, node and
 * pod phases of a Flannel cluster), English, the source of every language. `NAMETitle` is a step's
 * title, `NAME` its explanation. A `{flag, plural, =1 {…} other {…}}` chooses between two wordings
 * by a 0/1 parameter. Texts quoted from real components come in as parameters.
 */
export const steps = {
  vpcTitle: 'VPC {cidr} created',
  vpc: 'The VPC is a private network of {cidr} with its own virtual router (vRouter). The vRouter forwards by a route table; Alibaba Cloud puts a system entry for {cloud} (its cloud services) there from the start.',
  vswitchTitle: 'vSwitch {name} {cidr} created',
  vswitch:
    'A vSwitch is a subnet of the VPC in one zone. The cloud adds a system route {cidr} → {name} so the vRouter can reach every instance on it. The vSwitch keeps its first address and its last three for itself; its gateway is {gateway}.',
  ecsTitle: 'ECS {id} ({node}) created at {ip}',
  ecs: 'The ECS instance that will become {master, plural, =1 {the control-plane node} other {the worker node}} {node} gets eth0 {ip}/{prefix} from vSwitch {vswitch}, and a default route via the vSwitch gateway {gateway}. It knows nothing of Kubernetes yet.',
  natTitle: 'NAT gateway created with EIP {eip}',
  nat: 'A NAT gateway with the elastic IP {eip} gives private addresses of the VPC a way out: it rewrites their source to {eip} (SNAT). It is used only once a route sends traffic to it.',
  routeRefusedTitle: 'Custom route {destination} refused: QuotaExceeded',
  routeRefused:
    'The route table already holds {limit} custom entries, its quota. CreateRouteEntry answered HTTP 400 {error}',
  routeTitle: 'Custom route {destination} → {nat, plural, =1 {NAT gateway} other {{node}}}',
  route:
    "A custom entry sends {destination} to {nat, plural, =1 {the NAT gateway} other {instance {id} ({node})}}. {all, plural, =1 {Anything the VPC has no more specific route for now leaves through the NAT gateway. } other {}}Custom entries count against the route table's quota of {limit}: with this one, {used, plural, =1 {# is} other {# are}} in use.",
  clusterCidrTitle: 'Cluster CIDR {podCidr} written into kube-controller-manager.yaml',
  clusterCidr:
    'The cluster CIDR chosen in the console travels to the provisioning script on the master, which hands it to kubeadm. kubeadm writes it into the static-pod manifest of kube-controller-manager: --allocate-node-cidrs=true --cluster-cidr={podCidr} --node-cidr-mask-size={maskSize}. From now on the controller can cut the cluster CIDR into /{maskSize} blocks, one per node.',
  registerTitle: 'kubelet on {node} registers Node {node}',
  register:
    'kubelet creates the Node object. Its spec.podCIDR is still empty. kubelet runs with --cloud-provider=external, so it registers the node with the taint {taint}: no ordinary pod may be scheduled there until the cloud controller manager has initialized it.',
  initNodeTitle: 'CCM initializes Node {node}: NetworkUnavailable=True',
  initNode:
    'The cloud controller manager\'s node controller finds ECS {id} behind {node}, sets its provider id and labels, and lifts the uninitialized taint. Because it also manages the VPC routes, it sets the condition NetworkUnavailable=True (NoRouteCreated, "Node created without a route"); kube-controller-manager\'s node lifecycle controller turns that condition into the taint {taint}. Only pods that tolerate it, like kube-flannel, can land on {node} until a route to its pods exists.',
  podCidrTitle: '{node} gets pod CIDR {block}',
  podCidrGiven:
    'The allocator had assigned {block} to {node}: the cluster was imported with this block in spec.podCIDR. When kube-controller-manager starts, its range allocator marks every block a Node already holds as used (occupyCIDRs), so blocks are never handed out twice and the other nodes get the free ones. Every pod on {node} gets its address from this block.',
  podCidr:
    'The range allocator in kube-controller-manager takes the next free /{prefix} block of {podCidr}, going round-robin in registration order, and sets spec.podCIDR and spec.podCIDRs of {node} to {block} (log: "Set node PodCIDR"). Every pod on {node} will get its address from this block.',
  noPodCidrTitle: '{node} gets no pod CIDR: CIDRNotAvailable',
  noPodCidr:
    'Every /{maskSize} block of {podCidr} is taken. The allocator logs "{error}" and records the event CIDRNotAvailable on {node}. The node stays without a pod CIDR; the controller keeps retrying, but nothing frees up unless a node is deleted.',
  flannelPodTitle: 'kube-flannel pod scheduled on {node}',
  flannelPod:
    "The kube-flannel DaemonSet puts one pod on every node, {node} included. It runs in the host's network namespace (hostNetwork) and tolerates the network-unavailable taint: it is part of building the network, so it cannot wait for it.",
  installCniTitle: 'install-cni copies 10-flannel.conf to {node}',
  installCni:
    'Before flanneld starts, the pod\'s init container install-cni copies the CNI configuration from the kube-flannel ConfigMap to /etc/cni/net.d/10-flannel.conf on the host. kubelet will read it to know which CNI plugin builds each pod\'s network: type "flannel".',
  neverStartsTitle: 'flanneld on {node} never starts',
  neverStarts:
    'What-if: flanneld on {node} never gets as far as its lease, so subnet.env is never written and no masquerade rules are added: pods placed there fail their CNI ADD and stay in ContainerCreating. (One that dies after setup leaves subnet.env and its rules, and alloc-mode traffic goes on.)',
  flanneldFailsTitle: 'flanneld on {node} fails',
  flanneldFails:
    'flanneld exits with: {error}. It never writes /run/flannel/subnet.env on {node}, so every pod placed there will fail its CNI ADD and stay in ContainerCreating.',
  subnetEnvTitle: 'flanneld on {node} writes subnet.env',
  subnetEnv:
    'flanneld (--kube-subnet-mgr, backend "alloc") reads its lease straight from spec.podCIDR of {node}, {podCidr}, and writes /run/flannel/subnet.env: FLANNEL_SUBNET={gateway}/{prefix}, FLANNEL_MTU={mtu}. The alloc backend builds no tunnel and no route: there is no flannel.1 device and no encapsulation. flanneld builds the channels; it does not touch pods.',
  leaseTitle: 'flanneld on {node} takes its lease',
  vxlanTitle: 'flanneld on {node} creates flannel.1 and takes its lease',
  vxlan:
    "flanneld (--kube-subnet-mgr, backend \"vxlan\") creates the VXLAN device {device} on {node}: VNI {vni}, local {ip} dev eth0, UDP port {port}, MTU {mtu} (eth0's 1500 minus 50 bytes of headers), MAC {mac}, and the address {vtep}/32, its pod CIDR's first address. It publishes the lease in the Node's annotations (backend-type vxlan, backend-data with the VtepMAC, public-ip {publicIp}), writes /run/flannel/subnet.env with FLANNEL_SUBNET={gateway}/{prefix} and FLANNEL_MTU={mtu}, and sets NetworkUnavailable=False (FlannelIsUp). For every other node's lease it adds, in this order, a permanent neighbour (that node's flannel.1 address → its VTEP MAC), an FDB entry (that MAC → that node's eth0 address) and the route \"<pod CIDR> via <its .0> dev flannel.1 onlink\". {peers, plural, =0 {No other node has a lease yet, so flannel.1 has no route, neighbour or FDB entry for now.} =1 {It also adds the same three entries for each of the # node already up ({list}), and each of their flanneld adds them for {node}.} other {It also adds the same three entries for each of the # nodes already up ({list}), and each of their flanneld adds them for {node}.}} The VPC route table gets nothing: the VPC only ever sees packets between node addresses.",
  hostGwTitle: 'flanneld on {node} takes its lease (host-gw)',
  hostGwRefusedTitle: 'flanneld on {node} takes its lease (host-gw): routes refused',
  hostGw:
    'flanneld (--kube-subnet-mgr, backend "host-gw") publishes its lease (backend-type host-gw, public-ip {ip}), writes /run/flannel/subnet.env with FLANNEL_SUBNET={gateway}/{prefix} and FLANNEL_MTU={mtu}, and sets NetworkUnavailable=False (FlannelIsUp). Every flanneld adds a route "{podCidr} via {ip} dev eth0" and {node} adds one via each other node ({peers} so far): the next hop is the other node itself. On a VPC that does not help: the VPC answers every ARP with its own MAC, so the frame goes to the vRouter, which forwards by the destination IP, a pod address it has no entry for.{failed, plural, =0 {} other { Some routes cannot be added: their next hop is in another vSwitch, not on eth0\'s link, and the kernel refuses a gateway it has no link route to. {errors}{more, plural, =0 {} other { (and {more} more)}}. flanneld logs the error and goes on; those nodes\' pods cannot reach each other.}}',
  masqTitle: 'flanneld on {node} adds masquerade rules',
  masq: "Started with --ip-masq, flanneld adds nat POSTROUTING rules on {node}: traffic between addresses of {podCidr} is left alone, while a pod talking to anything outside it gets its source rewritten to the node's eth0 address (MASQUERADE). That is how pods reach the Internet or other ECS instances with replies finding their way back.",
  noVpcRouteTitle: 'No VPC route for {node}: it has no pod CIDR',
  noVpcRoute:
    "The CCM's route controller creates routes only for nodes with spec.podCIDR set. {node} has none, so it records NetworkUnavailable=True (NoRouteCreated), the node keeps the {taint} taint and the VPC has no way to reach pods there.",
  vpcRouteRefusedTitle: 'VPC route for {node} refused: QuotaExceeded',
  vpcRouteRefused:
    'The CCM asks the VPC for {destination} → {id}, but the route table already holds its quota of {limit} custom entries. The API answers HTTP 400 {error} The CCM records CreateRouteFailed and {node} keeps NetworkUnavailable=True and with it the {taint} taint, so the scheduler places no ordinary pod there: this is where a Flannel VPC-route cluster stops growing.',
  vpcRouteTitle: 'CCM adds VPC route {destination} → {node}',
  vpcRoute:
    "The Cloud Controller Manager, not flanneld, writes the VPC route table in ACK: {destination} → ECS {id}. The vRouter now knows where every pod of {node} lives, so packets for them travel the VPC as plain IP packets, with no encapsulation. NetworkUnavailable turns False (RouteCreated), and kube-controller-manager's node lifecycle controller lifts the {taint} taint: ordinary pods may now be scheduled on {node}. Custom entries used: {used} of {limit}.",
  taintedTitle: '{pod} stays Pending: {node} is tainted',
  tainted:
    '{pod} may only run on {node}, and {node} still carries the taint {taint}, which {pod} does not tolerate. kube-scheduler binds it nowhere and records FailedScheduling: "{error}" No kubelet sees the pod, so no sandbox, no network namespace and no CNI call happen; it stays Pending until the taint is lifted.',
  fullTitle: '{count, plural, =1 {{pod} stays} other {# pods stay}} Pending: {node} is full',
  full: '{node} already has {max} pods bound (kubelet\'s maxPods, kube-flannel included): kube-scheduler\'s NodeResourcesFit filter refuses more ("Too many pods") and preemption finds nothing to evict, so {pod}{count, plural, =1 { stays} other { and the {after} after it stay}} Pending with FailedScheduling "{error}" No kubelet sees {count, plural, =1 {it} other {them}}: no sandbox, netns, CNI call or IP.',
  sandboxTitle: 'Sandbox for {pod} on {node}: a new network namespace',
  sandbox:
    '{pod} is bound to {node}. kubelet asks the container runtime for a sandbox (the pause container), which owns a fresh network namespace. {count, plural, =1 {Its container {containers} will join it.} other {All # containers ({containers}) will join it and share one lo and one eth0.}} For now the namespace holds only lo.',
  noSubnetEnvTitle: 'CNI ADD for {pod} fails: no subnet.env',
  noSubnetEnv:
    'kubelet runs the Flannel CNI plugin (type "flannel" in 10-flannel.conf). Its first move is to read /run/flannel/subnet.env, which flanneld has not written on {node}: "{error}" The runtime tears the sandbox down again; kubelet records FailedCreatePodSandBox and retries, and {pod} stays in ContainerCreating.',
  delegateTitle: 'Flannel CNI reads subnet.env and delegates to bridge',
  delegate:
    "kubelet calls the Flannel CNI plugin with ADD. The plugin, a binary on the node and not the flanneld pod, reads subnet.env and turns it into a config for the bridge plugin: bridge cni0 as the pods' gateway, host-local IPAM over {podCidr}, a route to {network}, MTU {mtu}, and ipMasq {bridgeMasq} (the opposite of FLANNEL_IPMASQ: {masq, plural, =1 {flanneld already masquerades} other {flanneld does not masquerade, so the bridge plugin must}}). It saves that config under /var/lib/cni/flannel/{id}… and runs bridge. flanneld built the channel; the CNI plugin now builds this pod's branch.",
  cni0Title: 'bridge plugin creates cni0 on {node} ({gateway}/{prefix})',
  cni0: "{pod} is the first pod on {node}, so the bridge plugin creates the Linux bridge cni0, gives it the gateway address {gateway}/{prefix} (it also makes sure net.ipv4.ip_forward is 1, which kubeadm already required of the node). The kernel adds the connected route {podCidr} dev cni0. The CNI plugin made it, yet cni0 belongs to the node's network: every later pod on {node} plugs into the same bridge.",
  vethTitle: 'veth pair {veth} ↔ eth0 for {pod}',
  veth: "The bridge plugin creates a veth pair: a virtual cable with two ends. One end becomes eth0 inside {pod}'s namespace; the other, {veth}, stays on {node} and is attached to cni0 with hairpin mode on. Frames from the pod now reach the bridge.",
  noIpTitle: 'No IP left for {pod} on {node}',
  noIp: 'host-local has handed out every usable address of {podCidr} (all but the network, the gateway and the broadcast) and answers "{error}". The ADD fails, the sandbox and its veth are torn down, and {pod} stays in ContainerCreating.',
  podIpTitle: '{pod} gets IP {ip}',
  podIp:
    "{given, plural, =1 {The allocator had assigned {ip} to {pod}: the cluster was imported with this pod IP, which host-local keeps reserved in /var/lib/cni/networks/cbr0/{ip}, so no other pod gets it.} other {host-local IPAM hands out the next free address of {podCidr} after the last one it gave, skipping the gateway, and records it in /var/lib/cni/networks/cbr0/{ip}.}} The bridge plugin puts {ip}/{prefix} on the pod's eth0 with routes to {network} and a default via {gateway}.{masq, plural, =1 {} other { FLANNEL_IPMASQ=false, so the Flannel CNI plugin gave the bridge plugin ipMasq: true: it adds the nat chain {chain} for {ip}, which accepts traffic to {podCidr} and masquerades everything else that is not multicast, other nodes' pods included.}} {pod} is Running.",
};
