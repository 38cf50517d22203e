/**
 * The diagram elements' accessible names in Chinese, by the English name the layout gives them
 * (layout/names.ts, layout/elements-*.ts; the layout knows no language). Names, addresses and
 * what components print (phases, conditions, errors) stay as they are. Only the Chinese chunk
 * carries these; view/topology/element-names.test.ts reads every element of the presets through
 * them. An English name no rule knows is left as it is.
 */
import { drawn } from './drawn.ts';

const FLANNELD: Readonly<Record<string, string>> = {
  absent: '未部署',
  scheduled: '已调度',
  running: '运行中',
  failed: '失败',
};

/** A node's trailing problems and pod count (", CIDRNotAvailable, VPC route deleted, 3 running"). */
function rest(text: string): string {
  if (!text) return '';
  return text
    .slice(2)
    .split(', ')
    .map((part) =>
      part
        .split(' · ')
        .map((p) => drawn[p] ?? sayCount(p))
        .join(' · '),
    )
    .map((part) => `，${part}`)
    .join('');
}

function sayCount(part: string): string {
  const m = /^(\d+) (running|not)$/.exec(part);
  if (m) return `${m[1]} 个${m[2] === 'running' ? '运行中' : '未运行'}`;
  return part === 'no pods' ? '无 Pod' : part;
}

const error = (text: string | undefined) => (text ? `：${text.slice(2)}` : '');

type Rule = readonly [RegExp, (...groups: string[]) => string];

const RULES: readonly Rule[] = [
  [
    /^ECS node (\S+), ([\d.]+)(?:, pod CIDR (\S+))?(, .*)?$/,
    (node, ip, cidr, more) => `ECS 节点 ${node}，${ip}${cidr ? `，Pod CIDR ${cidr}` : ''}${rest(more ?? '')}`,
  ],
  [
    /^flanneld pod on (\S+), host network, (\w+)(: .*)?$/,
    (node, state, why) => `${node} 上的 flanneld Pod，主机网络，${FLANNELD[state] ?? state}${error(why)}`,
  ],
  [
    /^cni0 bridge on (\S+)(?:, (\S+?))?(, down)?$/,
    (node, gateway, down) => `${node} 上的 cni0 网桥${gateway ? `，${gateway}` : ''}${down ? '，down' : ''}`,
  ],
  [
    /^(\S+) on (\S+), (VTEP .*)$/,
    (device, node, more) => `${node} 上的 ${device}，${more.split(', ').join('，')}`,
  ],
  [
    /^Pod (\S+) on (\S+), (no IP yet|[\d.]+), containers (.*?)(?:, (Pending|ContainerCreating|Failed))?(: .*)?$/,
    (pod, node, ip, containers, phase, why) =>
      `Pod ${pod}，位于 ${node}，${ip === 'no IP yet' ? '尚无 IP' : ip}，容器 ${containers}${phase ? `，${phase}` : ''}${error(why)}`,
  ],
  [/^eth0 of (\S+), (\S+)$/, (node, address) => `${node} 的 eth0，${address}`],
  [/^kubelet on (\S+)$/, (node) => `${node} 上的 kubelet`],
  [
    /^Flannel CNI plugin on (\S+), configured by (\S+)$/,
    (node, file) => `${node} 上的 Flannel CNI 插件，由 ${file} 配置`,
  ],
  [
    /^veth (\S+) on (\S+), the host end of (\S+)'s eth0$/,
    (veth, node, pod) => `${node} 上的 veth ${veth}，${pod} 的 eth0 在主机一侧的一端`,
  ],
  [/^Container (\S+) in pod (\S+)$/, (container, pod) => `Pod ${pod} 中的容器 ${container}`],
  [
    /^ENI (\S+), (\S+) of (\S+) in (\S+): primary (\S+), (\d+) secondary address(?:es)?$/,
    (id, device, node, vswitch, primary, secondary) =>
      `弹性网卡 ENI ${id}，${node} 的 ${device}，位于 ${vswitch}：主地址 ${primary}，${secondary} 个辅助地址`,
  ],
  [/^External endpoint (\S+), (\S+)$/, (name, ip) => `外部端点 ${name}，${ip}`],
  [/^kube-controller-manager, cluster CIDR (\S+)$/, (cidr) => `kube-controller-manager，集群 CIDR ${cidr}`],
  [
    /^cloud-controller-manager \(CCM\), writes the VPC routes$/,
    () => 'cloud-controller-manager（CCM），写入 VPC 路由条目',
  ],
  [/^VPC (\S+)$/, (cidr) => `专有网络 VPC ${cidr}`],
  [/^vRouter, route table with (\d+) entries$/, (count) => `vRouter，路由表共 ${count} 条路由条目`],
  [/^NAT gateway, EIP (\S+)$/, (eip) => `NAT 网关，EIP ${eip}`],
  [/^vSwitch (\S+), (\S+)$/, (name, cidr) => `交换机 ${name}，${cidr}`],
  [/^Kubernetes control plane$/, () => 'Kubernetes 控制平面'],
];

/** An element's accessible name in Chinese, from its English name. */
export function elementName(name: string): string {
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(name);
    if (m) return say(...m.slice(1).map((g) => g ?? ''));
  }
  return name;
}
