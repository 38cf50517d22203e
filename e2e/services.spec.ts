/**
 * Services in the explorer (issue 17): a walk to a Service shows kube-proxy's DNAT hop with the
 * KUBE-SEP rule it matched, conntrack's un-DNAT of the answer, and the REJECT of a Service without
 * endpoints, each in the engine's words (the expectations are the engine's own trace).
 */
import { construct, type Scenario, stateAt, type Trace } from '../src/engine/index.ts';
import { trace } from '../src/engine/packet/index.ts';
import { parseScenario } from '../src/engine/scenario/parse.ts';
import { PRESETS, presetScenario } from '../src/engine/scenario/presets.ts';
import { expect, test } from './fixtures.ts';
import { hopCount, packetWalk } from './packet-helpers.ts';

const built = construct(presetScenario('services'));
const world = stateAt(built, built.steps.length);

function servicesTrace(from: string, to: string): Trace {
  const result = trace(world, from, to);
  if (result.outcome === 'error') throw new Error(result.reason);
  return result;
}

/** The matched line of the first hop of `action`, in the request or the reply. */
function matchedOf(t: Trace, action: string, reply = false): string {
  const hop = (reply ? (t.reply?.hops ?? []) : t.hops).find((h) => h.action === action);
  if (!hop?.matched) throw new Error(`no ${action} hop`);
  return hop.matched;
}

for (const [name, to] of [
  ['ClusterIP across nodes', 'service:api'],
  ['DNS through kube-dns', 'service:kube-system/kube-dns:53'],
] as const) {
  test(`${name}: the DNAT hop with its KUBE-SEP rule, and the answer un-DNATed`, async ({ page }) => {
    const t = servicesTrace('pod:web-1', to);
    await page.goto(`/#/?preset=services&trace=pod:web-1,${to}`);
    const ui = packetWalk(page);
    await expect(ui.items).toHaveCount(hopCount(t));
    const dnat = ui.items.filter({ hasText: 'DNAT (kube-proxy)' });
    await expect(dnat).toHaveCount(1);
    const rule = matchedOf(t, 'dnat');
    expect(rule).toMatch(/^-A KUBE-SEP-\w+ .* -j DNAT --to-destination /);
    await expect(dnat).toContainText(rule);
    const unDnat = ui.hops.getByRole('button').filter({ hasText: 'un-NAT (conntrack)' });
    await expect(unDnat).toContainText(matchedOf(t, 'un-nat', true));
  });
}

test('a Service without endpoints: REJECTed by the kube-proxy filter rule', async ({ page }) => {
  const result = trace(world, 'pod:web-1', 'service:legacy');
  const drop = result.hops.find((h) => h.action === 'drop');
  if (!drop?.matched) throw new Error('no drop hop');
  expect(drop.matched).toMatch(/has no endpoints.* -j REJECT/);
  await page.goto('/#/?preset=services&trace=pod:web-1,service:legacy');
  const ui = packetWalk(page);
  await expect(ui.items).toHaveCount(result.hops.length);
  await expect(ui.items.last()).toContainText(drop.matched);
});

test('the Destination list offers the Services with their cluster IPs', async ({ page }) => {
  await page.goto('/#/?preset=services&trace=pod:web-1,service:api');
  const api = world.services.find((s) => s.name === 'api');
  if (!api) throw new Error('no api Service');
  const option = page.locator('datalist option[value="service:api"]');
  await expect(option).toHaveAttribute('label', /ClusterIP 172\.19\.\d+\.\d+/);
});

test('the Endpoint select lists every endpoint with its probability and keeps the choice in the link', async ({
  page,
}) => {
  const chosen = trace(world, 'pod:web-1', 'service:api', { endpoint: 'pod:api-2' });
  if (chosen.outcome === 'error') throw new Error(chosen.reason);
  const endpoints = chosen.to.service?.endpoints ?? [];
  expect(endpoints.map((e) => e.pod)).toEqual(['api-1', 'api-2']);
  await page.goto('/#/?preset=services&trace=pod:web-1,service:api');
  const select = page.getByRole('combobox', { name: 'Endpoint', exact: true });
  await expect(select).toHaveValue('api-1');
  for (const e of endpoints)
    await expect(select.locator(`option[value="${e.pod}"]`)).toHaveText(
      `${e.pod} ${e.address} (${e.probability * 100}%)`,
    );
  await select.selectOption('api-2');
  await expect(page).toHaveURL(/trace=pod:web-1%2Cservice:api&ep=pod:api-2(&|$)/);
  const ui = packetWalk(page);
  await expect(ui.items.filter({ hasText: 'DNAT (kube-proxy)' })).toContainText(matchedOf(chosen, 'dnat'));
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Endpoint', exact: true })).toHaveValue('api-2');
});

