import type { Translation } from '../catalog.ts';
import type { navTools as en } from '../en/navTools.ts';

export const navTools: Translation<typeof en> = {
  goToSection: '跳转到区域',
  sectionSteps: '步骤',
  sectionTraffic: '流量',
  sectionWhatIf: '假设分析',
  findStep: '查找步骤',
  findPlaceholder: '查找步骤或元素…',
  found: '查找结果',
  noMatch: '没有匹配的步骤或元素。',
  foundStep: '步骤 {n}：',
  foundElement: '（{what}）：选中并缩放至该元素',
};
