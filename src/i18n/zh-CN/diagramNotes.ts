import type { Translation } from '../catalog.ts';
import type { diagramNotes as en } from '../en/diagramNotes.ts';

export const diagramNotes: Translation<typeof en> = {
  leftOut:
    '规模过大，无法完整绘制：此缩放下省略了 {all} 个元素中的 {left} 个（过小或在屏幕外）；放大即可绘制。',
  summary:
    '规模过大，无法绘制细节：{nodes} 个节点以方块显示（Pod CIDR、运行中的 Pod），其设备和 Pod（{pods} 个）未绘制；步骤列表和检查器中仍可查看。',
};
