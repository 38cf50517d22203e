import type { Translation } from '../catalog.ts';
import type { regions as en } from '../en/regions.ts';

export const regions: Translation<typeof en> = {
  steps: '步骤',
  tablesAndInspector: '表格与检查器',
  narration: '讲解',
  openInPodPath: '在 PodPath 中打开',
};
