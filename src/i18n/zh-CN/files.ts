import type { Translation } from '../catalog.ts';
import type { files as en } from '../en/files.ts';

export const files: Translation<typeof en> = {
  importScenario: '导入场景',
  importCluster: '从集群导入',
  exportScenario: '导出场景',
  exportSvg: '将拓扑图导出为 SVG',
  exportPng: '将拓扑图导出为 PNG',
  noDiagram: '没有可导出的拓扑图。',
  pngFailed: '无法生成 PNG：{reason}',
  unknownReason: '原因未知',
  partFailed: '无法加载{part}（{reason}）；请刷新页面重试。',
  scenarioExporter: '场景导出器',
  diagramExporter: '拓扑图导出器',
  fileReader: '文件读取器',
  manualLink: '此视图的链接（按 Ctrl+C 复制）',
  done: '完成',
};
