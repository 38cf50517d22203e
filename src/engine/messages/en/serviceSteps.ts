/** The Service phase's steps (construction/service-phase.ts), English. */
export const serviceSteps = {
  kubeProxyTitle:
    'kube-proxy on {node} writes {count, plural, =1 {# Service} other {# Services}} into iptables',
  kubeProxy:
    "kube-proxy (a DaemonSet pod on the host network, iptables mode) watches Services and EndpointSlices and rewrites its chains with one iptables-restore: {chains} nat chains and {rules} nat rules. PREROUTING and OUTPUT jump to KUBE-SERVICES, which sends each cluster IP and port to its KUBE-SVC- chain; that chain picks an endpoint with statistic-mode probabilities and its KUBE-SEP- chain DNATs to the pod. POSTROUTING jumps to KUBE-POSTROUTING first, which masquerades what KUBE-MARK-MASQ marked, before flanneld's rules. A Service without endpoints gets a REJECT in the filter table instead.",
  noClusterIpTitle: 'kube-apiserver refuses Service {service}: no cluster IP left',
  noClusterIp: 'Every address of the service CIDR {serviceCidr} is taken: "{error}".',
  clusterIpTitle: 'kube-apiserver gives Service {service} the cluster IP {ip}',
  clusterIp:
    "{type} Service {service}: {given, plural, =1 {the Service asks for {ip}, inside the service CIDR {serviceCidr}, and the apiserver reserves it} other {the Service asks for no address, so the apiserver's allocator takes a free one from the upper part of {serviceCidr} (the lower part is kept for Services that ask; the real allocator picks at random there, the model takes the lowest free address)}}. The cluster IP is no interface's address: no node or pod holds it, it lives only in the rules kube-proxy writes.{ports, plural, =0 {} =1 { It also gets the node port {nodePorts} on every node.} other { It also gets the node ports {nodePorts} on every node.}}",
  sliceEmptyTitle: 'EndpointSlice of {service}: no ready endpoints',
  sliceTitle: 'EndpointSlice of {service}: {endpoints}',
  slice:
    'The EndpointSlice controller (in kube-controller-manager) lists the pods the Service selects, with their pod IPs, ready ones only.{notReady, plural, =0 {} other { Not listed as ready: {pods} (not Running with an address).}}{ready, plural, =0 { With no ready endpoint, kube-proxy writes no DNAT for the Service: its filter-table REJECT answers "connection refused".} other {}}',
};
