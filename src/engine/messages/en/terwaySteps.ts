/**
 * The construction steps of a Terway cluster (terway/: cluster, node and pod phases), English.
 * `NAMETitle` is a step's title, `NAME` its explanation; a `{flag, plural, =1 {…} other {…}}`
 * chooses between wordings by a number. Texts quoted from ECS, terwayd and the CNI plugin come in
 * as parameters.
 */
export const terwaySteps = {
  tControlPlaneTitle: 'Control plane configured for Terway: pod vSwitches instead of a pod CIDR',
  tControlPlane:
    "The cluster is created with the Terway network plugin. Instead of a cluster CIDR to cut into one block per node, it is given pod vSwitches ({own, plural, =1 {each node's own vSwitch} other {{vswitches}}}): every pod will get a private address of the VPC itself, taken from an ENI in one of them. kube-controller-manager has no per-node pod CIDR to allocate.",
  tRegister:
    'kubelet creates the Node object with --cloud-provider=external, so it carries the taint {taint} until the cloud controller manager has initialized it. On Terway the node will never need a spec.podCIDR.',
  tInitNodeTitle: 'CCM initializes Node {node}',
  tInitNode:
    "The cloud controller manager's node controller finds ECS {id} behind {node}, sets its provider id and labels, and lifts the uninitialized taint. With Terway it manages no VPC routes, so it sets no NetworkUnavailable condition: nothing has to be written into the VPC route table for {node}'s pods to be reachable.",
  tDaemonTitle: 'terway-eniip pod scheduled on {node}',
  tDaemon:
    "The terway-eniip DaemonSet puts one pod on every node, {node} included, in the host's network namespace. It holds terwayd, the daemon that owns the node's ENIs and hands pod addresses out of them.",
  tConflistTitle: 'Init container writes 10-terway.conflist on {node}',
  tConflist:
    'The terway-eniip pod\'s init container copies the terway CNI binary to /opt/cni/bin and writes /etc/cni/net.d/10-terway.conflist: kubelet will run type "terway" for every pod on {node}. It also turns reverse-path filtering off on eth0 (rp_filter=0): replies to pods will come back on other interfaces than the ones the requests left by.',
  tMaxIpTitle: 'terwayd on {node}: {annotation}={max}',
  tMaxIp:
    "terwayd starts and asks ECS (DescribeInstanceTypes) what the instance can hold: {typed, plural, =1 {{type}: } other {}}{adapters} ENIs of {ips} private addresses each. eth0 stays the node's own, so pods can have ({adapters} − 1) × {ips} = {max} addresses; terwayd writes that into the node annotation {annotation}. It creates no ENI yet: the first pod will ask for one. No VPC route and no masquerade rule are made for {node}.",
  tDryTitle: "What-if: {vswitches} has no address left for {node}'s pods",
  tDry: 'When {node} asks for its first pod address, other instances and ENIs have taken every free address of {vswitches}. Running pods keep theirs; any pod needing a new one there, on any node, finds none.',
  tSandbox:
    '{pod} is bound to {node}. kubelet asks the container runtime for a sandbox (the pause container), which owns a fresh network namespace shared by {count, plural, =1 {its container {containers}} other {all # containers ({containers})}}. kubelet then runs the CNI plugin of 10-terway.conflist, type "terway", which asks terwayd on the node for an address over its socket /var/run/eni/eni.socket (AllocIP).',
  tCreateEniTitle: 'terwayd creates ENI {eni} in {vswitch}',
  tCreateEni:
    "{node} has no ENI with a free address, so terwayd calls CreateNetworkInterface: vSwitch {vswitch} ({cidr}), the cluster's security group, SourceDestCheck off (the ENI will carry pods' addresses, not only its own), one private address. ECS picks {ip} in {vswitch}, a VPC address like the nodes' own.",
  tAttachTitle: 'ENI {eni} attached to {node} as {device}',
  tAttach:
    "terwayd calls AttachNetworkInterface and waits until the instance metadata service lists the ENI's MAC {mac} with its address. The node sees a new network interface, {device} (ifindex {ifindex}); its policy-routing table will be {table} (1000 + ifindex). The VPC now delivers {ip} to this ENI, with no route table entry: the address belongs to the vSwitch.",
  tAssignTitle: 'terwayd assigns {ip} to {device} ({eni})',
  tAssign:
    '{device} has room ({used} of its addresses are in use), so terwayd calls AssignPrivateIpAddresses on {eni}: ECS adds {ip}, a secondary private address in {vswitch}, and the VPC will deliver it to this ENI.',
  tPodIpTitle: '{pod} gets {ip} on eth0, routed by policy via {device}',
  tPodIp:
    'terwayd answers with {ip} on {device}. The terway plugin creates a veth pair: eth0 in {pod} with {ip}/32, a route "default via 169.254.1.1 dev eth0 onlink" and a permanent neighbour entry for 169.254.1.1 with the MAC of the host end, {veth} on {node}. No bridge and no connected subnet: every packet of the pod goes to the node. On the node it adds "{ip} dev {veth} scope link" to the main table and two rules: {toPriority}: to {ip} lookup main (traffic for the pod goes to its veth) and {fromPriority}: from {ip} lookup {table} (traffic from the pod leaves by {device}, the ENI that owns its address, to the vSwitch gateway). {pod} is Running.',
  tIpNotEnoughTitle: 'vSwitch {vswitch} has no address left: InvalidVSwitchId.IpNotEnough',
  tIpNotEnough:
    'terwayd needs one more address for {pod}, but ECS answers "{error}" (HTTP 403). terwayd records AllocIPFailed on {node}, blocks the vSwitch for a while, and sets the node condition SufficientIP=False (InsufficientIP, "node has insufficient IP"). Every pod vSwitch of {node} is out of addresses: a Terway node cannot start pods once its vSwitches are full, however many ENIs it may still attach.',
  tNoAddressTitle: 'No address for {pod}: {error}',
  tNoAddress:
    'terwayd answers AllocIP with "{error}": {why, plural, =0 {every ENI the instance type allows is attached and holds all the addresses it may: the node is at its max-available-ip} =1 {{node} has no ENI of its own and ECS refuses to attach one ({code})} other {no ENI of {node} can get another address: vSwitch {vswitch} has none left}}. The terway plugin fails the ADD with "{cniError}" and records AllocIPFailed on the pod; the runtime tears the sandbox down and {pod} stays in ContainerCreating, retried by kubelet.',
  tEniRefusedTitle: 'ECS refuses a new ENI on {node}: {code}',
  tEniRefused:
    'What-if: ENIs terwayd did not create take every ENI slot of ECS {id}. For {pod}, CreateNetworkInterface answers {code}; terwayd records AllocIPFailed on {node} and waits a minute. No pod of {node} gets an address.',
};
