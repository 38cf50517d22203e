import { encodeScenarioParam } from '../src/app/url/scenario-param.ts';
import { construct } from '../src/engine/index.ts';
import { parseScenario } from '../src/engine/scenario/parse.ts';
import { PRESETS, presetScenario } from '../src/engine/scenario/presets.ts';
import { explorer, stepInUrl, stepTitled } from './explorer-helpers.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { screenshotPath } from './screenshots.ts';

const article = construct(presetScenario('article'));
const LAST = article.steps.length;
/** Where Playwright's clock starts, for the tests that drive time themselves. */
const CLOCK_START = Date.parse('2026-01-01T00:00:00Z');

test('after the last step the VPC route table routes each pod CIDR to its instance', async ({ page }) => {
  await page.goto('/#/?preset=article');
  const ui = explorer(page);
  await ui.last.click();
  await expect(ui.current).toContainText(article.steps[LAST - 1]?.title ?? '');
  expect(stepInUrl(page.url())).toBe(LAST);
  const table = page.getByRole('table', { name: 'VPC route table', exact: true });
  for (const [destination, node] of [
    ['172.16.0.0/25', 'master-1'],
    ['172.16.0.128/25', 'node-a'],
    ['172.16.1.0/25', 'node-b'],
  ] as const) {
    const instance = article.final.nodes.get(node)?.instanceId ?? '?';
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: destination, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(`${instance} (${node})`);
    await expect(row).toContainText('custom');
    // The diagram shows the same entry in the vRouter's table, and the node with its pod CIDR.
    const topology = page.getByRole('region', { name: 'Topology', exact: true });
    await expect(topology).toContainText(new RegExp(`${destination.replaceAll('.', '\\.')}\\s*→\\s*${node}`));
    await expect(
      topology.getByRole('button', { name: new RegExp(`^ECS node ${node}, .*pod CIDR ${destination}`) }),
    ).toBeVisible();
  }
});

test('cni0 on node-a appears at the step that creates it and goes when stepping back', async ({ page }) => {
  const n = stepTitled(article.steps, /bridge plugin creates cni0 on node-a/);
  await page.goto('/#/?preset=article');
  const ui = explorer(page);
  const cni0 = page.getByRole('button', { name: /^cni0 bridge on node-a/ });
  await ui.steps.getByRole('button', { name: /bridge plugin creates cni0 on node-a/ }).click();
  expect(stepInUrl(page.url())).toBe(n);
  await expect(cni0).toHaveCount(1);
  await expect(ui.narration).toContainText('bridge plugin creates cni0 on node-a');
  await ui.previous.click();
  expect(stepInUrl(page.url())).toBe(n - 1);
  await expect(cni0).toHaveCount(0);
  await ui.next.click();
  await expect(cni0).toHaveCount(1);
});

test('clicking cni0 shows its own artifacts: its ip addr lines and its bridge fdb', async ({ page }) => {
  await page.goto('/#/?preset=article');
  await explorer(page).last.click();
  await page.getByRole('button', { name: /^cni0 bridge on node-a/ }).click();
  const inspector = page.getByRole('region', { name: /^Inspector/ });
  await expect(inspector).toContainText('cni0 on node-a');
  const tabs = inspector.getByRole('tab');
  await expect(tabs).toHaveText([/ip addr/, /bridge fdb/]);
  await expect(inspector.getByRole('tab', { name: /Node spec/ })).toHaveCount(0);
  await inspector.getByRole('tab', { name: /ip addr/ }).click();
  const panel = inspector.getByRole('tabpanel');
  await expect(panel).toContainText('3: cni0: <BROADCAST,MULTICAST,UP,LOWER_UP>');
  await expect(panel).toContainText('inet 172.16.0.129/25 brd 172.16.0.255 scope global cni0');
  await expect(panel).not.toContainText('eth0');
  await inspector.getByRole('tab', { name: /bridge fdb/ }).click();
  await expect(panel).toContainText('dev cni0 master cni0 permanent');
  await expect(panel).toContainText('33:33:00:00:00:01 dev cni0 self permanent');
});

