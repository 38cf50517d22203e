import type { Translation } from '../catalog.ts';
import type { cli as en } from '../en/cli.ts';

export const cli: Translation<typeof en> = {
  failed: '（失败）',
  delivered: '已送达',
  deliveredBecause: '已送达：{reason}',
  dropped: '已丢弃：{reason}',
  reply: '应答：',
};
