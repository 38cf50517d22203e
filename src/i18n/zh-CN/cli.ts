import type { Translation } from '../catalog.ts';
import type { cli as en } from '../en/cli.ts';

export const cli: Translation<typeof en> = {
  failed: '（失败）',
};
