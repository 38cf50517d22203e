import type { Translation } from '../catalog.ts';
import type { importDialog as en } from '../en/importDialog.ts';

export const importDialog: Translation<typeof en> = {
  title: '从集群导入',
  close: '关闭',
  intro: '粘贴或拖入每条命令的输出。所有内容都只留在此浏览器中，不会上传。',
  nodes: '节点',
  pods: 'Pod',
  flannel: 'Flannel 配置',
  routes: 'VPC 路由表',
  anonymise: '匿名化名称和地址',
  shareNote: '分享链接会带上集群的名称和地址。分享前请先匿名化。',
  shareNoteAnonymised:
    '分享链接会带上集群的名称和地址（此处已匿名化：node-1…、pod-1…，以及 10.0.0.0 和 172.16.0.0 网段）。分享前请先匿名化。',
  needNodes: '请先粘贴或拖入 kubectl get nodes -o json 的输出。',
  notScenario: '导入的内容无法构建为 PodPath 场景：{path}：{problem}',
  anonymisedFailed: '无法构建匿名化后的场景。',
  read: '已读取：{nodes} 个节点，{pods} 个 Pod，集群 CIDR {podCidr}（每节点 /{mask}）',
  readRoutes:
    '已读取：{nodes} 个节点，{pods} 个 Pod，集群 CIDR {podCidr}（每节点 /{mask}），{routes} 条路由条目',
  open: '打开导入的集群',
  notesCount: '{count} 条说明：哪些内容被略去或补全',
  notes: '导入说明',
  diagnosis: '诊断',
  error: '错误',
  warning: '警告',
  info: '提示',
};