test("the article preset explains the article's 172.16.8.1/25 where node-b's pod CIDR shows", async ({
  page,
}) => {
  const n = stepTitled(article.steps, /node-b gets pod CIDR 172\.16\.1\.0\/25/);
  await page.goto(`/#/?preset=article&step=${n}&sel=node:node-b`);
  const ui = explorer(page);
  await expect(ui.narration).toContainText(
    'gateway form, as FLANNEL_SUBNET writes it (network + 1), of 172.16.8.0/25',
  );
  await expect(ui.narration).toContainText('the 17th /25 block of 172.16.0.0/16');
  const inspector = page.getByRole('region', { name: /^Inspector/ });
  await expect(inspector).toContainText("The article gives node B's pod CIDR as 172.16.8.1/25");
});

test('a deep link to a middle step restores the same view after a reload', async ({ page }) => {
  const n = stepTitled(article.steps, /flanneld on node-a writes subnet\.env/);
  await page.goto(`/#/?preset=article&step=${n}&sel=node:node-a`);
  const ui = explorer(page);
  const check = async () => {
    await expect(ui.current).toContainText(article.steps[n - 1]?.title ?? '');
    await expect(ui.narration).toContainText(`Step ${n} of ${LAST}`);
    await expect(page.getByRole('table', { name: 'Routes on node-a', exact: true })).toBeVisible();
    await expect(page.getByRole('tab', { name: /subnet\.env/, selected: true })).toBeVisible();
    await expect(page.getByRole('tabpanel').getByText('FLANNEL_SUBNET=172.16.0.129/25')).toBeVisible();
  };
  await check();
  await page.reload();
  await check();
  expect(page.url()).toContain(`step=${n}`);
  expect(page.url()).toContain('sel=node:node-a');
});

test('stepping and selecting keep the URL on the view; Back and typed hashes are applied', async ({
  page,
}) => {
  await page.goto('/#/?preset=article&step=3');
  const ui = explorer(page);
  await ui.next.click();
  expect(stepInUrl(page.url())).toBe(4);
  await page.getByRole('button', { name: 'Show element' }).click();
  await expect.poll(() => page.url()).toContain('sel=node:node-a');
  await page.evaluate(() => {
    window.location.hash = '#/?preset=small&step=5';
  });
  await expect(page.getByText('Small: three workers')).toBeVisible();
  await expect(ui.narration).toContainText('Step 5 of');
  await page.getByLabel('Scenario').selectOption('large');
  await expect(ui.narration).toContainText('Step 0 of');
  await page.goBack();
  await expect(page.getByText('Small: three workers')).toBeVisible();
});

test('bad URL parameters fall back to safe defaults', async ({ page }) => {
  await page.goto('/#/?preset=nope&step=-4&sel=%3Cimg%20src%3Dx%3E');
  const ui = explorer(page);
  await expect(page.getByText('ACK + Flannel, as in the article')).toBeVisible();
  await expect(ui.narration).toContainText('Step 0 of');
  await page.goto('/#/?preset=article&step=99999');
  await page.reload();
  await expect(ui.narration).toContainText(`Step ${LAST} of ${LAST}`);
  await page.goto('/#/?s=bm90IGpzb24&step=3');
  await page.reload();
  await expect(page.getByRole('alert')).toContainText(/scenario in the URL.*; the article is shown instead/);
  await expect(page.getByText('ACK + Flannel, as in the article')).toBeVisible();
});

test('a keyboard-only run reaches the last step', async ({ page }) => {
  await page.goto('/#/?preset=article');
  const ui = explorer(page);
  for (let i = 1; i <= 3; i++) await page.keyboard.press('ArrowRight');
  expect(stepInUrl(page.url())).toBe(3);
  await page.keyboard.press('ArrowLeft');
  expect(stepInUrl(page.url())).toBe(2);
  // Tab to the "Next step" button and use it.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) === 'Next step')
      break;
  }
  await expect(ui.next).toBeFocused();
  await page.keyboard.press('Enter');
  expect(stepInUrl(page.url())).toBe(3);
  await page.keyboard.press('Space');
  await expect(ui.current).toContainText(article.steps[3]?.title ?? '');
  await page.keyboard.press('End');
  await expect(ui.narration).toContainText(`Step ${LAST} of ${LAST}`);
  await expect(ui.current).toContainText(article.steps[LAST - 1]?.title ?? '');
  await page.keyboard.press('Home');
  await expect(ui.narration).toContainText(`Step 0 of ${LAST}`);
});

