import type { ENGINE_PARTS } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';

export const packetHops: Translation<typeof ENGINE_PARTS.packetHops> = {
  svcDnat:
    '{how}跳转到 KUBE-SERVICES；{matches}，把它送往 {chain}，由 kube-proxy 的 statistic 规则决定去向：{odds}。本次路径取 {pod}（{target}）。{why}{dnatChain} 把目的地址 DNAT 为 {to}；conntrack 记下原来的 {dst}:{dport}，供应答使用。',
  natOutputBy: '数据包由 {node} 自己发出，因此 nat OUTPUT ',
  natPreBridged: 'br_netfilter（bridge-nf-call-iptables=1）把 cni0 收到的帧交给 nat PREROUTING，后者',
  natPre: 'nat PREROUTING ',
  svcRuleMatches: '规则“{rule}”匹配 {dst}:{dport}/{proto}',
  aRuleMatches: '有一条规则匹配',
  theServiceChain: '该 Service 的链',
  anEndpoint: '一个端点',
  svcOdds: '{n, plural, =1 {唯一的端点承接全部连接} other {它的 # 个端点各承接 1/# 的新连接}}（{list}）',
  markSelf:
    '{chain} 的第一条规则也匹配（-s {ip}：端点就是发送方自己），跳转到 KUBE-MARK-MASQ，给数据包打上伪装标记 0x4000：否则该 Pod 会收到来自自己地址的数据包，并把应答发给自己。',
  markNodePort:
    '{chain} 先跳转到 KUBE-MARK-MASQ：发往节点端口（NodePort）的流量都被打上伪装标记 0x4000，因为其端点可能在另一个节点上。',
  markOutside:
    '源地址 {ip} 在集群 CIDR 之外，因此 {chain} 的第一条规则跳转到 KUBE-MARK-MASQ，给数据包打上伪装标记 0x4000。',
  svcReject:
    'Service {name} 没有就绪的端点，kube-proxy 因此没有为它写 DNAT 规则：nat {hook} 不改动数据包，filter 表的 {chain} 链跳转到 {target}，其规则“{rule}”将其 REJECT：内核回复 ICMP 端口不可达，客户端看到的是“connection refused”。',
  svcNoEndpoints:
    'Service {name} 没有端点：{node} 的 filter {chain} 将 {dst}:{dport}/{proto} REJECT（icmp-port-unreachable）',
  kubeMasq:
    'nat POSTROUTING 的第一条规则跳转到 KUBE-POSTROUTING（kube-proxy 把它放在 flanneld 的规则之前）；数据包带有标记 0x4000，于是清除标记并执行 MASQUERADE：源地址改为 {dev} 的地址 {ip}{same}，应答将回到这里。',
  alreadySource: '（本来就是源地址）',
  svcUnDnat:
    '连接跟踪（conntrack）认出这是 {node} 做过 DNAT 的连接的应答，并将其还原：源地址 {from} 改回 Service 地址 {to}，客户端因此看到应答来自它所访问的地址。',
  brUnMasq:
    'br_netfilter 把帧交给 conntrack，后者认出这是 {node} 做过伪装的连接的应答，并恢复原地址：目的地址 {from} 改回 {to}。',
  answerLocal: '{ip} 是 {node} 自己的地址之一，因此内核在本地交付该应答。',
  bridgeUpRoute:
    '该帧的目的 MAC 是 cni0 自己的 MAC，而 {ip} 不在这个网桥后面，因此 cni0 把它上交给 {node} 的 IP 协议栈去路由。',
  bridgedHairpin:
    '{ip} 就是 {pod} 自己，位于该帧进入时的端口 {port} 之后。通往它的路由从 cni0 离开，而帧正在这个网桥上，因此内核以 {pod} 的 MAC 为目的地址直接桥接（br_netfilter 的 bridged DNAT）；网桥只有在 hairpin 模式下才会把帧从进入的端口送回，而 bridge 插件已在 {port} 上开启了它（10-flannel.conf 中的 hairpinMode: true）。TTL 不变。',
  bridgedDnat:
    '{ip} 是 {pod}，就在这个网桥后面：通往它的路由从 cni0 离开，而帧正在这个网桥上，因此内核不做路由，而是以 {pod} 的 MAC 为目的地址把它直接桥接（br_netfilter 的 bridged DNAT）到 {veth}。TTL 不变。',

  vxSends: '发送',
  vxForwards: '转发（TTL {ttl}）',
  vxNoNeighbour:
    '路由把 {ip} 送往 {dev}，但没有邻居条目给出 {gateway} 的 MAC，而 flannel.1 不会自己学习：数据包被丢弃。',
  vxNoNeighbourAt: '{node} 的 {dev} 上没有 {gateway} 的邻居条目',
  vxRoute:
    '{node} 对 {ip} 的最长匹配路由是 flanneld 写入的 {route}，因此它把数据包从 {dev} {how}出去。网关 {gateway} 是 {peer} 的 flannel.1 地址，按直连处理（onlink）；永久邻居条目“{neighbour}”给出了它的 MAC，因此无需发送 ARP。',
  vxNoFdb: 'flannel.1 的转发数据库（FDB）中没有 {mac} 的条目，VXLAN 设备不知道该把帧发往哪个节点。',
  vxNoFdbAt: '{node} 的 {dev} 上没有 {mac} 的 FDB 条目',
  vxPeer: '（{node}）',
  vxEncap:
    'flannel.1 的转发数据库（FDB）表明，发往 {mac} 的帧要送到 {ip}{peer}。VXLAN 设备把整个帧封装进 VXLAN 头（VNI {vni}）、发往端口 {port} 的 UDP 头和外层 IPv4 头 {src} → {ip}：多出 {overhead} 字节，这正是 Pod 的 MTU 为 {mtu} 的原因。外层数据包从 eth0 离开，Pod 地址藏在其中。',
  vxNoNode: '没有 ECS 节点持有外层目的地址 {ip}，因此 VPC 无法交付这个隧道数据包。',
  vxNoNodeAt: '没有节点持有外层目的地址 {ip}',
  vxVpc:
    'vRouter 只看外层头：{src} → {ip}，UDP {port}。它对 {ip} 的最长匹配是 {entry}，因此像对待任何两台 ECS 实例之间的数据包一样，把它交付到 {node} 的 eth0：不需要任何指向 Pod CIDR 的路由；内外两层头的 TTL 都保持不变。',
  vxNoDevice:
    '这个发往端口 {port} 的 UDP 数据包在 {node} 上找不到 VNI 为 {vni}、且拥有内层目的 MAC 的 VXLAN 设备，因此内核丢弃它。',
  vxNoDeviceAt: '{node} 上没有处理这个数据包的 VXLAN 设备',
  vxDecap:
    '数据包是发往 {node} 自身地址端口 {port} 的 UDP：内核的 VXLAN 套接字接收它，发现 VNI {vni} 属于 {dev}，且内层帧的目的地址是 flannel.1 的 MAC {mac}。它去掉 {overhead} 字节的外层头，内层数据包 {src} → {dst} 从 {dev} 进入 {node} 的 IP 协议栈，TTL 仍是发送时的 {ttl}。',

  sgDenied:
    'VPC 把数据包交付到 {node} 的 {dev}，但这块 ENI 属于安全组 {group}，这是一个企业级安全组，没有任何入方向规则放行 {ip}：ECS 在 {node} 看到数据包之前就把它丢弃了。（假设分析 security-group-denies-pods；{node} 上的 Pod 主动发出的流量，其应答仍能进来：安全组是有状态的。）',
  sgDeniedAt: '{node} 的 {dev} 所在的安全组 {group} 不放行来自 {ip} 的任何入方向流量',
  twNoRule: '{node} 的策略路由规则没有一条指向含有 {ip} 路由的路由表：“Network is unreachable”。',
  twNoRoute: '{node} 没有到 {ip} 的路由',
  twRuleEni:
    '规则“{rule}”把它送到路由表 {table}，即拥有该源地址的 ENI 的路由表，其中的“{route}”把它从 {dev} 交给交换机网关',
  twRulePod: '规则“{rule}”把它送到 main 路由表，其中的“{route}”直接通往该 Pod 的 veth',
  twMain: '没有匹配的 Pod 规则，因此由 main 路由表决定：“{route}”',
  twSends: '发送',
  twForwards: '转发',
  twLowersTtl: '，并把 TTL 减到 {ttl}',
  caliNoPod: '{dev} 不通往任何 Pod。',
  caliNoPodAt: '{node} 上的 {dev} 不通往任何运行中的 Pod',
  twToPod:
    '对于 {ip}，{node} 的{why}。内核把数据包{how}进 {dev}（其另一端是 {pod} 的 eth0）{ttl}。不经过网桥，也没有 NAT。',
  twStraight: '直接面向交换机上的 {ip}',
  twOut:
    '对于从 {src} 发往 {ip} 的数据包，{node} 的{why}。内核{via}，从 {dev} {how}数据包{ttl}；源地址仍是 {src}：Terway 不在节点上添加任何伪装规则。',
  twPodRoute:
    '{pod} 只有一条路由“default via 169.254.1.1 dev eth0 onlink”：所有目的地址（包括 {ip}）都发往 169.254.1.1。没有任何设备持有这个地址；永久邻居条目把它对应到 veth 主机端的 MAC {mac}，因此无需发送 ARP。帧从 eth0 发出，直接进入 {node} 上的 {veth}。',
  twPodDeliver:
    '{ip} 是 {pod} 在 eth0 上的自有地址（/32），因此内核在该 Pod 的网络命名空间内交付数据包{container}。',
  twToContainer: '，交给 {container}',

  everyPodOn: '{node} 上的每个 Pod',
  groupSend:
    '{what}：内核的输出路由为它生成一条没有网关的路由（net/ipv4/route.c 中的 __mkroute_output），因此 {who} 把它作为发往 {mac} 的帧从 {dev} 发出，交给网段上的每个站点，而不是发给某个下一跳。',
  groupMulticast: '{ip} 是一个组播组',
  groupLimited: '{ip} 是受限广播地址',
  groupSubnet: '{ip} 是 {dev} 所在子网的广播地址（{who} 的 local 路由表中的一条 broadcast 路由）',
  bcastIn:
    '{ip} 是广播地址，{who} 把它当作发给自己的数据包接收（net/ipv4/route.c 中的 ip_route_input_slow、brd_input），不再路由到任何地方。{directed}不追踪应答：对广播的应答是各自独立的单播数据包。',
  bcForwardOff: '子网广播只有在开启 net.ipv4.conf.*.bc_forwarding 时才会被转发，而它是关闭的。',
  bcastTaken: '{ip} 是广播地址：{who} 把它当作发给自己的数据包接收，不再路由；不追踪应答',
  allHostsIn:
    '{ip} 是全主机组（all-hosts），每个接口启用时都会加入它，因此 {who} 把数据包当作发给自己的接收（net/ipv4/route.c 中的 ip_route_input_mc），不再转发：Linux 只通过组播路由守护进程转发组播，而这里没有运行任何此类进程。不追踪应答。',
  allHostsTaken: '{ip} 是组播地址（全主机组）：{who} 把它当作发给自己的数据包接收，不再路由；不追踪应答',
  mcastNotJoined:
    '{ip} 是 {who} 未加入的组播组，而 Linux 从不通过单播路由表转发组播：没有组播路由器时，ip_route_input_rcu 拒绝它（net/ipv4/route.c）。',
  mcastNotJoinedAt: '{ip} 是组播地址：{who} 没有加入该组，也不路由组播，因此数据包走不出 {dev} 所在的网段',
  martianDst:
    '{ip} 是{kind}：它从 {dev} 进入，ip_route_input_slow（net/ipv4/route.c）把它视为火星目的地址（martian destination）并丢弃。另一台主机的回环地址无法通过网络到达。',
  martianDstAt: '{who} 上出现火星目的地址 {ip}：{kind}永远不会从网络上被接收',

  placesAnd: '{first} 和 {rest}',
  loopNoTtl: '数据包不断回到 {at}，而 TTL 却没有减少。',
  loopForever: '{places} 之间的转发环路，TTL 永不减少',
  loopRepeats:
    '数据包以相同的地址回到 {at}，因此同样的 {n} 跳（{places}）又重复了 {skipped} 跳（大约 {rounds} 轮），每个路由跳把 TTL 减 1，直到 TTL 降到 {ttl}。',
  loopTtlOut:
    '数据包到达 {at} 时 TTL 为 {ttl}；再路由一次会使其降为 0，因此它被丢弃（并向 {ip} 回送 ICMP 超时报文）。',
  loopTtl: 'TTL 超时：{places} 之间存在路由环路（目的地址 {ip}）',
  loopTtlWhy: 'TTL 超时：{places} 之间存在路由环路（目的地址 {ip}）：{why}',
  hopLimit: '路径到此为止：已达到模型的跳数上限。',
  hopLimitAt: '已达到 {n} 跳的上限',
  notSendable: '{name} 没有运行，也没有 IP 地址，数据包无从寻址。',
  notSendableAt: '{name} 没有运行（{phase}），也没有 IP 地址：{why}',
  noAddress: '没有地址',
  itIs: '它处于 {phase} 状态',
  itIsNotRunning: '它没有运行',

  notEndpoint: 'Pod {pod} 不是 Service {service} 的就绪端点；它的端点有：{list}',
  notEndpointNone: 'Pod {pod} 不是 Service {service} 的就绪端点；它没有任何端点',

  noCidrHolder: '没有节点的 Pod CIDR 包含 {ip}',
  noCidrHolderStarved:
    '没有节点的 Pod CIDR 包含 {ip}；{names} 没有分到 Pod CIDR（CIDRNotAvailable：集群 CIDR {cidr} 已无可分配的网段），因此其 Pod 没有任何路由',
  noCidrHolderYet: '没有节点的 Pod CIDR 包含 {ip}；{names} 还没有 Pod CIDR',
  noInternetEntry: '没有自定义路由条目把互联网流量送往 NAT 网关（缺少 0.0.0.0/0 → nat-gateway）',
  noNatNoRoute: '该 VPC 没有 NAT 网关，也没有通往互联网的路由',
  serviceVirtual:
    '{ip} 是 {cidr} 中的 Service 地址：Service 是虚拟的，节点上的 kube-proxy 会在路由之前转换它（此处未模拟 kube-proxy）',
  podEniAddress: 'Pod 的 ENI 地址 {ip}',
  noSnatVswitch: '持有 {whose} 的交换机 {vswitch} 没有 SNAT 条目（natGateway.snat 列出的是 {listed}）',
  noSnatOwn:
    '持有 Pod 的 ENI 地址 {ip} 的交换机 {vswitch} 自己没有 SNAT 条目：只有 ECS 实例 {nodes} 有，且只针对它们的主地址（假设分析 snat-entry-missing）',
  noMasqRules: '{node} 的 nat POSTROUTING 链中没有伪装规则，因此数据包带着 Pod 源地址离开了它',
  loopCni0Down:
    '{node} 上的 cni0 处于 down 状态，内核因此撤下了直连路由 {cidr}；{node} 按默认路由把数据包从 eth0 发回，而 VPC 路由又把它直接送回来',
  fromNotString: '起点必须是字符串：{forms}',
  toNotString: '终点必须是字符串：{forms}',
  noExternalNamed: '此场景中没有名为 {name} 的外部端点{hint}',
  noPodNamed: '此场景中没有名为 {name} 的 Pod{hint}',
  noNodeNamed: '此场景中没有名为 {name} 的节点{hint}',
  didYouMeanHint: '；你是不是要找 {name}？',
  knownNames: '（已知：{names}）',
  notAnEndpoint: '{input} 不是端点：请使用 {forms}',
  podNotYet: '在这一步 Pod {name} 还不存在：kubelet 尚未创建它的沙箱',
  noContainerNamed: 'Pod {name} 没有容器 {container}；它的容器：{containers}',
  nodeNotYet: '在这一步节点 {name} 还不存在：它的 ECS 实例尚未创建',
  loopbackSource: '{ip} 是回环地址：请指明发送的 Pod 或节点（pod:NAME/CONTAINER、node:NAME）',
  nothingSendsFrom:
    '此场景中没有谁从 {ip} 发送：它不是任何 Pod、节点或外部端点的地址，不在任何交换机内，也不是公网地址',
  hasNoAddress: '{base} 没有地址',
  serviceAmbiguous: 'Service {name} 存在于多个命名空间（{namespaces}）：请写成 service:NAMESPACE/{plain}',
  serviceNotYet: '在这一步 Service {name} 还不存在：kube-apiserver 尚未接受它',
  noServiceNamed: '此场景中没有名为 {name} 的 Service{hint}',
  noServicePort: 'Service {name} 没有端口 {port}；它的端口：{ports}',
  noNodePort: '没有任何 Service 使用节点端口 {port}',
  noNodePortNone: '没有任何 Service 使用节点端口 {port}（此场景没有声明任何 Service）',
};
