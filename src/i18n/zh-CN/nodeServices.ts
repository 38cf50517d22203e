import type { Translation } from '../catalog.ts';
import type { nodeServices as en } from '../en/nodeServices.ts';

export const nodeServices: Translation<typeof en> = {
  services: '服务 Service',
  resolved: '（{count} 个，按 kube-proxy 在此节点上的解析）',
  notSynced: '{node} 上的 kube-proxy 尚未写入这些 Service 的规则。',
  servicesOn: '{node} 上的服务 Service',
  nodePort: ' · 节点端口 {port}',
  noEndpoints: '无端点：REJECT',
};
