import type { ENGINE_PARTS } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';

export const terwaySteps: Translation<typeof ENGINE_PARTS.terwaySteps> = {
  tControlPlaneTitle: '为 Terway 配置控制平面：用 Pod 交换机代替 Pod CIDR',
  tControlPlane:
    '集群使用 Terway 网络插件创建。它不再有一个按节点切分的集群 CIDR，而是配置了 Pod 交换机（{own, plural, =1 {各节点自己的交换机} other {{vswitches}}}）：每个 Pod 都将获得专有网络 VPC 本身的一个私网地址，取自其中某个交换机里的弹性网卡 ENI。kube-controller-manager 不需要为每个节点分配 Pod CIDR。',
  tRegister:
    'kubelet 以 --cloud-provider=external 创建 Node 对象，因此在 Cloud Controller Manager 完成初始化之前，节点带有污点 {taint}。在 Terway 上，节点永远不需要 spec.podCIDR。',
  tInitNodeTitle: 'CCM 初始化节点 {node}',
  tInitNode:
    'Cloud Controller Manager（CCM）的节点控制器找到 {node} 背后的 ECS 实例 {id}，设置其 provider id 和标签，并移除 uninitialized 污点。使用 Terway 时它不管理 VPC 路由，所以不设置 NetworkUnavailable 条件：无需向 VPC 路由表写入任何条目，{node} 的 Pod 就可达。',
  tDaemonTitle: 'terway-eniip Pod 调度到 {node}',
  tDaemon:
    'terway-eniip DaemonSet 在每个节点（包括 {node}）上运行一个 Pod，位于主机的网络命名空间中。其中运行 terwayd：它管理节点的弹性网卡 ENI，并从中分配 Pod 地址。',
  tConflistTitle: 'init 容器在 {node} 上写入 10-terway.conflist',
  tConflist:
    'terway-eniip Pod 的 init 容器把 terway CNI 可执行文件复制到 /opt/cni/bin，并写入 /etc/cni/net.d/10-terway.conflist：kubelet 将为 {node} 上的每个 Pod 运行 type "terway"。它还关闭 eth0 的反向路径过滤（rp_filter=0）：发给 Pod 的应答可能从与请求不同的网卡进来。',
  tMaxIpTitle: '{node} 上的 terwayd：{annotation}={max}',
  tMaxIp:
    'terwayd 启动后向 ECS 查询（DescribeInstanceTypes）该实例的容量：{typed, plural, =1 {{type}：} other {}}{adapters} 块弹性网卡 ENI，每块 {ips} 个私网地址。eth0 归节点自己使用，所以 Pod 最多可有 ({adapters} − 1) × {ips} = {max} 个地址；terwayd 把这个数写入节点注解 {annotation}。它暂不创建 ENI：第一个 Pod 会来申请。不为 {node} 创建 VPC 路由，也不添加 masquerade 规则。',
  tDryTitle: '假设：{vswitches} 已没有地址可分给 {node} 的 Pod',
  tDry: '当 {node} 为第一个 Pod 申请地址时，{vswitches} 的空闲地址已全被其他实例和 ENI 占用。运行中的 Pod 保留自己的地址；任何节点上需要在这里申请新地址的 Pod 都申请不到。',
  tSandbox:
    '{pod} 已绑定到 {node}。kubelet 请容器运行时创建沙箱（pause 容器），它拥有一个全新的网络命名空间，由{count, plural, =1 {它的容器 {containers}} other {全部 # 个容器（{containers}）}} 共用。接着 kubelet 运行 10-terway.conflist 中的 CNI 插件（type "terway"），它通过套接字 /var/run/eni/eni.socket 向本节点的 terwayd 申请地址（AllocIP）。',
  tCreateEniTitle: 'terwayd 在 {vswitch} 中创建弹性网卡 {eni}',
  tCreateEni:
    '{node} 没有还有空闲地址的 ENI，所以 terwayd 调用 CreateNetworkInterface：交换机 {vswitch}（{cidr}）、集群的安全组、关闭 SourceDestCheck（这块 ENI 将承载 Pod 的地址，而不只是它自己的）、一个私网地址。ECS 在 {vswitch} 中选定 {ip}，和节点自己的地址一样，是一个 VPC 地址。',
  tAttachTitle: '弹性网卡 {eni} 挂载到 {node}，设备名 {device}',
  tAttach:
    'terwayd 调用 AttachNetworkInterface，并等待实例元数据服务列出这块 ENI 的 MAC {mac} 及其地址。节点上出现一块新网卡 {device}（ifindex {ifindex}）；它的策略路由表将是 {table}（1000 + ifindex）。现在专有网络 VPC 把 {ip} 直接送到这块 ENI，不需要路由条目：这个地址属于交换机。',
  tAssignTitle: 'terwayd 把 {ip} 分配给 {device}（{eni}）',
  tAssign:
    '{device} 还有空位（已用 {used} 个地址），所以 terwayd 对 {eni} 调用 AssignPrivateIpAddresses：ECS 添加 {ip}，即 {vswitch} 中的一个辅助私网地址，专有网络 VPC 会把它送到这块 ENI。',
  tPodIpTitle: '{pod} 在 eth0 上获得 {ip}，按策略路由经 {device}',
  tPodIp:
    'terwayd 回复 {device} 上的 {ip}。terway 插件创建一对 veth：{pod} 中的 eth0 配置 {ip}/32、路由“default via 169.254.1.1 dev eth0 onlink”，以及一条 169.254.1.1 的永久邻居条目，MAC 为主机端 {veth}（在 {node} 上）的 MAC。没有网桥，也没有直连子网：Pod 的每个数据包都发给节点。在节点上，它向 main 表添加“{ip} dev {veth} scope link”，并添加两条规则：{toPriority}: to {ip} lookup main（发给 Pod 的流量走它的 veth）和 {fromPriority}: from {ip} lookup {table}（Pod 发出的流量经拥有该地址的 ENI {device} 发往交换机网关）。{pod} 已进入 Running。',
  tIpNotEnoughTitle: '交换机 {vswitch} 已没有地址：InvalidVSwitchId.IpNotEnough',
  tIpNotEnough:
    'terwayd 需要再为 {pod} 申请一个地址，但 ECS 返回“{error}”（HTTP 403）。terwayd 在 {node} 上记录 AllocIPFailed，暂时屏蔽该交换机，并把节点条件 SufficientIP 设为 False（InsufficientIP，“node has insufficient IP”）。{node} 的每个 Pod 交换机都没有地址了：交换机一满，Terway 节点就无法再启动 Pod，无论它还能挂载多少块 ENI。',
  tNoAddressTitle: '{pod} 没有地址：{error}',
  tNoAddress:
    'terwayd 对 AllocIP 的回复是“{error}”：{why, plural, =0 {实例规格允许的 ENI 都已挂载，且都已持有允许的全部地址：节点已达到 max-available-ip} =1 {{node} 没有自己的 ENI，而 ECS 拒绝再挂载一块（{code}）} other {{node} 的任何 ENI 都无法再获得地址：交换机 {vswitch} 已没有地址}}。terway 插件以“{cniError}”使 ADD 失败，并在 Pod 上记录 AllocIPFailed；运行时拆除沙箱，{pod} 一直停在 ContainerCreating，由 kubelet 重试。',
  tEniRefusedTitle: 'ECS 拒绝在 {node} 上新建弹性网卡：{code}',
  tEniRefused:
    '假设：ECS 实例 {id} 的所有 ENI 槽位都被不是 terwayd 创建的 ENI 占满。为 {pod} 调用 CreateNetworkInterface 时返回 {code}；terwayd 在 {node} 上记录 AllocIPFailed 并等待一分钟。{node} 上没有 Pod 能获得地址。',
};
