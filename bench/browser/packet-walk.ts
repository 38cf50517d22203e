/**
 * The packet walk on the article preset (issue 5): a cross-node walk (web-1 → api-1, through the
 * VPC router and back) played on the app's one clock while frames are recorded.
 */
import type { Page } from '@playwright/test';
import { type FrameStats, frameStats, recordFrames } from './frames.ts';

/** 2×: the 16 hops of the walk take about 12 s, longer than the recording. */
const SPEED = '2';

export async function measurePacketWalk(page: Page, baseUrl: string, playMs: number): Promise<FrameStats> {
  await page.goto(`${baseUrl}#/?preset=article&step=9999&trace=pod:web-1,pod:api-1&hop=1`);
  await page.reload();
  await page.getByRole('list', { name: 'Packet hops' }).waitFor();
  await page.getByLabel('Speed').selectOption(SPEED);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  return frameStats(await recordFrames(page, playMs));
}
