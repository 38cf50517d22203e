import type { Translation } from '../catalog.ts';
import type { notes as en } from '../en/notes.ts';

export const notes: Translation<typeof en> = {
  traffic: '流量',
  failed: '失败：',
  nothingSent: '没有发出任何数据包',
  keptBack: '在你回答课程的问题之前暂不显示：它的讲解会泄露答案。',
};
