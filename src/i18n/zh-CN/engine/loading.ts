import type { ENGINE_PARTS } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';

export const loading: Translation<typeof ENGINE_PARTS.loading> = {
  notApplied: '未应用：{reasons}',
  urlInvalid: '链接中的场景无效：{path}：{problem}',
  fileNotImported: '文件 {name} 未导入：{why}',
  fileTooLarge: '它有 {size} 字节，最多只读取 {max} 字节',
  fileUnreadable: '无法读取该文件',
  urlTooLong: '链接中的场景太长（{length} 个字符）',
  urlNoVersion: '链接中的场景没有版本前缀',
  urlFormat: '链接中的场景格式为 {format}，此版本的 PodPath 无法识别（它读取 {version}）',
  urlNotBase64: '链接中的场景不是 base64url 文本',
  urlExpands: '链接中的场景解压后超过 {max} 字节',
  urlCutShort: '链接中的场景不是有效的压缩数据（链接可能被截断了）',
  urlNotUtf8: '链接中的场景不是 UTF-8 文本',
  urlUndecodable: '链接中的场景无法解码',
  openUnreadable: '无法读取{what}',
  openCancelled: '已取消打开{what}',
  openedUrl: '链接中的场景',
  openedScenario: '场景',
  openedFile: '文件',
};
