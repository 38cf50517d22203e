import type { Translation } from '../catalog.ts';
import type { header as en } from '../en/header.ts';

export const header: Translation<typeof en> = {
  menu: '菜单',
  editScenario: '编辑场景',
  files: '文件',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  tooLargeForLink: '场景过大，无法放入链接：请导出场景',
  lessons: '课程',
  tour: '导览',
  about: '关于',
  scenario: '场景',
  presetArticle: '原文：3 个节点',
  presetSmall: '小型：3 个工作节点',
  presetLarge: '大型：60 个节点',
  presetServices: '服务 Service：3 个节点',
  custom: '自定义',
  theme: '主题',
  themeLight: '浅色',
  themeDark: '深色',
  themeSystem: '跟随系统',
  themeTitle: '{theme}主题',
  language: '语言',
  presentation: '演示模式',
  presentationLeave: '退出演示模式（Esc）',
  presentationEnter: '演示模式：拓扑图占满窗口',
};
