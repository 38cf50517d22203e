import type { Translation } from '../catalog.ts';
import type { whatif as en } from '../en/whatif.ts';

export const whatif: Translation<typeof en> = {
  title: '假设分析',
  intro: '人为制造故障，看看集群在哪里出问题：构建步骤和数据包路径都会随之更新。',
  undo: '撤销假设',
  faults: '故障',
  faultsOn: '故障节点',
  activeFaults: '已启用的故障',
  removeFault: '移除 {node} 上的 {kind}',
  'vpc-route-deleted': '删除它的 VPC 路由条目',
  'flanneld-down': 'flanneld 从未启动：没有 subnet.env，也没有伪装规则',
  'masquerade-rules-missing': '它的 nat POSTROUTING 规则丢失',
  'cni0-down': 'ip link set cni0 down',
  'vswitch-exhausted':
    '它的 Pod 交换机已无可用地址：InvalidVSwitchId.IpNotEnough，Pod 一直处于 ContainerCreating',
  'eni-quota-reached': '其实例的弹性网卡 ENI 槽位已全部占满：EniPerInstanceLimitExceeded，Pod 分不到 ENI',
  'snat-entry-missing': 'NAT 网关没有为其 Pod 交换机配置 SNAT 条目：Pod 无法上网，节点可以',
  'security-group-denies-pods': '其 ENI 的安全组不放行来自集群的任何流量：跨节点发往其 Pod 的流量被丢弃',
  routeQuota: 'VPC 路由条目配额',
  clusterCidr: '集群 CIDR',
  roomKept: '{nodes} 个节点；能容纳多少节点暂不显示，请先回答课程中的问题。',
  room: '{nodes} 个节点，最多可容纳 {limit} 个：{reason}',
  noEndpoints: '没有端点的服务 Service',
  noEndpointsHint: '它的 Pod 已消失或未就绪：EndpointSlice 为空，kube-proxy 对访问它的请求执行 REJECT。',
  everyServiceKeeps: '无：所有 Service 都保留其端点',
  restoreRoute: '恢复 {node} 的 VPC 路由',
  deleteRoute: '删除 {node} 的 VPC 路由',
  runsOn: '假设：{pod} 运行在 {node} 上',
  operatorSees: '运维人员看到的现象',
  stepBy: ' · 第 {step} 步，{actor}',
  moreFailures: '此处未列出另外 {shown} 个失败的{count, plural, other {步骤}}；步骤列表逐一列出了它们。',
};
