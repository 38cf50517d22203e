import type { ENGINE_PARTS } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';

export const hops: Translation<typeof ENGINE_PARTS.hops> = {
  noSandbox: '{pod} 没有沙箱，也就没有网络命名空间：它的容器一个都没在运行，无法发送任何数据。',
  unspecified:
    '0.0.0.0 在网络上不指代任何主机：发往它的数据包，输出路由（net/ipv4/route.c 中的 ip_route_output_key_hash_rcu）会把发送方自己 127.0.0.1 当作目的地址。',
  onlyLo: '{pod} 的网络命名空间里只有 lo：没有 eth0 地址，也没有路由，所以内核返回“{error}”。',
  podVia: '经由 {ip} 的路由（该地址是节点上 cni0 的地址）',
  podConnected: '直连路由 {cidr}（目的地址就在它自己的网段上）',
  podArp: '{pod} 选择{how}，然后发送 ARP 询问谁拥有 {ip}。',
  podArpNone: '网段上没有任何设备应答对 {ip} 的 ARP 请求，内核只好放弃：“{error}”。',
  podSendArp: '{pod} 选择{how}，从 eth0 发出对 {ip} 的 ARP 请求，经 veth pair 到达节点。',
  podSend:
    '{pod} 选择{how}，把数据包封装成发往 {mac}（由 ARP 获知）的帧，从 eth0 发出，经 veth pair 到达节点。',
  noNode: '{node} 不存在。',
  notPodAddress: '{ip} 不是 {pod} 的地址，而 Pod 不会转发数据包。',
  podDeliver: '{ip} 是 {pod} 在 eth0 上的自有地址，因此内核在该 Pod 的网络命名空间内交付数据包。',
  podDeliverTo:
    '{ip} 是 {pod} 在 eth0 上的自有地址，因此内核在该 Pod 的网络命名空间内把数据包交付给 {container}。',
  ownLo: '127.0.0.0/8 是每个命名空间自己的 lo：从这里无法到达节点或其他 Pod 的回环地址。',
  podLoopback:
    '{note}{ip} 是 {pod} 网络命名空间内的本地地址，因此内核经 lo 发送数据包，它根本不会到达 eth0。{own}',
  podLoDeliver: '{pod} 的所有容器共享这个网络命名空间及其 lo，因此数据包无需离开 Pod 即被交付。',
  podLoDeliverTo:
    '{pod} 的所有容器共享这个网络命名空间及其 lo，因此数据包无需离开 Pod 即交付给 {container}。',
  ipStackOf: '{node} 的 IP 协议栈',
  theVeth: 'veth {port}',
  theFrame: '该帧',
  arpRequestFor: '对 {ip} 的 ARP 请求',
  cni0DownDrops: 'cni0 处于 down 状态，其端口全部被禁用，网桥丢弃从{from}到来的{what}。',
  noFdbEntry: 'cni0 的 FDB 中没有 {mac} 的条目；它泛洪该帧，但没有任何端口应答。',
  bridgeUp:
    '该帧的目的 MAC 是 cni0 自己的 MAC，因此网桥不把它转发到某个端口，而是上交给 {node} 的 IP 协议栈。',
  hairpin: '（hairpin 模式允许它从进入的端口离开）',
  thePod: '该 Pod',
  bridgeForward:
    'cni0 在其 FDB 中查到 {mac} 位于 {dev} 之后，于是把帧转发过去{hairpin}，经 veth pair 进入 {pod}；在二层转发时 TTL 不变。',
  noPodOnPort: '没有 Pod 连接在 {dev} 上。',
  floodToPods:
    '{mac} 是组播/广播 MAC，因此 cni0 把该帧泛洪到每个端口：{node} 上的 {pods} 个 Pod 各收到一份副本。',
  floodFromPod:
    '{mac} 是组播/广播 MAC，因此 cni0 把该帧泛洪到除 {port} 以外的所有端口（{node} 上的其他 {pods} 个 Pod），并上交一份副本给 {node} 的 IP 协议栈，本次路径跟随这一份。',
  nodeLoopback: '{note}{ip} 是 {node} 自己的地址之一，因此内核经 lo 发送数据包。',
  nodeStays: '数据包从未离开 {node}：它在本地被交付。',
  vswitchNoSegment:
    '{dev} 背后的交换机并不是以太网网段：VPC 自己应答 ARP，组播只在 CEN 组播域内传递，而本场景中没有组播域，因此其他实例都收不到该帧。',
  martianSource:
    '数据包从 {dev} 进入，源地址却是 {ip}，即 {node} 自己的地址之一：内核把它视为火星包（martian）并丢弃。',
  nodeDeliver: '{ip} 是 {node} 自己的地址之一（在 {dev} 上），因此内核在本地交付数据包，而不再路由。',
  ttlOut:
    '数据包到达时 TTL 为 {ttl}；转发会使其降为 0，因此内核丢弃它，并回送 ICMP 超时（time exceeded）报文。',
  // viaStraight and viaGateway end in an address: their trailing space keeps it apart from the verb that follows ({via}发送).
  viaStraight: '直接向 {dev} 上的 {ip} ',
  viaGateway: '经交换机网关 {ip} ',
  nodeSends: '{node} 对 {ip} 的最长匹配路由是{route}，因此它{via}发送数据包{source}。',
  nodeForwards: '{node} 对 {ip} 的最长匹配路由是{route}，因此它{via}转发数据包，并把 TTL 减到 {ttl}。',
  cni0ArpNone: 'cni0 上没有任何设备应答对 {ip} 的 ARP 请求，内核只好放弃：“{error}”。',
  viaHostGw:
    '经 {peer} 的地址 {ip}（host-gw：下一跳就是另一个节点本身）。VPC 像对待 VPC 中的每个邻居一样，用自己的 MAC {mac} 应答对 {ip} 的 ARP，因此帧被送到 vRouter，再由 vRouter 按目的 IP（即 Pod 地址）',
  defaultRoute: '默认路由（不存在更具体的路由）',
  hostGwRoute: ' flanneld 的 host-gw 路由 {route}',
  podCidrRoute: ' cni0 上的直连 Pod CIDR',
  vswitchRoute: ' {dev} 上的直连交换机路由',
  fromRouteSrc: '，源地址为 {ip}（路由的 src）',
  fromDevice: '，源地址为 {ip}（{dev} 的地址）',
  natRule1: '源地址和目的地址都在集群 CIDR 内，所以 Pod 之间的流量保留原地址',
  natRule2: '一个 Pod 在访问集群 CIDR 之外的地址',
  natRule3: '从集群 CIDR 之外发往本节点自己 Pod 的流量不做处理',
  natRule4: '主机自身（集群 CIDR 之外的源地址）在访问其他节点的 Pod',
  natRuleMatches: '它匹配了',
  cniChainAccept:
    '源地址是本节点的 Pod，因此 POSTROUTING 第 {jump} 条规则跳转到 bridge 插件写入的链 {chain}，该链第 {rule} 条规则对发往本节点 Pod 子网的流量执行 ACCEPT：不做 NAT',
  cniChainMasq:
    '源地址是本节点的 Pod，因此 POSTROUTING 第 {jump} 条规则跳转到 bridge 插件写入的链 {chain}（由于 FLANNEL_IPMASQ=false，其委托配置中 ipMasq: true），该链第 {rule} 条规则对所有发往本节点 Pod 子网之外、且非组播的流量做伪装（MASQUERADE），包括发往其他节点 Pod 的流量',
  nodeUnNat:
    '连接跟踪（conntrack）认出这是 {node} 曾做过伪装的连接的应答，于是在路由之前恢复原地址：目的地址 {from} 改回 {to}。',
  bridged:
    'br_netfilter（bridge-nf-call-iptables=1）把桥接的数据包交给 iptables，输出设备为 cni0。{sentence}',
  natJump: 'nat POSTROUTING：{meaning}。',
  natReturn: 'nat POSTROUTING 第 {rule} 条规则执行 RETURN：{meaning}。',
  natPolicy: '没有任何 nat POSTROUTING 规则匹配{why}，因此由链的默认策略 ACCEPT 放行，数据包源地址不变。',
  sameSource: '（源地址本来就是这个地址，所以看不出变化）',
  masqJump:
    'nat POSTROUTING：{meaning}：源地址改为 {dev} 的地址 {ip}{same}，conntrack 记下这一映射以便处理应答。{vpc}',
  masqRule:
    'nat POSTROUTING 第 {rule} 条规则执行 MASQUERADE，因为{meaning}：源地址改为 {dev} 的地址 {ip}{same}，conntrack 记下这一映射以便处理应答。{vpc}',
  noIpMasq:
    '（flanneld 未带 --ip-masq 运行，ipMasq 为 false：链中只有 bridge 插件为本节点 Pod 地址添加的跳转规则，而这个源地址不属于其中任何一个）',
  masqRulesMissing: '（链是空的：{node} 上缺少 flanneld 的伪装规则）',
  masqRulesNotYet: '（链是空的：flanneld 尚未在 {node} 上添加伪装规则）',
  vpcMasqNote:
    '上游 flannel 对发往 VPC 内其他 ECS 实例的流量也会做伪装；ACK 自己的构建是否豁免 VPC CIDR 尚未核实。',
  ttlStays: '{sentence}；TTL 保持 {ttl} 不变。',
  noVpcEntry: 'VPC 路由表中没有任何条目包含 {ip}，连默认路由也没有，因此 vRouter 无处可发。',
  vpcToNat: 'vRouter 对 {ip} 的最长匹配是 {entry}，因此它把数据包交给 NAT 网关',
  vpcToService: 'vRouter 对 {ip} 的最长匹配是 {entry}：阿里云自己的服务（DNS、元数据、服务端点）就在那里',
  serviceAnswers: '一个阿里云服务在这个地址上应答。',
  vpcToEni:
    'vRouter 对 {ip} 的最长匹配是 {entry}：{ip} 是弹性网卡 ENI {eni} 的私网地址，该 ENI 以 {dev} 挂载在 {node} 上，因此 VPC 把数据包交付给这个 ENI。整个过程不涉及自定义路由',
  vpcToNode: 'vRouter 对 {ip} 的最长匹配是 {entry}，因此它把数据包交付到 {node} 的 eth0（ECS {ecs}）',
  noInstance: '该条目指向的实例 {instance} 不存在。',
  vpcRefused: 'vRouter 对 {ip} 的最长匹配是 {entry}，但{refused}。',
  vpcToOutside:
    'vRouter 对 {ip} 的最长匹配是 {entry}；场景中没有节点持有 {ip}，因此它被送往集群之外持有该地址的 ECS 实例',
  outsideReceives: '交换机 {vswitch} 上一台集群之外（不在场景中）的 ECS 实例持有这个地址，并收到数据包。',
  reservedByVswitch: '{ip} 是交换机自身保留的地址',
  notCreatedYet: '将持有该地址的 {node} 的 ECS 实例尚未创建',
  outsideIt: '{ip} 不在该网段内',
  natGwMissing: '没有 NAT 网关。',
  ownEip: '{ip} 是 NAT 网关自己的弹性公网 IP（EIP），而它没有 DNAT 条目，因此背后没有任何主机应答。',
  notRoutable: '{ip} 是{kind}：互联网不路由它，vRouter 把它送到这里只是因为 0.0.0.0/0 是最佳匹配。',
  natNoSnatEntry:
    '没有 SNAT 条目覆盖源地址 {ip}：SNAT 条目指定的是 VPC 的交换机，而这个地址不属于其中任何一个，因此 NAT 网关不会转换它。',
  snatOfEcs:
    'ECS {owner} 的 SNAT 条目（{cidr}）匹配 {ip}：NAT 网关把源地址改写为它的 EIP {eip}，记下映射，并把数据包发往互联网。',
  snatOfVswitch:
    '交换机 {owner} 的 SNAT 条目（{cidr}）匹配 {ip}：NAT 网关把源地址改写为它的 EIP {eip}，记下映射，并把数据包发往互联网。',
  noDnat: '这个连接不是 VPC 内部发起的，而 EIP 没有 DNAT 条目，因此 NAT 网关丢弃它。',
  natUnNat:
    'NAT 网关认出这是它转换过的连接的应答，于是恢复原来的目的地址：{from} 改回 {to}，数据包重新进入 VPC。',
  hostOwn: '{ip} 是该主机自己的地址：数据包留在主机上。',
  hostToItself: '主机把数据包交付给自己。',
  internetRoutesNone: '{ip} 是{kind}，互联网不路由这类地址。',
  hostSendsVpc: '主机把发往 {ip} 的数据包交给所在交换机，由 VPC 的 vRouter 接手。',
  hostSendsInternet: '主机经互联网发送发往 {ip} 的数据包。',
  internetHost: '互联网主机 {ip}',
  kindLimitedBroadcast: '受限广播地址',
  kindMulticast: '组播组地址（224.0.0.0/4）',
  kindReserved: '保留地址（240.0.0.0/4）',
  kindThisNetwork: '0.0.0.0/8 中的地址（“本网络”）',
  kindLoopback: '回环地址（127.0.0.0/8）',
  kindLinkLocal: '链路本地地址（169.254.0.0/16）',
  kindShared: '共享地址空间 100.64.0.0/10（RFC 6598）中的地址',
  kindPrivate: '私网地址',
  kindAddress: '普通地址',
  internetCarries: '互联网把数据包送到 {who}，对方看到它来自 {ip}，并向该地址应答。',
};
