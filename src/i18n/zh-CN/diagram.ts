import type { Translation } from '../catalog.ts';
import type { diagram as en } from '../en/diagram.ts';

export const diagram: Translation<typeof en> = {
  legend: '图例',
  follow: '跟随动作',
  followOn: '跟随动作：开（整体太小看不清时，每一步或每一跳都会缩放到它所改变的地方）',
  followOff: '跟随动作：关',
  zoomIn: '放大',
  zoomOut: '缩小',
  fit: '适应视图',
  region: '拓扑',
  svg: '网络拓扑图',
};
