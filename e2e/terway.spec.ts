/**
 * The article's cluster on Terway, opened from a link carrying the scenario (`&cni=terway` waits
 * for the dataplanes' URL parameter): the construction shows the ENI steps, web-1 → api-1 crosses
 * the VPC with no custom route and no NAT on the node, web-1 → the Internet keeps the pod IP as
 * its source until the NAT gateway.
 */
import { compressScenarioParam } from '../src/app/share/scenario-codec.ts';
import { construct } from '../src/engine/index.ts';
import { PRESETS } from '../src/engine/scenario/presets.ts';
import { terwayScenario } from '../src/engine/terway/test-worlds.ts';
import { explorer, stepTitled } from './explorer-helpers.ts';
import { expect, test } from './fixtures.ts';
import { articleTrace, hopCount, hopNumber, packetWalk } from './packet-helpers.ts';

const FILE = {
  ...(PRESETS.article as { cluster: object }),
  cluster: { ...(PRESETS.article as { cluster: object }).cluster, cni: { plugin: 'terway' } },
};
const scenario = terwayScenario();
const steps = construct(scenario).steps;
const cross = articleTrace('pod:web-1', 'pod:api-1', scenario);
const internet = articleTrace('pod:web-1', 'external:internet', scenario);

test('the article on Terway builds with ENI steps: create, attach, then the pod on its ENI', async ({
  page,
}) => {
  const param = await compressScenarioParam(FILE);
  const attach = stepTitled(steps, /^ENI eni-\w+ attached to node-a as eth1$/);
  await page.goto(`/#/?s=${param}&step=${attach}`);
  const ui = explorer(page);
  await expect(ui.current).toContainText('attached to node-a as eth1');
  await expect(ui.steps).toContainText(/terwayd creates ENI eni-\w+ in vsw-a/);
  await expect(ui.steps).toContainText('k8s.aliyun.com/max-available-ip=210');
  await ui.next.click();
  await expect(ui.current).toContainText('web-1 gets 192.168.0.1 on eth0, routed by policy via eth1');
});

test('web-1 → api-1 leaves by the ENI, the VPC delivers to the ENI holding api-1: no custom route, no NAT on the node', async ({
  page,
}) => {
  const param = await compressScenarioParam(FILE);
  await page.goto(`/#/?s=${param}`);
  const ui = packetWalk(page);
  await ui.source.fill('pod:web-1');
  await ui.destination.fill('pod:api-1');
  await ui.send.click();
  await expect(ui.items).toHaveCount(hopCount(cross));
  const out = hopNumber(cross, (at, _, d) => at === 'node:node-a' && d === 'request');
  await ui.items.nth(out - 1).click();
  await expect(ui.narration).toContainText('2048: from 192.168.0.1 lookup 1003');
  const router = hopNumber(cross, (at, _, d) => at === 'vpc-router' && d === 'request');
  await ui.items.nth(router - 1).click();
  await expect(ui.narration).toContainText('No custom route is involved');
  await expect(ui.vpcTable).not.toContainText('→ node-b');
  for (let n = 1; n <= cross.hops.length; n++) {
    await ui.items.nth(n - 1).click();
    await expect(ui.headers.getByRole('row', { name: /^Source IP/ })).toContainText('192.168.0.1');
  }
  expect(cross.hops.some((h) => h.action === 'snat')).toBe(false);
});

test('web-1 → the Internet: the source stays the pod IP until the NAT gateway SNATs it', async ({ page }) => {
  const param = await compressScenarioParam(FILE);
  await page.goto(`/#/?s=${param}`);
  const ui = packetWalk(page);
  await ui.source.fill('pod:web-1');
  await ui.destination.fill('external:internet');
  await ui.send.click();
  await expect(ui.items).toHaveCount(hopCount(internet));
  const node = hopNumber(internet, (at, _, d) => at === 'node:node-a' && d === 'request');
  await ui.items.nth(node - 1).click();
  await expect(ui.headers.getByRole('row', { name: /^Source IP/ })).toContainText('192.168.0.1');
  const snat = hopNumber(internet, (at, action) => at === 'nat-gateway' && action === 'snat');
  await ui.items.nth(snat - 1).click();
  await expect(ui.current).toContainText('SNAT');
  await expect(ui.narration).toContainText('198.51.100.20');
  expect(internet.hops.filter((h) => h.action === 'snat').map((h) => h.at)).toEqual(['nat-gateway']);
});

