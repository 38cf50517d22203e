import type { ENGINE_PARTS } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';

export const title: Translation<typeof ENGINE_PARTS.title> = {
  titleControl: '包含控制字符（如 NUL 或换行）；标题请保持为一行纯文本',
  titleBidi: '包含 {code}，这是会让文字按另一种顺序显示的双向控制字符；请删除它',
  titleNotCharacter: '包含 {code}，它不是一个字符：页面、SVG 和 PNG 导出都无法承载它；请删除它',
};
