/** The Chinese catalog (zh-CN), every part in one chunk loaded when Chinese is asked for. */
export { header } from './header.ts';
export { navTools } from './navTools.ts';
export { outline } from './outline.ts';
export { timeline } from './timeline.ts';
