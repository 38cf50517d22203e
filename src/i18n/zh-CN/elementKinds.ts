import type { Translation } from '../catalog.ts';
import type { elementKinds as en } from '../en/elementKinds.ts';

export const elementKinds: Translation<typeof en> = {
  vpc: '专有网络 VPC',
  'vpc-router': 'VPC 路由器',
  vswitch: '交换机',
  'nat-gateway': 'NAT 网关',
  external: '外部地址',
  'control-plane': '控制面',
  actor: '组件',
  node: '节点',
  eth0: '网卡 eth0',
  eni: '弹性网卡 ENI',
  flanneld: 'flanneld',
  cni0: '网桥 cni0',
  vtep: 'VTEP 设备',
  pod: 'Pod',
  veth: 'veth 设备',
  container: '容器',
};
