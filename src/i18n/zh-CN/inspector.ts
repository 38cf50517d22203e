import type { Translation } from '../catalog.ts';
import type { inspector as en } from '../en/inspector.ts';

export const inspector: Translation<typeof en> = {
  inspector: '检查器',
  artifacts: '产物',
  cni0On: '{node} 上的 cni0',
  noArtifacts: '{id} 没有自己的产物。请选择专有网络 VPC、某个节点或某个 Pod。',
  selectElement: '在拓扑图中选择一个元素（或点击“显示元素”），即可查看它在当前步骤下的文件和表。',
  vpcRouteTable: 'VPC 路由表',
  customEntries: '自定义路由条目 {count} / {quota}',
  destination: '目标网段',
  nextHop: '下一跳',
  type: '类型',
  typeSystem: '系统',
  typeCustom: '自定义',
  hopLocal: '交换机',
  hopInstance: 'ECS 实例',
  hopNatGateway: 'NAT 网关',
  hopService: '云服务',
  matchedByPacket: '（数据包在这一跳匹配了此条目）',
  addedAtStep: '（本步骤新增）',
  removedAtStep: '（本步骤删除）',
  vpcMissing: '专有网络 VPC 尚未创建。',
  noRoute: '{node}：没有路由',
  routesOn: '{node} 上的路由',
  via: '网关',
  device: '设备',
};
