import type { ENGINE_PARTS } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';

export const loading: Translation<typeof ENGINE_PARTS.loading> = {
  notApplied: '未应用：{reasons}',
  urlInvalid: '链接中的场景无效：{path}：{problem}',
  fileNotImported: '文件 {name} 未导入：{why}',
};
