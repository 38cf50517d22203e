import type { Translation } from '../catalog.ts';
import type { dataplane as en } from '../en/dataplane.ts';

export const dataplane: Translation<typeof en> = {
  title: '数据平面',
  intro: '同一个集群换用 Flannel 的另一种后端：步骤和数据包路径随之变化。',
  compareWith: '对比',
  nothing: '（不对比）',
  shownBeside: '{a} 与 {b} 的对比显示在拓扑图旁边（窗口较窄时在其下方）。',
  compared: '{a} 与 {b} 对比',
  differences: '{a} 与 {b}：不同之处已标出。拓扑图显示的是 ',
  switches: '；点击某一列的按钮可切换。',
  close: '关闭',
  closeWhat: '对比',
  table: '对比数据平面',
  fact: '项目',
  showOn: '显示使用 {label} 的集群',
  differs: '（不同）',
};
