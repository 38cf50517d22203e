import type { ENGINE_PARTS } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';

export const serviceSteps: Translation<typeof ENGINE_PARTS.serviceSteps> = {
  kubeProxyTitle: '{node} 上的 kube-proxy 把 {count, plural, other {# 个 Service}} 写入 iptables',
  kubeProxy:
    'kube-proxy（主机网络上的 DaemonSet Pod，iptables 模式）监听 Service 和 EndpointSlice，并用一次 iptables-restore 重写它的链：{chains} 条 nat 链、{rules} 条 nat 规则。PREROUTING 和 OUTPUT 跳转到 KUBE-SERVICES，它把每个集群 IP 和端口发往对应的 KUBE-SVC- 链；该链按 statistic 模式的概率选出一个端点，再由其 KUBE-SEP- 链 DNAT 到 Pod。POSTROUTING 先跳转到 KUBE-POSTROUTING，对 KUBE-MARK-MASQ 标记过的流量做 masquerade，然后才轮到 flanneld 的规则。没有端点的 Service 则在 filter 表中得到一条 REJECT。',
  noClusterIpTitle: 'kube-apiserver 拒绝 Service {service}：集群 IP 已用完',
  noClusterIp: '服务 CIDR {serviceCidr} 的每个地址都已被占用：“{error}”。',
  clusterIpTitle: 'kube-apiserver 为 Service {service} 分配集群 IP {ip}',
  clusterIp:
    '{type} 类型的 Service {service}：{given, plural, =1 {Service 申请了服务 CIDR {serviceCidr} 内的 {ip}，apiserver 为它保留这个地址} other {Service 没有指定地址，所以 apiserver 的分配器从 {serviceCidr} 的上半部分取一个空闲地址（下半部分留给指定地址的 Service；真实的分配器在那里随机挑选，本模型取最小的空闲地址）}}。集群 IP 不是任何网卡的地址：没有节点或 Pod 持有它，它只存在于 kube-proxy 写下的规则中。{ports, plural, =0 {} other {它还在每个节点上获得节点端口 {nodePorts}。}}',
  sliceEmptyTitle: '{service} 的 EndpointSlice：没有就绪的端点',
  sliceTitle: '{service} 的 EndpointSlice：{endpoints}',
  slice:
    'EndpointSlice 控制器（在 kube-controller-manager 中）列出 Service 选中的 Pod 及其 Pod IP，只列就绪的。{notReady, plural, =0 {} other {未列为就绪：{pods}（未处于 Running 或没有地址）。}}{ready, plural, =0 {没有就绪端点时，kube-proxy 不为该 Service 写 DNAT：由 filter 表中的 REJECT 回复“connection refused”。} other {}}',
};
