import { twentyNodeScenarioFile } from '../bench/browser/twenty-nodes.ts';
import { encodeScenarioParam } from '../src/app/url/scenario-param.ts';
import { expect, test } from './fixtures.ts';
import { screenshotPath } from './screenshots.ts';

const TWENTY = `/#/?s=${encodeScenarioParam(twentyNodeScenarioFile())}&step=9999`;

/** Text in the diagram starting with `prefix`. */
const diagramText = (page: import('@playwright/test').Page, prefix: RegExp) =>
  page.getByLabel('Network topology').locator('text').filter({ hasText: prefix });

test('20 nodes at fit: each node is named in text that reads about 12 px; zooming in brings back the detail', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(TWENTY);
  const name = diagramText(page, /^node-07/);
  await expect(name).toHaveCount(1);
  const box = await name.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(11);
  // The detail (instance ids, "pod CIDR …" lines) is not drawn at this size…
  await expect(diagramText(page, /^pod CIDR/)).toHaveCount(0);
  // …the elements keep their names for screen readers and keyboard users.
  await expect(page.getByRole('button', { name: /^ECS node node-07, / })).toHaveCount(1);
  await page.screenshot({
    path: screenshotPath('overview-20-nodes'),
  });

  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 4; i++) await zoomIn.click();
  await expect(diagramText(page, /^pod CIDR 172\.20\.7\.0\/24$/)).toHaveCount(1);
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await expect(diagramText(page, /^pod CIDR/)).toHaveCount(0);
});

test('in the overview, "Show element" brings the step\'s element close enough to read, in its node', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(TWENTY);
  await expect(diagramText(page, /^pod CIDR/)).toHaveCount(0);
  // The last step gives app-19-3 its address on node-19.
  await page.getByRole('button', { name: 'Show element' }).click();
  const detail = diagramText(page, /^pod CIDR 172\.20\.19\.0\/24$/);
  await expect(detail).toHaveCount(1);
  await expect(detail).toBeInViewport();
  const box = await detail.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(9);
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await expect(diagramText(page, /^pod CIDR/)).toHaveCount(0);
  // Asked again, it shows the same element again.
  await page.getByRole('button', { name: 'Show element' }).click();
  await expect(detail).toBeInViewport();
});

test('the article at a laptop size keeps its full detail', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/#/?preset=article&step=9999');
  await expect(diagramText(page, /^pod CIDR 172\.16\.0\.128\/25$/)).toHaveCount(1);
});
