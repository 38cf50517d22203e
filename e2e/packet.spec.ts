import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { articleTrace, hopCount, hopNumber, LAST, LAST_WITH_FAULT, packetWalk } from './packet-helpers.ts';

const cross = articleTrace('pod:web-1', 'pod:api-1');
const internet = articleTrace('pod:web-1', 'external:internet');

test("pod on node-a → pod on node-b crosses the VPC router by node-b's route, with pod addresses", async ({
  page,
}) => {
  await page.goto('/#/?preset=article');
  const ui = packetWalk(page);
  await ui.source.fill('pod:web-1');
  await ui.destination.fill('pod:api-1');
  await ui.send.click();
  await expect(ui.items).toHaveCount(hopCount(cross));
  const router = hopNumber(cross, (at, _, d) => at === 'vpc-router' && d === 'request');
  await ui.items.nth(router - 1).click();
  await expect(ui.current).toContainText('VPC router');
  await expect(ui.narration).toContainText(`Hop ${router} of ${hopCount(cross)}`);
  await expect(ui.narration).toContainText('172.16.1.0/25 → ');
  const row = ui.vpcTable.locator('tr[data-matched]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('172.16.1.0/25');
  await expect(row).toContainText('matched by the packet');
  await expect(page).toHaveURL(new RegExp(`trace=pod:web-1%2Cpod:api-1&hop=${router}(&|$)`));
  // Every request hop keeps the pod addresses.
  for (let n = 1; n <= cross.hops.length; n++) {
    await ui.items.nth(n - 1).click();
    await expect(ui.headers.getByRole('row', { name: /^Source IP/ })).toContainText('172.16.0.130');
    await expect(ui.headers.getByRole('row', { name: /^Destination IP/ })).toContainText('172.16.1.2');
    await expect(ui.narration).not.toContainText(/source 172\.16\.0\.130 →/);
  }
  await expect(ui.topology).toContainText('172.16.0.130 → 172.16.1.2');
});

test('pod → Internet: the source becomes node-a at node-a, then the EIP at the NAT gateway, and back', async ({
  page,
}) => {
  await page.goto('/#/?preset=article');
  const ui = packetWalk(page);
  await ui.preset('Pod → Internet').click();
  await expect(ui.source).toHaveValue('pod:web-1');
  await expect(ui.destination).toHaveValue('external:internet');
  const masquerade = hopNumber(internet, (at, action) => at === 'node:node-a' && action === 'snat');
  await ui.items.nth(masquerade - 1).click();
  await expect(ui.current).toContainText('node-a');
  await expect(ui.current).toContainText('SNAT');
  await expect(ui.narration).toContainText('source 172.16.0.130 → 192.168.0.10');
  await expect(ui.narration).toContainText('MASQUERADE');
  await expect(ui.topology).toContainText('192.168.0.10 → 203.0.113.10');
  const gateway = hopNumber(internet, (at, action) => at === 'nat-gateway' && action === 'snat');
  await ui.items.nth(gateway - 1).click();
  await expect(ui.narration).toContainText('source 192.168.0.10 → 198.51.100.20');
  await expect(ui.topology).toContainText('198.51.100.20 → 203.0.113.10');
  // The answer is un-NATed by conntrack: at the NAT gateway, then at node-a.
  const unNat = hopNumber(
    internet,
    (at, action, d) => at === 'node:node-a' && action === 'un-nat' && d === 'reply',
  );
  await ui.items.nth(unNat - 1).click();
  await expect(ui.narration).toContainText('destination 192.168.0.10 → 172.16.0.130');
  await expect(ui.narration).toContainText('conntrack');
});

test("a hop's evidence in the NAT gateway's SNAT table or a local table opens there, its line marked", async ({
  page,
}) => {
  const inspector = page.getByRole('region', { name: /^Inspector/ });
  const gateway = hopNumber(internet, (at, action) => at === 'nat-gateway' && action === 'snat');
  await page.goto(`/#/?preset=article&trace=pod:web-1,external:internet&hop=${gateway}`);
  await page.getByRole('button', { name: 'Show evidence' }).click();
  await expect(inspector.getByRole('tab', { name: 'SNAT table' })).toHaveAttribute('aria-selected', 'true');
  await expect(inspector.locator('[data-matched]')).toContainText(
    'SNAT 192.168.0.0/24 (vsw-a) → 198.51.100.20',
  );

  await page.goto('/#/?preset=article&trace=pod:web-1/nginx,pod:web-1/log-agent&hop=1');
  await page.getByRole('button', { name: 'Show evidence' }).click();
  await expect(inspector.getByRole('tab', { name: 'ip route show table local' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(inspector.locator('[data-matched]')).toContainText(
    'local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1',
  );
});

test('same-node traffic never reaches the VPC router; container → container stays in the pod', async ({
  page,
}) => {
  await page.goto('/#/?preset=article');
  const ui = packetWalk(page);
  await ui.preset('Same node').click();
  const same = articleTrace('pod:web-1', 'pod:cache-1');
  await expect(ui.items).toHaveCount(hopCount(same));
  await expect(ui.hops).not.toContainText('VPC router');
  await expect(ui.hops).toContainText('bridge (L2)');
  await ui.preset('Inside a pod').click();
  await expect(ui.source).toHaveValue('pod:web-1/nginx');
  await expect(ui.destination).toHaveValue('pod:web-1/log-agent');
  const inside = articleTrace('pod:web-1/nginx', 'pod:web-1/log-agent');
  await expect(ui.items).toHaveCount(hopCount(inside));
  for (let n = 1; n <= hopCount(inside); n++)
    await expect(ui.items.nth(n - 1)).toContainText(/^\d+web-1 · lo/);
  await expect(ui.hops).not.toContainText('node-a');
});

test('a deep link with trace, hop and faults restores the same hop after a reload', async ({ page }) => {
  const router = hopNumber(cross, (at) => at === 'vpc-router');
  await page.goto(`/#/?preset=article&step=${LAST}&trace=pod:web-1,pod:api-1&hop=${router}`);
  const ui = packetWalk(page);
  const check = async () => {
    await expect(ui.narration).toContainText(`Hop ${router} of ${hopCount(cross)}`);
    await expect(ui.current).toContainText('VPC router');
    await expect(ui.vpcTable.locator('tr[data-matched]')).toContainText('172.16.1.0/25');
    await expect(
      page.getByText(`Hop ${router} of ${hopCount(cross)}`, { exact: false }).first(),
    ).toBeVisible();
  };
  await check();
  await page.reload();
  await check();
  await page.goto(
    `/#/?preset=article&step=${LAST_WITH_FAULT}&trace=pod:web-1,pod:api-1&hop=6&faults=vpc-route-deleted:node-b`,
  );
  await page.reload();
  await expect(ui.current).toContainText('NAT gateway');
  await expect(ui.whatIf.getByRole('button', { name: 'Remove vpc-route-deleted on node-b' })).toBeVisible();
});

test('keyboard only: type the endpoints, send, and step through the hops', async ({ page }) => {
  await page.goto(`/#/?preset=article&step=${LAST}`);
  const ui = packetWalk(page);
  await ui.source.focus();
  await page.keyboard.type('pod:web-1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('external:internet');
  await page.keyboard.press('Tab');
  await expect(ui.send).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ui.current).toBeVisible();
  await page.keyboard.press('End');
  await expect(ui.narration).toContainText(`Hop ${hopCount(internet)} of ${hopCount(internet)}`);
  await page.keyboard.press('Home');
  await expect(ui.narration).toContainText(`Hop 1 of ${hopCount(internet)}`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(ui.narration).toContainText(`Hop 3 of ${hopCount(internet)}`);
  await page.keyboard.press('ArrowLeft');
  await expect(ui.narration).toContainText(`Hop 2 of ${hopCount(internet)}`);
  // Space plays (focus is on no button now), and pauses again.
  await page.locator('body').focus();
  await page.keyboard.press('Space');
  await expect(ui.pause).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  // A hop of the list, reached with Tab, is chosen with Enter.
  await ui.items.nth(4).focus();
  await page.keyboard.press('Enter');
  await expect(ui.narration).toContainText(`Hop 5 of ${hopCount(internet)}`);
});

test('a link with a walk and no step opens it on the finished network', async ({ page }) => {
  await page.goto('/#/?preset=article&trace=pod:web-1,external:internet&hop=3');
  const ui = packetWalk(page);
  await expect(ui.narration).toContainText(`Hop 3 of ${hopCount(internet)}`);
  await expect(page).toHaveURL(new RegExp(`step=${LAST}(&|$)`));
});

test('a link with an unknown endpoint says why in the narration', async ({ page }) => {
  await page.goto('/#/?preset=article&trace=web-1,external:internet');
  const ui = packetWalk(page);
  const narration = page.getByRole('region', { name: 'Narration', exact: true });
  await expect(narration).toContainText('Nothing was sent');
  await expect(narration).toContainText('"web-1" is not an endpoint: use pod:NAME');
  await expect(page.getByRole('alert')).toContainText('"web-1" is not an endpoint');
  await expect(ui.hops).toHaveCount(0);
});

test('a bad endpoint is explained and nothing is sent', async ({ page }) => {
  await page.goto('/#/?preset=article');
  const ui = packetWalk(page);
  await ui.source.fill('pod:nope');
  await ui.destination.fill('203.0.113.10');
  await ui.send.click();
  await expect(page.getByRole('alert')).toContainText('Nothing was sent: no pod named "nope"');
  await expect(ui.hops).toHaveCount(0);
});

test('a mistyped endpoint gets a "did you mean"', async ({ page }) => {
  await page.goto('/#/?preset=article');
  const ui = packetWalk(page);
  await ui.source.fill('pod:web1');
  await ui.destination.fill('pod:api-1');
  await ui.send.click();
  await expect(page.getByRole('alert')).toContainText(
    'Nothing was sent: no pod named "web1" in this scenario; did you mean web-1?',
  );
});

test('axe finds no serious or critical violations during a walk, light and dark', async ({ page }) => {
  await page.goto(`/#/?preset=article&step=${LAST}&trace=pod:web-1,external:internet&hop=4&sel=node:node-a`);
  await expect(packetWalk(page).narration).toContainText('Hop 4 of');
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});
