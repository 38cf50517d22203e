import { construct } from '../src/engine/index.ts';
import { presetScenario } from '../src/engine/scenario/presets.ts';
import { author, hashParams } from './author-helpers.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { screenshotPath } from './screenshots.ts';

const LAST = construct(presetScenario('article')).steps.length;
/** Where Playwright's clock starts, for the tests that drive time themselves. */
const CLOCK_START = Date.parse('2026-01-01T00:00:00Z');
const nodeA = /^ECS node node-a, .*pod CIDR 172\.16\.0\.128\/25/;

test('a /24 cluster CIDR with /25 node blocks gives 2 node CIDRs, and the third node CIDRNotAvailable', async ({
  page,
}) => {
  await page.goto('/#/?preset=article&step=12');
  const ui = author(page);
  await ui.open.click();
  await expect(ui.editor).toBeVisible();
  await expect(ui.capacity).toContainText('512 node CIDRs available');
  await ui.field('Cluster CIDR').fill('172.16.0.0/24');
  await ui.select('Node mask').selectOption('25');
  await expect(ui.capacity).toContainText('2 node CIDRs available');
  await expect(ui.capacity).toContainText('125 usable pod IPs per node');
  await expect(ui.capacity).toContainText('bound by the cluster CIDR');
  await expect(ui.capacity).toContainText('CIDRNotAvailable');
  // The timeline of the applied scenario: node-b, registered third, gets no block.
  await expect(
    ui.steps.getByRole('button', { name: /node-b gets no pod CIDR: CIDRNotAvailable/ }),
  ).toBeVisible();
  await expect.poll(() => hashParams(page.url()).get('s')).toMatch(/^v1\./);
  expect(hashParams(page.url()).get('step')).toBe('12');
  await expect(ui.status).toHaveText('Valid: the diagram shows this scenario.');
  await expectNoAxeViolations(page);
  await ui.capacity.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('author-editor-light') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenshotPath('author-editor-dark') });
});

test('an invalid CIDR shows its message by the field while the diagram keeps the last good scenario', async ({
  page,
}) => {
  // Playwright's clock holds the app's timers until the test lets time pass (below).
  await page.clock.install({ time: CLOCK_START });
  await page.goto(`/#/?preset=article&step=${LAST}`);
  const ui = author(page);
  await expect(ui.topology.getByRole('button', { name: nodeA })).toBeVisible();
  await ui.open.click();
  const cidr = ui.field('Cluster CIDR');
  await expect(cidr).toBeVisible();
  await page.clock.pauseAt(CLOCK_START + 600_000);
  await cidr.fill('172.16.0.1/16');
  await expect(cidr).toHaveAttribute('aria-invalid', 'true');
  await expect(cidr).toHaveAccessibleDescription(
    /172\.16\.0\.1\/16 has host bits set; the network address is 172\.16\.0\.0\/16/,
  );
  await expect(ui.status).toContainText('1 problem: the diagram keeps the last valid scenario');
  await expect(ui.capacity).toContainText('(of the last valid scenario)');
  // A valid draft is applied 250 ms after the last edit (view/editor/useDraft.ts): 2 s of the app's
  // time fire every timer the edit started, and the invalid one changes nothing.
  await page.clock.runFor(2_000);
  await expect(ui.topology.getByRole('button', { name: nodeA })).toBeVisible();
  expect(hashParams(page.url()).get('preset')).toBe('article');
  await page.clock.resume();
  await page.screenshot({ path: screenshotPath('author-editor-invalid') });

  // The same draft in the JSON view; broken JSON is listed above and changes nothing either.
  await ui.editor.getByRole('button', { name: 'JSON', exact: true }).click();
  await expect(ui.json).toHaveValue(/"podCidr": "172\.16\.0\.1\/16"/);
  await expect(ui.json).toHaveAccessibleDescription(/cluster\.podCidr: 172\.16\.0\.1\/16 has host bits set/);
  await page.screenshot({ path: screenshotPath('author-editor-json') });
  await ui.json.fill('{ "vpc": ');
  await expect(ui.editor.getByRole('region', { name: 'Problems' })).toContainText(
    '(root): the scenario is not valid JSON',
  );
  await ui.editor.getByRole('button', { name: 'Form', exact: true }).click();
  await expect(ui.editor).toContainText('The form needs a JSON object');
  await expect(ui.topology.getByRole('button', { name: nodeA })).toBeVisible();

  // A messages with no field of its own goes to the list at the top of the form.
  await ui.editor.getByRole('button', { name: 'JSON', exact: true }).click();
  await ui.json.fill(JSON.stringify({ ...(presetScenario('article') as object), colour: 'blue' }));
  await ui.editor.getByRole('button', { name: 'Form', exact: true }).click();
  await expect(ui.editor.getByRole('region', { name: 'Problems' })).toContainText(
    'colour: unknown key "colour"',
  );
});