test('an endpoint the Service does not have is not applied, in the engine words', async ({ page }) => {
  const refused = trace(world, 'pod:web-1', 'service:api', { endpoint: 'pod:cache-1' });
  if (refused.outcome !== 'error') throw new Error('cache-1 taken as an endpoint of api');
  await page.goto('/#/?preset=services&trace=pod:web-1,service:api&ep=pod:cache-1');
  await expect(page.getByText(`Not applied: ep=pod:cache-1: ${refused.reason}`)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Endpoint', exact: true })).toHaveValue('api-1');
});

test('the Service address is drawn beside the node that resolved it, from the DNAT on', async ({ page }) => {
  const t = servicesTrace('pod:web-1', 'service:api');
  const at = t.hops.findIndex((h) => h.action === 'dnat') + 1;
  const dnat = t.hops[at - 1];
  const chosen = t.to.service?.endpoints.find((e) => e.pod === t.to.service?.endpoint);
  if (!dnat || !chosen) throw new Error('no DNAT hop');
  const topology = page.getByRole('region', { name: 'Topology', exact: true });
  await page.goto(`/#/?preset=services&trace=pod:web-1,service:api&hop=${at - 1}`);
  await expect(page.getByText(`Hop ${at - 1} of`).first()).toBeVisible();
  await expect(topology.locator('[data-service-tag]')).toHaveCount(0);
  await page.goto(`/#/?preset=services&trace=pod:web-1,service:api&hop=${at}`);
  await expect(topology.locator('[data-service-tag]')).toHaveText(
    `service api ${dnat.before.dst}:80 → DNAT ${chosen.address}`,
  );
});

/** The services preset changed as a what-if changes it, traced by the engine. */
function whatIfTrace(change: (file: { faults: unknown[]; services: { name: string }[] }) => object): Trace {
  const file = structuredClone(PRESETS.services) as { faults: unknown[]; services: { name: string }[] };
  const parsed = parseScenario(change(file));
  if (!parsed.ok) throw new Error('invalid what-if');
  const c = construct(parsed.scenario as Scenario);
  const result = trace(stateAt(c, c.steps.length), 'pod:web-1', 'service:api');
  if (result.outcome === 'error') throw new Error(result.reason);
  return result;
}

test('what-if: the VPC route of the endpoint’s node deleted, from beside the Endpoint select', async ({
  page,
}) => {
  const broken = whatIfTrace((f) => ({ ...f, faults: [{ kind: 'vpc-route-deleted', node: 'node-b' }] }));
  expect(broken.outcome).toBe('dropped');
  await page.goto('/#/?preset=services&trace=pod:web-1,service:api');
  const ui = packetWalk(page);
  await expect(page.getByRole('combobox', { name: 'Endpoint', exact: true })).toHaveValue('api-1');
  const button = page.getByRole('button', { name: /^Delete the VPC route of node-b/ });
  await button.click();
  await expect(page).toHaveURL(/faults=vpc-route-deleted:node-b/);
  await expect(ui.items).toHaveCount(broken.hops.length);
  await expect(ui.items.filter({ hasText: 'DNAT (kube-proxy)' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Last step', exact: true }).click();
  await expect(ui.current).toContainText('drop');
  await expect(ui.narration).toContainText(`Dropped: ${broken.reason}`);
  // Pressed, it puts the route back.
  await page.getByRole('button', { name: /^Restore the VPC route of node-b/ }).click();
  await expect(page).not.toHaveURL(/faults=/);
  await expect(ui.items).toHaveCount(hopCount(servicesTrace('pod:web-1', 'service:api')));
});

test('what-if: a Service with no endpoints is REJECTed by kube-proxy’s rule, and noep= says so', async ({
  page,
}) => {
  const refused = whatIfTrace((f) => ({
    ...f,
    services: f.services.map((s) => (s.name === 'api' ? { ...s, endpoints: [] } : s)),
  }));
  const drop = refused.hops.at(-1);
  if (refused.outcome !== 'dropped' || !drop?.matched) throw new Error('api was not refused');
  expect(drop.matched).toMatch(/"default\/api has no endpoints".* -j REJECT/);
  await page.goto('/#/?preset=services&trace=pod:web-1,service:api');
  const ui = packetWalk(page);
  await ui.whatIf.getByLabel(/A Service with no endpoints/).selectOption('api');
  await expect(page).toHaveURL(/noep=api(&|$)/);
  await expect(ui.items).toHaveCount(refused.hops.length);
  await expect(ui.items.last()).toContainText(drop.matched);
  await page.getByRole('button', { name: 'Last step', exact: true }).click();
  await expect(ui.topology.locator('[data-service-tag]')).toContainText('REJECT: no endpoints');
  await page.reload();
  await expect(ui.items.last()).toContainText(drop.matched);
  await page.goto('/#/?preset=services&noep=nope');
  await expect(ui.whatIf.getByRole('alert')).toContainText(
    'Not applied: noep=nope: no Service named "nope" in this scenario',
  );
});

test('the inspector of a node lists each Service address and the endpoints it resolves to', async ({
  page,
}) => {
  const api = world.services.find((s) => s.name === 'api');
  const port = api?.ports[0];
  if (!api || !port) throw new Error('no api Service');
  const ip = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
  const row = `api ${ip(api.clusterIp)}:${port.port}/${port.protocol} → ${(api.endpoints ?? [])
    .map((e) => `${e.pod} ${ip(e.ip)}:${port.targetPort}`)
    .join(', ')}`;
  await page.goto(`/#/?preset=services&step=${built.steps.length}&sel=node:node-a`);
  const inspector = page.getByRole('region', { name: /^Inspector/ });
  await inspector.locator('summary', { hasText: /^Services/ }).click();
  const list = inspector.getByRole('list', { name: 'Services on node-a', exact: true });
  await expect(list.getByRole('listitem').filter({ hasText: /^api / })).toHaveText(row);
  await expect(list.getByRole('listitem').filter({ hasText: /^legacy / })).toContainText(
    'no endpoints: REJECT',
  );
});
