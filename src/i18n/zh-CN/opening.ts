import type { Translation } from '../catalog.ts';
import type { opening as en } from '../en/opening.ts';

export const opening: Translation<typeof en> = {
  panel: '正在打开场景',
  starting: '正在开始…',
  cancel: '取消',
  elapsed: '{s} 秒；在此期间页面仍可使用。',
  decoding: '正在从链接中解包场景…',
  checking: '正在按各项上限和校验器检查场景…',
  link: '正在打开链接中的场景（{size}）',
  file: '正在打开文件（{size}）',
  whatIf: '正在应用假设分析：检查改动后的场景并重新构建其步骤',
};