test('nodes reorder in registration order, and pods move between nodes', async ({ page }) => {
  await page.goto('/#/?preset=article');
  const ui = author(page);
  await ui.open.click();
  await ui.editor.getByRole('button', { name: 'Move node node-b up' }).click();
  await expect(
    ui.steps.getByRole('button', { name: /node-b gets pod CIDR 172\.16\.0\.128\/25/ }),
  ).toBeVisible();
  await ui.editor.getByRole('button', { name: 'Add node' }).click();
  await expect(ui.field('Node node-4 Name')).toHaveValue('node-4');
  await ui.select('Pod api-1 Node').selectOption('node-4');
  await expect(ui.steps.getByRole('button', { name: /api-1/ }).first()).toContainText('node-4');
  await ui.field('Pod api-1 Containers').fill('api, Sidecar');
  await expect(ui.field('Pod api-1 Containers')).toHaveAccessibleDescription(
    /"Sidecar" is not a valid container name/,
  );
  await ui.editor.getByRole('button', { name: 'Remove node node-4' }).click();
  await expect(ui.select('Pod api-1 Node')).toHaveAccessibleDescription(/unknown node "node-4"/);
  await ui.editor
    .getByRole('region', { name: 'Problems' })
    .or(ui.editor.getByRole('group', { name: 'Nodes' }))
    .first()
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('author-editor-nodes') });
  await page.keyboard.press('Escape');
  await expect(ui.editor).toHaveCount(0);
  await expect(ui.open).toBeFocused();
});

test('Back and Forward step through presets and scenario edits', async ({ page }) => {
  await page.goto('/#/?preset=article&step=2');
  const ui = author(page);
  await page.getByLabel('Scenario').selectOption('small');
  await expect(page.getByText('Small: three workers')).toBeVisible();
  await ui.open.click();
  await ui.field('Title').fill('Edited in class');
  await expect(page.locator('header').getByText('Edited in class')).toBeVisible();
  await expect.poll(() => hashParams(page.url()).get('s')).toMatch(/^v1\./);
  await page.goBack();
  await expect(page.locator('header').getByText('Small: three workers')).toBeVisible();
  await expect(ui.field('Title')).toHaveValue('Small: three workers');
  await page.goBack();
  await expect(page.locator('header').getByText('ACK + Flannel, as in the article')).toBeVisible();
  await expect(ui.narration).toContainText(`Step 2 of ${LAST}`);
  await page.goForward();
  await page.goForward();
  await expect(page.locator('header').getByText('Edited in class')).toBeVisible();
});

test('a choice with a default is listed once: the node mask /24 and the worker role', async ({ page }) => {
  await page.goto('/#/?preset=article');
  const ui = author(page);
  await ui.open.click();
  // Retrying assertions first: allTextContents() reads whatever is there, and on a busy machine
  // the editor's options may not be there yet.
  await expect(ui.select('Node mask').locator('option', { hasText: /^\/24 / })).toHaveText([
    '/24 (256 addresses, default)',
  ]);
  const masks = await ui.select('Node mask').locator('option').allTextContents();
  expect(masks.filter((text) => text.startsWith('/24 '))).toEqual(['/24 (256 addresses, default)']);
  expect(new Set(masks).size).toBe(masks.length);
  await expect(ui.select(/Role/).first().locator('option')).toHaveText(['worker (default)', 'master']);
  await ui.select('Node mask').selectOption('');
  await expect(ui.select('Node mask')).toHaveValue('');
  await expect(ui.capacity).toContainText('256');
});
