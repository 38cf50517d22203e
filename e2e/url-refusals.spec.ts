import { expect, test } from './fixtures.ts';

/**
 * Issue 20: a link whose walk or what-if is not applied says why, in the What-if panel's
 * "Not applied: …" message, and the page keeps the article as it was.
 */
const CASES: readonly (readonly [string, string])[] = [
  ['faults=rm-rf:node-a', 'Not applied: faults="rm-rf:node-a": "rm-rf" is not a fault kind'],
  ['quota=-1', 'Not applied: vpc.routeQuota: -1 is not allowed'],
  ['quota=99999999999999999999', 'Not applied: vpc.routeQuota: 100000000000000000000 is not allowed'],
  ['quota=NaN', 'Not applied: quota="NaN": not a number'],
  [
    'trace=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,pod:web-1',
    'Not applied: trace="<img src=x onerror=alert(1)>,pod:web-1": "<img src=x onerror=alert(1)>" is not an endpoint',
  ],
  [
    'step=0&trace=pod:web-1,pod:api-1',
    'Not applied: trace=pod:web-1,pod:api-1: a walk shows at the last step',
  ],
];

for (const [query, message] of CASES) {
  test(`#/?preset=article&${query} says why it is not applied`, async ({ page }) => {
    await page.goto(`/#/?preset=article&${query}`);
    const whatIf = page.getByRole('region', { name: 'What-if', exact: true });
    await expect(whatIf.getByRole('alert')).toContainText(message);
    // Nothing ran: no image element was made from the URL, and no what-if step was added.
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Construction steps' })).not.toContainText('What-if');
  });
}

test('a typed address with a refused what-if says why too, and a good one clears it', async ({ page }) => {
  await page.goto('/#/?preset=article');
  const whatIf = page.getByRole('region', { name: 'What-if', exact: true });
  await expect(whatIf).toBeVisible();
  await page.evaluate(() => {
    window.location.hash = '#/?preset=article&quota=NaN';
  });
  await expect(whatIf.getByRole('alert')).toContainText('Not applied: quota="NaN": not a number');
  await page.evaluate(() => {
    window.location.hash = '#/?preset=article&quota=3';
  });
  await expect(whatIf.getByRole('alert')).toHaveCount(0);
  await expect(whatIf).toContainText('CreateRouteFailed');
});
