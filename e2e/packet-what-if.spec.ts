import { construct } from '../src/engine/index.ts';
import { parseScenario } from '../src/engine/scenario/parse.ts';
import { PRESETS } from '../src/engine/scenario/presets.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { articleTrace, hopCount, LAST, packetWalk } from './packet-helpers.ts';

/** What-if (issue 5): break the article's cluster and watch the walk fail where the engine says. */
const cross = articleTrace('pod:web-1', 'pod:api-1');

test('with vpc-route-deleted on node-b the walk stops where the engine drops it, with its reason', async ({
  page,
}) => {
  const file = PRESETS.article as object;
  const parsed = parseScenario({ ...file, faults: [{ kind: 'vpc-route-deleted', node: 'node-b' }] });
  if (!parsed.ok) throw new Error('invalid');
  const broken = articleTrace('pod:web-1', 'pod:api-1', parsed.scenario);
  const whatIfStep = construct(parsed.scenario).steps.at(-1);
  await page.goto('/#/?preset=article');
  const ui = packetWalk(page);
  await ui.preset('Across nodes').click();
  await ui.whatIf.getByLabel('Faults on').selectOption('node-b');
  await ui.whatIf.getByRole('checkbox', { name: /vpc-route-deleted/ }).check();
  await expect(page).toHaveURL(/faults=vpc-route-deleted:node-b/);
  await expect(page.getByRole('list', { name: 'Construction steps' })).toContainText(
    whatIfStep?.title ?? '?',
  );
  await expect(ui.items).toHaveCount(broken.hops.length);
  await page.getByRole('button', { name: 'Last step', exact: true }).click();
  await expect(ui.current).toContainText('NAT gateway');
  await expect(ui.current).toContainText('drop');
  await expect(ui.narration).toContainText(`Dropped: ${broken.reason}`);
  await expect(ui.narration).toContainText("node-b's entry 172.16.1.0/25");
  const section = page.getByRole('region', { name: 'Narration' });
  await expect(section).toContainText('What an operator sees');
  await expect(section).toContainText(whatIfStep?.title ?? '?');
  await expect(ui.topology).toContainText('dropped · 172.16.0.130 → 172.16.1.2');
  await expectNoAxeViolations(page);
  // Undo: the route is back and the packet arrives.
  await ui.whatIf.getByRole('button', { name: 'Undo what-if' }).click();
  await expect(ui.items).toHaveCount(hopCount(cross));
  await expect(page).not.toHaveURL(/faults=/);
});

test('a refused what-if shows the engine message and keeps the last good scenario', async ({ page }) => {
  await page.goto(`/#/?preset=article&step=${LAST}`);
  const ui = packetWalk(page);
  await ui.whatIf.getByLabel('Cluster CIDR').selectOption('26');
  await expect(ui.whatIf.getByRole('alert')).toContainText(
    'cluster.podCidr: Controller: Invalid --cluster-cidr',
  );
  await expect(page.getByRole('list', { name: 'Construction steps' })).not.toContainText('What-if');
  await ui.whatIf.getByLabel('VPC route quota').fill('3');
  await expect(ui.whatIf.getByRole('alert')).toHaveCount(0);
  await expect(ui.whatIf).toContainText('CreateRouteFailed');
  await expect(page).toHaveURL(/quota=3/);
});

test('with masquerade rules missing on node-b, "Pod → Internet" starts on node-b and shows the drop', async ({
  page,
}) => {
  const parsed = parseScenario({
    ...(PRESETS.article as object),
    faults: [{ kind: 'masquerade-rules-missing', node: 'node-b' }],
  });
  if (!parsed.ok) throw new Error('invalid');
  const broken = articleTrace('pod:api-1', 'external:internet', parsed.scenario);
  expect(broken.outcome).toBe('dropped');
  await page.goto(`/#/?preset=article&step=${LAST}&faults=masquerade-rules-missing:node-b`);
  const ui = packetWalk(page);
  await ui.preset('Pod → Internet').click();
  await expect(ui.source).toHaveValue('pod:api-1');
  await expect(ui.items).toHaveCount(broken.hops.length);
  await page.getByRole('button', { name: 'Last step', exact: true }).click();
  await expect(ui.current).toContainText('drop');
  await expect(ui.narration).toContainText(`Dropped: ${broken.reason}`);
});

test('a route quota the engine refuses says why in the What-if panel, and a valid one applies', async ({
  page,
}) => {
  await page.goto(`/#/?preset=article&step=${LAST}`);
  const ui = packetWalk(page);
  const quota = ui.whatIf.getByLabel('VPC route quota');
  await quota.fill('-5');
  await expect(ui.whatIf.getByRole('alert')).toHaveText(
    'Not applied: vpc.routeQuota: -5 is not allowed: the route quota is a whole number of custom route entries from 1 to 100000 (200 by default)',
  );
  await expect(page).not.toHaveURL(/quota=/);
  await quota.fill('1e5');
  await expect(ui.whatIf.getByRole('alert')).toHaveCount(0);
  await expect(page).toHaveURL(/quota=100000/);
});
