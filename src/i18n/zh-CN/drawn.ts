import { sayDrawn } from './say-drawn.ts';

/**
 * The diagram's words in Chinese, by the English text the layout draws (layout/elements-*.ts
 * sizes its boxes by it and knows no language); `{value}` stands for a number or an address.
 * Only the Chinese chunk carries them: an English page draws the layout's text as it is.
 * view/topology/diagram-words.test.ts holds the keys to what the layout draws.
 */
export const drawn: Readonly<Record<string, string>> = {
  'Kubernetes control plane': 'Kubernetes 控制平面',
  'route table · {value}': '路由表 · {value}',
  destination: '目标网段',
  'next hop': '下一跳',
  'NAT gateway': 'NAT 网关',
  'pod CIDR {value}': 'Pod CIDR {value}',
  'no pod CIDR': '无 Pod CIDR',
  'no pod CIDR yet': '尚无 Pod CIDR',
  'VPC route deleted': 'VPC 路由已删除',
  'flanneld failed': 'flanneld 失败',
  'CNI plugin': 'CNI 插件',
  'vSwitch {value}': '交换机 {value}',
  'pod IPs from ENIs (Terway)': 'Pod IP 来自弹性网卡 ENI（Terway）',
  'Terway · up to {value} pod IPs': 'Terway · 最多 {value} 个 Pod IP',
  '{value} IPs': '{value} 个 IP',
  '+{value} ENIs': '+{value} 个 ENI',
  // The overview's briefs (layout/elements-*.ts), said part by part around " · ".
  '+{value} earlier': '+{value} 条更早的',
  '1 route': '1 条路由',
  '{value} routes': '{value} 条路由',
  // A large scenario's node tiles (layout/summary-tiles.ts): "3 running · 1 not".
  '{value} running': '{value} 个运行中',
  '{value} not': '{value} 个未运行',
  'no pods': '无 Pod',
};

/** A drawn text in Chinese (view/topology/diagram-words.ts). */
export const sayWord = sayDrawn(drawn);
