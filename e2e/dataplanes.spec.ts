import { presetScenario } from '../src/engine/index.ts';
import { onDataplane } from '../src/engine/packet/index.ts';
import { expect, test } from './fixtures.ts';
import { articleTrace, packetWalk } from './packet-helpers.ts';

/** Issue 22: the article's cluster on Flannel's vxlan backend, and the compare view. */
const vxlan = articleTrace('pod:web-1', 'pod:api-1', onDataplane(presetScenario('article'), 'vxlan'));
const encapHop = vxlan.hops.findIndex((h) => h.action === 'encap') + 1;

test('#/?preset=article&cni=vxlan walks web-1 → api-1 through the tunnel, the outer header shown', async ({
  page,
}) => {
  expect(encapHop).toBeGreaterThan(0);
  await page.goto(`/#/?preset=article&cni=vxlan&trace=pod:web-1,pod:api-1&hop=${encapHop}`);
  const ui = packetWalk(page);
  await expect(ui.items.filter({ hasText: 'encapsulate (VXLAN)' })).toHaveCount(2);
  await expect(ui.items.filter({ hasText: 'decapsulate (VXLAN)' })).toHaveCount(2);
  await expect(ui.headers).toContainText('Outer destination IP');
  await expect(ui.headers).toContainText('192.168.0.20');
  await expect(ui.headers).toContainText('8472');
  await expect(ui.headers).toContainText('Inner destination IP');
  await expect(ui.narration).toContainText('UDP to port 8472');
  await expect(
    page.getByRole('group', { name: 'Dataplane' }).getByRole('button', { name: 'vxlan' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/cni=vxlan/);
});

test('&compare=alloc,vxlan shows both side by side, the differences marked, and switches in place', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#/?preset=article&compare=alloc,vxlan&trace=pod:web-1,pod:api-1');
  // Seen first, beside the diagram, which stays in sight.
  const card = page.getByRole('region', { name: 'alloc and vxlan compared' });
  await expect(card).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Topology', exact: true })).toBeInViewport({ ratio: 0.9 });
  const table = page.getByRole('table', { name: 'Compare dataplanes' });
  await expect(table.getByRole('row', { name: /Pod MTU/ })).toBeInViewport();
  await expect(table.getByRole('columnheader')).toContainText(['', 'alloc', 'vxlan']);
  const mtu = table.getByRole('row', { name: /Pod MTU/ });
  await expect(mtu).toContainText('1500');
  await expect(mtu).toContainText('1450');
  await expect(mtu.locator('mark')).toHaveCount(2);
  await expect(table.getByRole('row', { name: /Headers the VPC routes by/ })).toContainText('UDP 8472');
  await table.getByRole('button', { name: 'vxlan' }).click();
  await expect(page).toHaveURL(/cni=vxlan/);
  await expect(page).toHaveURL(/trace=pod:web-1(,|%2C)pod:api-1/);
  await expect(packetWalk(page).items.filter({ hasText: 'encapsulate (VXLAN)' })).toHaveCount(2);
});

test('&compare=alloc,terway puts Terway beside VPC routes: no VPC entry for pods, ENIs on the node', async ({
  page,
}) => {
  await page.goto('/#/?preset=article&compare=alloc,terway&trace=pod:web-1,pod:api-1');
  const table = page.getByRole('table', { name: 'Compare dataplanes' });
  await expect(table.getByRole('columnheader')).toContainText(['', 'alloc', 'terway']);
  await expect(table.getByRole('row', { name: /VPC route entries for pods/ })).toContainText(
    'none: pods hold VPC addresses of ENIs, which the vSwitch routes',
  );
  await expect(table.getByRole('row', { name: /Devices on a node/ })).toContainText('secondary ENI');
  await expect(table.getByRole('row', { name: /Outcome/ })).toContainText(['delivered']);
});

test('a dataplane the page does not know is refused, with the names it takes', async ({ page }) => {
  await page.goto('/#/?preset=article&cni=udp');
  await expect(
    page.getByText('Not applied: cni="udp": not a dataplane; use alloc, vxlan, host-gw, terway'),
  ).toBeVisible();
});

test('on vxlan each node draws flannel.1, the VTEP, seen at the encapsulation hop; host-gw draws none', async ({
  page,
}) => {
  await page.goto(`/#/?preset=article&cni=vxlan&trace=pod:web-1,pod:api-1&hop=${encapHop}`);
  const topology = page.getByRole('region', { name: 'Topology', exact: true });
  for (const node of ['node-a', 'node-b']) {
    const vtep = topology.getByRole('button', {
      name: new RegExp(`^flannel\\.1 on ${node}, VTEP 172\\.16\\.\\d+\\.\\d+/32, VNI 1`),
    });
    await expect(vtep).toBeVisible();
  }
  const sender = topology.locator('[data-id="node:node-a/flannel.1"]');
  await expect(sender).toContainText('flannel.1');
  await expect(sender).toContainText('MTU 1450');
  await page.goto('/#/?preset=article&cni=host-gw&trace=pod:web-1,pod:api-1');
  await expect(
    page.getByRole('group', { name: 'Dataplane' }).getByRole('button', { name: 'host-gw' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(topology.getByRole('button', { name: /^flannel\.1 on / })).toHaveCount(0);
});

test('an embedded compare link shows the comparison above the diagram, and Close ends it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto('/#/?preset=article&compare=alloc,vxlan&trace=pod:web-1,pod:api-1&embed=1');
  const card = page.getByRole('region', { name: 'alloc and vxlan compared' });
  await expect(card).toBeInViewport();
  const diagram = page.getByRole('region', { name: 'Topology', exact: true });
  expect((await diagram.boundingBox())?.height ?? 0).toBeGreaterThan(150);
  await card.getByRole('button', { name: 'Close the comparison' }).click();
  await expect(card).toHaveCount(0);
  await expect(page).not.toHaveURL(/compare=/);
});