test('#/?preset=article&cni=terway builds the article on Terway, with its ENI steps', async ({ page }) => {
  const attach = stepTitled(steps, /^ENI eni-\w+ attached to node-a as eth1$/);
  await page.goto(`/#/?preset=article&cni=terway&step=${attach}`);
  const ui = explorer(page);
  await expect(ui.current).toContainText('attached to node-a as eth1');
  await expect(ui.steps).toContainText('k8s.aliyun.com/max-available-ip=210');
  // The header says which dataplane the article is shown on.
  await expect(page.locator('header')).toContainText(
    'ACK + Flannel, as in the article · on Terway (ENIs, policy routing)',
  );
  // The legend keys the ENI chips on Terway (the article on Flannel has none: explorer.spec.ts).
  await page.getByRole('button', { name: 'Legend' }).click();
  const legend = page.getByRole('list', { name: 'Diagram legend' });
  await expect(legend.getByRole('listitem')).toHaveCount(19);
  await expect(legend).toContainText(
    'ENI (Terway): an elastic network interface terwayd attached to the ECS instance',
  );
});

const noSnat = terwayScenario((s) => ({ ...s, faults: [{ kind: 'snat-entry-missing', node: 'node-a' }] }));
const offline = articleTrace('pod:web-1', 'external:internet', noSnat);

test('#/?preset=article&cni=terway&faults=snat-entry-missing:node-a: web-1 → the Internet is dropped at the NAT gateway', async ({
  page,
}) => {
  await page.goto('/#/?preset=article&cni=terway&faults=snat-entry-missing:node-a');
  const ui = packetWalk(page);
  await expect(page.getByRole('list', { name: 'Construction steps' })).toContainText(
    'What-if: no SNAT entry for vsw-a, the pod vSwitch of node-a',
  );
  await ui.source.fill('pod:web-1');
  await ui.destination.fill('external:internet');
  await ui.send.click();
  await expect(ui.items).toHaveCount(offline.hops.length);
  expect(offline.outcome).toBe('dropped');
  await page.getByRole('button', { name: 'Last step', exact: true }).click();
  await expect(ui.current).toContainText('NAT gateway');
  await expect(ui.current).toContainText('drop');
  await expect(ui.narration).toContainText(`Dropped: ${offline.reason}`);
});

test("the What-if panel on Terway offers Terway's faults; security-group-denies-pods drops web-1 → api-1 at node-b's ENI", async ({
  page,
}) => {
  const denied = articleTrace(
    'pod:web-1',
    'pod:api-1',
    terwayScenario((s) => ({ ...s, faults: [{ kind: 'security-group-denies-pods', node: 'node-b' }] })),
  );
  await page.goto('/#/?preset=article&cni=terway');
  const ui = packetWalk(page);
  await ui.source.fill('pod:web-1');
  await ui.destination.fill('pod:api-1');
  await ui.send.click();
  await expect(ui.items).toHaveCount(hopCount(cross));
  await expect(ui.whatIf.getByRole('checkbox', { name: /cni0-down/ })).toHaveCount(0);
  await ui.whatIf.getByLabel('Faults on').selectOption('node-b');
  await ui.whatIf.getByRole('checkbox', { name: /security-group-denies-pods/ }).check();
  await expect(page).toHaveURL(/faults=security-group-denies-pods:node-b/);
  await expect(ui.items).toHaveCount(denied.hops.length);
  await page.getByRole('button', { name: 'Last step', exact: true }).click();
  await expect(ui.current).toContainText('drop');
  await expect(ui.narration).toContainText(`Dropped: ${denied.reason}`);
  await expect(ui.narration).toContainText('(enterprise) inbound: no rule accepts 192.168.0.1');
});
