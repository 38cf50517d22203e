import type { ENGINE_PARTS } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';

export const steps: Translation<typeof ENGINE_PARTS.steps> = {
  vpcTitle: '专有网络 VPC {cidr} 已创建',
  vpc: '专有网络 VPC 是一个 {cidr} 的私有网络，带有自己的虚拟路由器（vRouter）。vRouter 按路由表转发；阿里云一开始就在路由表中放入一条 {cloud}（云服务地址段）的系统路由条目。',
  vswitchTitle: '交换机 {name} {cidr} 已创建',
  vswitch:
    '交换机（vSwitch）是专有网络 VPC 在一个可用区内的子网。云平台添加一条系统路由条目 {cidr} → {name}，使 vRouter 能到达其中的每台实例。交换机保留第一个地址和最后三个地址自用；它的网关是 {gateway}。',
  ecsTitle: 'ECS 实例 {id}（{node}）已创建，地址 {ip}',
  ecs: '这台 ECS 实例将成为{master, plural, =1 {控制平面节点} other {工作节点}} {node}：它从交换机 {vswitch} 获得 eth0 地址 {ip}/{prefix}，以及一条经交换机网关 {gateway} 的默认路由。此时它对 Kubernetes 还一无所知。',
  natTitle: 'NAT 网关已创建，弹性公网 IP（EIP）为 {eip}',
  nat: '带有弹性公网 IP {eip} 的 NAT 网关为专有网络 VPC 中的私网地址提供出口：它把这些数据包的源地址改写为 {eip}（SNAT）。只有当某条路由把流量发给它时，它才会被用到。',
  routeRefusedTitle: '自定义路由条目 {destination} 被拒绝：QuotaExceeded',
  routeRefused: '路由表中已有 {limit} 条自定义路由条目，达到配额。CreateRouteEntry 返回 HTTP 400 {error}',
  routeTitle: '自定义路由条目 {destination} → {nat, plural, =1 {NAT 网关} other {{node}}}',
  route:
    '一条自定义路由条目把 {destination} 发往{nat, plural, =1 { NAT 网关} other {实例 {id}（{node}）}}。{all, plural, =1 {从现在起，专有网络 VPC 中没有更具体路由的流量都经 NAT 网关出去。} other {}}自定义路由条目占用路由表的配额（{limit} 条）：加上这一条，已使用 {used, plural, other {# 条}}。',
  clusterCidrTitle: '集群 CIDR {podCidr} 写入 kube-controller-manager.yaml',
  clusterCidr:
    '在控制台选定的集群 CIDR 随部署脚本来到 master 节点，由脚本交给 kubeadm。kubeadm 把它写进 kube-controller-manager 的静态 Pod 清单：--allocate-node-cidrs=true --cluster-cidr={podCidr} --node-cidr-mask-size={maskSize}。此后控制器就能把集群 CIDR 切成一个个 /{maskSize} 网段，每个节点一段。',
  registerTitle: '{node} 上的 kubelet 注册节点 {node}',
  register:
    'kubelet 创建 Node 对象，此时其 spec.podCIDR 仍为空。kubelet 以 --cloud-provider=external 运行，因此注册节点时带上污点 {taint}：在 Cloud Controller Manager 完成初始化之前，普通 Pod 都不能调度到该节点。',
  initNodeTitle: 'CCM 初始化节点 {node}：NetworkUnavailable=True',
  initNode:
    'Cloud Controller Manager（CCM）的节点控制器找到 {node} 背后的 ECS 实例 {id}，设置其 provider id 和标签，并移除 uninitialized 污点。由于它还负责 VPC 路由，它把条件 NetworkUnavailable 设为 True（NoRouteCreated，“Node created without a route”）；kube-controller-manager 的节点生命周期控制器把这个条件转换为污点 {taint}。在通往其 Pod 的路由建立之前，只有容忍该污点的 Pod（如 kube-flannel）才能调度到 {node}。',
  podCidrTitle: '{node} 获得 Pod CIDR {block}',
  podCidrGiven:
    '分配器早已把 {block} 分配给 {node}：集群导入时 spec.podCIDR 中就带着这个网段。kube-controller-manager 启动时，其 range allocator 把节点已持有的每个网段都标记为已用（occupyCIDRs），因此网段不会被分配两次，其他节点获得空闲的网段。{node} 上每个 Pod 的地址都来自这个网段。',
  podCidr:
    'kube-controller-manager 中的 range allocator 按注册顺序轮流取出 {podCidr} 中下一个空闲的 /{prefix} 网段，并把 {node} 的 spec.podCIDR 和 spec.podCIDRs 设为 {block}（日志：“Set node PodCIDR”）。{node} 上每个 Pod 的地址都将来自这个网段。',
  noPodCidrTitle: '{node} 未获得 Pod CIDR：CIDRNotAvailable',
  noPodCidr:
    '{podCidr} 的每个 /{maskSize} 网段都已分配完。分配器记录日志“{error}”，并在 {node} 上记录事件 CIDRNotAvailable。该节点没有 Pod CIDR；控制器会不断重试，但除非删除某个节点，否则不会有网段空出来。',
  flannelPodTitle: 'kube-flannel Pod 调度到 {node}',
  flannelPod:
    'kube-flannel DaemonSet 在每个节点（包括 {node}）上运行一个 Pod。它运行在主机的网络命名空间中（hostNetwork），并容忍 network-unavailable 污点：它本身就是搭建网络的一部分，不能等网络就绪。',
  installCniTitle: 'install-cni 把 10-flannel.conf 复制到 {node}',
  installCni:
    '在 flanneld 启动之前，该 Pod 的 init 容器 install-cni 把 kube-flannel ConfigMap 中的 CNI 配置复制到主机上的 /etc/cni/net.d/10-flannel.conf。kubelet 读取它来确定由哪个 CNI 插件搭建每个 Pod 的网络：type "flannel"。',
  neverStartsTitle: '{node} 上的 flanneld 始终未能启动',
  neverStarts:
    '假设：{node} 上的 flanneld 始终没能拿到租约，因此 subnet.env 从未写入，也没有添加 masquerade 规则：调度到这里的 Pod 的 CNI ADD 会失败，一直停在 ContainerCreating。（若 flanneld 在完成设置后才退出，subnet.env 和它的规则都会保留，alloc 模式的流量照常。）',
  flanneldFailsTitle: '{node} 上的 flanneld 失败',
  flanneldFails:
    'flanneld 退出，错误为：{error}。它从未在 {node} 上写入 /run/flannel/subnet.env，因此调度到这里的每个 Pod 的 CNI ADD 都会失败，一直停在 ContainerCreating。',
  subnetEnvTitle: '{node} 上的 flanneld 写入 subnet.env',
  subnetEnv:
    'flanneld（--kube-subnet-mgr，后端 "alloc"）直接从 {node} 的 spec.podCIDR（{podCidr}）读取租约，并写入 /run/flannel/subnet.env：FLANNEL_SUBNET={gateway}/{prefix}，FLANNEL_MTU={mtu}。alloc 后端不建隧道也不加路由：没有 flannel.1 设备，也没有封装。flanneld 负责搭建通道，并不触碰 Pod。',
  leaseTitle: '{node} 上的 flanneld 获取租约',
  vxlanTitle: '{node} 上的 flanneld 创建 flannel.1 并获取租约',
  vxlan:
    'flanneld（--kube-subnet-mgr，后端 "vxlan"）在 {node} 上创建 VXLAN 设备 {device}：VNI {vni}，local {ip} dev eth0，UDP 端口 {port}，MTU {mtu}（eth0 的 1500 减去 50 字节报头），MAC {mac}，地址 {vtep}/32，即其 Pod CIDR 的第一个地址。它把租约发布到 Node 的注解中（backend-type vxlan、含 VtepMAC 的 backend-data、public-ip {publicIp}），写入 /run/flannel/subnet.env（FLANNEL_SUBNET={gateway}/{prefix}，FLANNEL_MTU={mtu}），并把 NetworkUnavailable 设为 False（FlannelIsUp）。对其他每个节点的租约，它依次添加：一条永久邻居条目（该节点的 flannel.1 地址 → 其 VTEP MAC）、一条 FDB 条目（该 MAC → 该节点的 eth0 地址），以及路由“<pod CIDR> via <its .0> dev flannel.1 onlink”。{peers, plural, =0 {目前还没有其他节点拿到租约，所以 flannel.1 暂时没有路由、邻居或 FDB 条目。} other {它还为已就绪的 # 个节点（{list}）各添加这三条条目，这些节点上的 flanneld 也为 {node} 添加它们。}}VPC 路由表不增加任何条目：专有网络 VPC 只会看到节点地址之间的数据包。',
  hostGwTitle: '{node} 上的 flanneld 获取租约（host-gw）',
  hostGwRefusedTitle: '{node} 上的 flanneld 获取租约（host-gw）：路由被拒绝',
  hostGw:
    'flanneld（--kube-subnet-mgr，后端 "host-gw"）发布租约（backend-type host-gw，public-ip {ip}），写入 /run/flannel/subnet.env（FLANNEL_SUBNET={gateway}/{prefix}，FLANNEL_MTU={mtu}），并把 NetworkUnavailable 设为 False（FlannelIsUp）。每个 flanneld 都添加路由“{podCidr} via {ip} dev eth0”，{node} 也经由其他每个节点各添加一条（目前 {peers} 条）：下一跳就是对方节点本身。但在专有网络 VPC 上这没有用：VPC 用自己的 MAC 应答每个 ARP，于是帧被送到 vRouter，而 vRouter 按目的 IP 转发，这是一个它没有路由条目的 Pod 地址。{failed, plural, =0 {} other {有些路由无法添加：它们的下一跳在另一个交换机中，不在 eth0 的链路上，而内核拒绝没有链路路由可达的网关。{errors}{more, plural, =0 {} other {（另有 {more} 条）}}。flanneld 记录错误后继续运行；这些节点上的 Pod 彼此无法互通。}}',
  masqTitle: '{node} 上的 flanneld 添加 masquerade 规则',
  masq: 'flanneld 以 --ip-masq 启动，在 {node} 上添加 nat POSTROUTING 规则：{podCidr} 内地址之间的流量保持不变，而 Pod 发往其外部的流量，源地址会被改写为节点的 eth0 地址（MASQUERADE）。Pod 正是这样访问 Internet 或其他 ECS 实例，并让应答找到回来的路。',
  noVpcRouteTitle: '{node} 没有 VPC 路由：它没有 Pod CIDR',
  noVpcRoute:
    'CCM 的路由控制器只为设置了 spec.podCIDR 的节点创建路由。{node} 没有，因此它记录 NetworkUnavailable=True（NoRouteCreated），节点保留 {taint} 污点，专有网络 VPC 也无法到达那里的 Pod。',
  vpcRouteRefusedTitle: '{node} 的 VPC 路由被拒绝：QuotaExceeded',
  vpcRouteRefused:
    'CCM 向专有网络 VPC 申请 {destination} → {id}，但路由表已有 {limit} 条自定义路由条目，达到配额。API 返回 HTTP 400 {error} CCM 记录 CreateRouteFailed，{node} 保持 NetworkUnavailable=True 及随之而来的 {taint} 污点，调度器不会把普通 Pod 放到这里：基于 VPC 路由的 Flannel 集群就在这里停止增长。',
  vpcRouteTitle: 'CCM 添加 VPC 路由条目 {destination} → {node}',
  vpcRoute:
    '在 ACK 中，写 VPC 路由表的是 Cloud Controller Manager，而不是 flanneld：{destination} → ECS 实例 {id}。vRouter 现在知道 {node} 的每个 Pod 在哪里，发给它们的数据包以普通 IP 包在专有网络 VPC 中传输，没有任何封装。NetworkUnavailable 变为 False（RouteCreated），kube-controller-manager 的节点生命周期控制器移除 {taint} 污点：现在普通 Pod 可以调度到 {node} 了。已用自定义路由条目：{used} / {limit}。',
  taintedTitle: '{pod} 保持 Pending：{node} 带有污点',
  tainted:
    '{pod} 只能运行在 {node} 上，而 {node} 仍带有污点 {taint}，{pod} 不容忍它。kube-scheduler 不把它绑定到任何节点，并记录 FailedScheduling：“{error}” 没有 kubelet 看到这个 Pod，所以不会创建沙箱、网络命名空间，也不会调用 CNI；它会一直 Pending，直到污点被移除。',
  fullTitle: '{count, plural, =1 {{pod}} other {# 个 Pod}} 保持 Pending：{node} 已满',
  full: '{node} 上已绑定 {max} 个 Pod（kubelet 的 maxPods，含 kube-flannel）：kube-scheduler 的 NodeResourcesFit 过滤器拒绝更多 Pod（“Too many pods”），抢占也找不到可驱逐的对象，因此 {pod}{count, plural, =1 {} other { 及其后的 {after} 个 Pod}} 保持 Pending，FailedScheduling 为“{error}” 没有 kubelet 看到{count, plural, =1 {它} other {它们}}：没有沙箱、netns、CNI 调用，也没有 IP。',
  sandboxTitle: '{node} 上 {pod} 的沙箱：一个新的网络命名空间',
  sandbox:
    '{pod} 已绑定到 {node}。kubelet 请容器运行时创建沙箱（pause 容器），它拥有一个全新的网络命名空间。{count, plural, =1 {它的容器 {containers} 将加入其中。} other {全部 # 个容器（{containers}）都将加入其中，共用一个 lo 和一个 eth0。}}此时命名空间里只有 lo。',
  noSubnetEnvTitle: '{pod} 的 CNI ADD 失败：没有 subnet.env',
  noSubnetEnv:
    'kubelet 运行 Flannel CNI 插件（10-flannel.conf 中的 type "flannel"）。它的第一步是读取 /run/flannel/subnet.env，而 flanneld 尚未在 {node} 上写入它：“{error}” 运行时随即拆除沙箱；kubelet 记录 FailedCreatePodSandBox 并重试，{pod} 一直停在 ContainerCreating。',
  delegateTitle: 'Flannel CNI 读取 subnet.env 并委托给 bridge 插件',
  delegate:
    'kubelet 以 ADD 调用 Flannel CNI 插件。这个插件是节点上的一个可执行文件，而不是 flanneld Pod；它读取 subnet.env，将其转换为 bridge 插件的配置：以网桥 cni0 作为 Pod 的网关，host-local IPAM 管理 {podCidr}，一条到 {network} 的路由，MTU {mtu}，ipMasq {bridgeMasq}（与 FLANNEL_IPMASQ 相反：{masq, plural, =1 {flanneld 已经做了 masquerade} other {flanneld 不做 masquerade，所以 bridge 插件必须做}}）。它把配置保存在 /var/lib/cni/flannel/{id}… 下，然后运行 bridge。flanneld 搭好了通道；现在由 CNI 插件搭建这个 Pod 的分支。',
  cni0Title: 'bridge 插件在 {node} 上创建 cni0（{gateway}/{prefix}）',
  cni0: '{pod} 是 {node} 上的第一个 Pod，因此 bridge 插件创建 Linux 网桥 cni0，并赋予它网关地址 {gateway}/{prefix}（同时确保 net.ipv4.ip_forward 为 1，这本来就是 kubeadm 对节点的要求）。内核添加直连路由 {podCidr} dev cni0。cni0 虽由 CNI 插件创建，却属于节点的网络：{node} 上之后的每个 Pod 都接入同一个网桥。',
  vethTitle: '{pod} 的 veth pair {veth} ↔ eth0',
  veth: 'bridge 插件创建一对 veth：一根有两端的虚拟网线。一端成为 {pod} 命名空间中的 eth0；另一端 {veth} 留在 {node} 上，接入 cni0 并开启 hairpin 模式。现在 Pod 发出的帧可以到达网桥了。',
  noIpTitle: '{node} 上已没有可分给 {pod} 的 IP',
  noIp: 'host-local 已分配完 {podCidr} 的所有可用地址（除网络地址、网关和广播地址外），并返回“{error}”。ADD 失败，沙箱及其 veth 被拆除，{pod} 一直停在 ContainerCreating。',
  podIpTitle: '{pod} 获得 IP {ip}',
  podIp:
    '{given, plural, =1 {分配器早已把 {ip} 分配给 {pod}：集群导入时带着这个 Pod IP，host-local 把它保留在 /var/lib/cni/networks/cbr0/{ip} 中，不会分给其他 Pod。} other {host-local IPAM 从上次分配的地址之后取出 {podCidr} 中下一个空闲地址（跳过网关），并记录在 /var/lib/cni/networks/cbr0/{ip} 中。}}bridge 插件把 {ip}/{prefix} 配置到 Pod 的 eth0 上，加上到 {network} 的路由和经 {gateway} 的默认路由。{masq, plural, =1 {} other {FLANNEL_IPMASQ=false，所以 Flannel CNI 插件给 bridge 插件传了 ipMasq: true：它为 {ip} 添加 nat 链 {chain}，放行发往 {podCidr} 的流量，并对其余所有非组播流量做 masquerade，包括发往其他节点 Pod 的流量。}}{pod} 已进入 Running。',
};
