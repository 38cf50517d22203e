/**
 * The cluster import (engine/import/): the notes on what a reader could not use or filled in, and
 * the diagnosis' findings. What the cluster printed (condition reasons and messages, names, a JSON
 * parser's error) comes in as a parameter, as printed.
 */
export const clusterImport = {
  impWhatNodes: 'the nodes output',
  impWhatPods: 'the pods output',
  impWhatFlannel: 'the flannel ConfigMap',
  impWhatRoutes: 'the route table output',
  impNotJson: '{what} is not JSON ({reason}); print it with -o json',
  impNoReason: 'no reason given',
  impNotList: 'expected the output of kubectl … -o json: a List with "items" or one {kind}, but got {got}',
  impAnArray: 'an array',
  impNoNetConf: 'no net-conf.json in the ConfigMap; is this kube-flannel-cfg?',
  impNetConfNotJson: 'net-conf.json is not JSON, so the cluster CIDR is taken from the nodes',
  impNoNetwork: 'no Network; the cluster CIDR is taken from the nodes',
  impNoBackend: 'no Backend.Type',
  impNodeNoName: 'a Node without a name was skipped',
  impNoCreated: '{name}: no creation time; kept in list order',
  impNoInternalIp: '{name}: no InternalIP address; the node gets the next free address of its vSwitch',
  impNoPodCidr: '{name}: no pod CIDR (the range allocator has not served it, or the cluster CIDR is full)',
  impNoProviderId: '{name}: no providerID, so its VPC route entries cannot be matched by instance',
  impPodNoName: 'a Pod without a name was skipped',
  impNoContainers: '{pod}: no container names; it gets one container "app"',
  impRouteTables:
    'this is DescribeRouteTableList, which lists route tables without their entries; print the entries with DescribeRouteEntryList --RouteTableId vtb-…',
  impNoRouteEntries:
    'no RouteEntrys.RouteEntry list; print the table with aliyun vpc DescribeRouteEntryList --RouteTableId vtb-…',
  impRouteNoDest: 'a route entry without a destination was skipped',
  impRouteNoHop: '{destination}: a custom entry without a next hop',
  impBadNodeName: 'node name "{name}" is not a DNS-1123 subdomain; skipped',
  impServiceCidr:
    "the Service CIDR is not in these outputs; taken as {cidr} (ACK's default, or the first free one)",
  impBadNetwork: '"{network}" is not a network CIDR',
  impBackend:
    'backend "{backend}": PodPath models the VPC-route mode (ali-vpc); the scenario routes pods through the VPC table',
  impInferredCidr:
    "no flannel Network; the cluster CIDR is taken as {cidr}, the smallest block holding every node's pod CIDR",
  impVswitch: 'no System route entry holds {ip}; vSwitch {name} is taken as {cidr}',
  impVpcCidr:
    "the VPC CIDR is not in these outputs; taken as {cidr} (the vSwitches' block, widened towards /16 clear of the pod CIDR)",
  impPodCidrOff: 'pod CIDR {podCidr} is not a /{mask} block of the cluster CIDR; left for the allocator',
  impHostNetwork: "uses the host network (the node's address), so it is not in the pod network; left out",
  impPodNodeNoCidr: 'runs on {node}, which has no pod CIDR here; left out',
  impPodUnscheduled: 'is {phase} and on no node yet; left out',
  impPodNotRunning: 'is not running and on no node yet; left out',
  impPodNoIp: 'has no pod IP yet (phase {phase}); left out',
  impPodNoIpUnknown: 'has no pod IP yet (phase unknown); left out',
  impPodIpOutside:
    'pod IP {ip} is outside the pod CIDR {cidr} of {node} (or reserved, or taken twice); left out',
  impWrongTarget:
    "the entry for {node}'s pod CIDR points at {hop}, not at {instance}; modelled as missing (the VPC does not deliver it to {node})",
  impNothing: 'nothing',
  impStaleEntry:
    'no node has {destination} (next hop {hop}): a stale entry; it takes quota but is left out of the scenario',
  impNone: 'none',
  impHopNotModelled:
    "next hop {type} {id} is not modelled (a NAT gateway's EIP is not in these outputs); left out",
  findWrongInstance: 'the VPC entry {block} → {hop} points at {owner}, not at {node} ({instance}){cutOff}',
  findNoHop: 'no next hop',
  findOwnerNode: 'node {name}',
  findOwnerGone: 'an instance that is no node of this cluster (deleted?)',
  findCutOff: '; its pods {pods} cannot be reached from other nodes',
  findMissingRoute: 'the VPC route table has no entry {block} → {instance} for {node} ({why}){cutOff}',
  findAtQuota: 'the route table is at its quota',
  findEntryMissing: 'the entry is missing',
  findNotAvailable:
    'the VPC entry {destination} is {status}, not Available; the VPC does not forward by it yet',
  findStale:
    'the VPC entry {destination} → {hop} belongs to no node ({owner}); it takes route quota, and a node that gets this block later would be routed to the wrong place',
  findStaleOwner: 'its instance is {name}, which has another block',
  findStaleGone: 'its instance is no node of this cluster: a deleted node',
  findNotReady: '{node} is NotReady (Ready={status}{detail}){taints}',
  findTaints: '; taints {taints}',
  findNetUnavailable:
    '{node} has NetworkUnavailable=True ({reason}{detail}); the scheduler keeps new pods off it while the taint node.kubernetes.io/network-unavailable stays',
  findNoReason: 'no reason',
  findPodOutside:
    "pod {pod} has {ip}, outside {node}'s pod CIDR {cidr}; the VPC routes {ip} by another node's entry (or none), so answers to it go astray",
  findQuota:
    "route quota: {used} of {quota} custom entries used, {left} left; every new node takes one (ACK's default quota is 200; the real one may differ)",
  findQuotaBuilt:
    "route quota: {used} of {quota} custom entries used, {left} left (as the scenario builds them); every new node takes one (ACK's default quota is 200; the real one may differ)",
  findHeadroom:
    '{more, plural, one {# more node} other {# more nodes}} fit: {blocks} free /{mask} {blocks, plural, one {block} other {blocks}} left in the cluster CIDR {podCidr}, {routes} route entries left ({cidrFirst, plural, =1 {the CIDR} other {the route quota}} runs out first)',
};