test('Play advances the steps by itself and Pause stops it', async ({ page }) => {
  // Playwright's clock drives the app's frames and timers: time passes only when the test says so,
  // so "Pause stops it" is checked over 10 s of the app's time without waiting for them.
  await page.clock.install({ time: CLOCK_START });
  await page.goto('/#/?preset=article&step=5');
  const ui = explorer(page);
  await expect(ui.narration).toContainText(`Step 5 of ${LAST}`);
  await page.clock.pauseAt(CLOCK_START + 600_000);
  await page.getByLabel('Speed').selectOption('4');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  // At speed 4 a step takes (800 + 700) / 4 = 375 ms (store/timing.ts): 1.5 s is four steps.
  await page.clock.runFor(1_500);
  await expect.poll(() => stepInUrl(page.url())).toBeGreaterThan(6);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(ui.play).toBeVisible();
  const stopped = stepInUrl(page.url());
  expect(stopped).toBeLessThan(LAST);
  await page.clock.runFor(10_000);
  expect(stepInUrl(page.url())).toBe(stopped);
  await expect(ui.play).toBeVisible();
});

test('axe finds no serious or critical violations at three steps', async ({ page }) => {
  for (const [n, sel] of [
    [0, ''],
    [stepTitled(article.steps, /CCM adds VPC route 172\.16\.0\.128/), '&sel=node:node-a'],
    [LAST, '&sel=pod:web-1'],
  ] as const) {
    await page.goto(`/#/?preset=article&step=${n}${sel}`);
    await page.reload();
    await expect(explorer(page).narration).toContainText(`Step ${n} of ${LAST}`);
    await expectNoAxeViolations(page);
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('the legend names what the colours and marks of the diagram stand for', async ({ page }) => {
  await page.goto(`/#/?preset=article&step=${LAST}`);
  const legendButton = page.getByRole('button', { name: 'Legend' });
  await expect(legendButton).toHaveAttribute('aria-expanded', 'false');
  await legendButton.click();
  const legend = page.getByRole('list', { name: 'Diagram legend' });
  await expect(legend.getByRole('listitem')).toHaveCount(18);
  await expect(legend).toContainText("cni0 bridge, the pods' gateway");
  await expect(legend).toContainText('flannel.1: the vxlan tunnel endpoint (VTEP)');
  await expect(legend).toContainText('changed by this step, or matched at this hop');
  await expectNoAxeViolations(page);
  await legendButton.click();
  await expect(legend).toBeHidden();
});

test('failures show in the step list, the narration and the route table, in the engine words', async ({
  page,
}) => {
  const file = { ...(PRESETS.article as { vpc: object }) };
  const tight = { ...file, vpc: { ...file.vpc, routeQuota: 2 } };
  const parsed = parseScenario(tight);
  if (!parsed.ok) throw new Error('scenario invalid');
  const steps = construct(parsed.scenario).steps;
  const refused = steps.find((s) => s.failed);
  if (!refused) throw new Error('no failed step');
  await page.goto(`/#/?s=${encodeScenarioParam(tight)}&step=${refused.index}`);
  const ui = explorer(page);
  await expect(ui.current).toContainText('failed');
  await expect(ui.current).toContainText(refused.title);
  await expect(ui.narration).toContainText(refused.explanation);
  await expect(ui.narration).toContainText('CreateRouteFailed: Create Route Failed for vtb-');
  await expect(ui.narration).toContainText('Message: Route entry quota exceeded in this route table.');
  await expect(page.getByRole('region', { name: 'VPC route table' })).toContainText('quota exceeded');
  await page.getByRole('button', { name: 'Show element' }).click();
  await page.screenshot({
    path: screenshotPath('explorer-failure-light'),
  });
});
