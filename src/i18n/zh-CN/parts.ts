import type { Translation } from '../catalog.ts';
import type { parts as en } from '../en/parts.ts';

export const parts: Translation<typeof en> = {
  failed: '{part}无法加载（{error}）。PodPath 的其他部分不受影响；',
  reload: '重新加载页面',
  again: '即可重试。',
  embed: '嵌入式浏览器',
  present: '演示模式',
  editor: '场景编辑器',
  comparison: '对比',
  side: '表格与检查器',
  sections: '分段按钮与“查找步骤”',
  panels: '流量与假设分析面板',
  tour: '导览',
  walkError: '数据包路径的错误',
  walk: '数据包路径的讲解',
  walkLoading: '正在加载数据包路径…',
  stepNote: '步骤的说明',
  outline: '阶段大纲',
  glossary: '术语表',
  legend: '图例',
  coming: '后续内容说明',
  lessons: '课程播放器',
  lessonLoading: '正在加载课程…',
};
