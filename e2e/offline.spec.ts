import { expect, test } from './fixtures.ts';

// The parts that load after the first paint, as the build names their chunks.
const LATER = /\/assets\/(TrafficPanel|WhatIfPanel|HopNarration|packet-engine|zoom-behavior)-[^/]*\.js$/;

test.use({
  // What the browser and React report about the requests this test makes fail on purpose.
  expectedConsoleErrors:
    /^(Failed to load resource|(TypeError: )?Failed to fetch dynamically imported module)/,
});

test('when the parts loaded after the first paint cannot be fetched, the page still works and says what is missing', async ({
  page,
}) => {
  await page.route(LATER, (route) => route.abort('internetdisconnected'));
  const narration = page.getByRole('region', { name: 'Narration', exact: true }).getByRole('status');

  await page.goto('/#/?preset=article');
  await expect(page.getByRole('alert')).toContainText('The Traffic and What-if panels could not be loaded');
  // The construction does not need them.
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(narration).toContainText('Step 1 of');
  await expect(page.getByRole('table', { name: 'VPC route table' })).toBeVisible();

  // A link to a packet walk opens, and says why there is no walk.
  await page.goto('/#/?preset=article&trace=pod:web-1,pod:api-1&hop=2');
  await page.reload();
  const walkRegion = page.getByRole('region', { name: 'Narration', exact: true });
  await expect(walkRegion).toContainText('Nothing was sent');
  await expect(walkRegion).toContainText('The packet engine could not be loaded');
});
