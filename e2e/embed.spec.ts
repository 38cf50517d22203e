import type { Page } from '@playwright/test';
import { construct } from '../src/engine/index.ts';
import { PRESETS, presetScenario } from '../src/engine/scenario/presets.ts';
import { type Host, serveHost } from './embed-host.ts';
import { expect, test } from './fixtures.ts';
import { EMBED_HOST_PORT, SITE_PORT } from './ports.ts';
import { screenshotPath } from './screenshots.ts';

const SITE_ORIGIN = `http://localhost:${SITE_PORT}`;
const EMBED = `${SITE_ORIGIN}/#/?preset=article&embed=1`;
const ARTICLE_STEPS = construct(presetScenario('article')).steps.length;
const SMALL_STEPS = construct(presetScenario('small')).steps.length;

interface Received {
  readonly origin: string;
  readonly data: { readonly type: string; readonly [key: string]: unknown };
}

let host: Host;
test.beforeAll(async () => {
  host = await serveHost(EMBED_HOST_PORT, EMBED);
});
test.afterAll(async () => host.close());
test.use({ extraOrigins: [`http://127.0.0.1:${EMBED_HOST_PORT}`] });

const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { received: Received[] }).received);
const send = (page: Page, message: unknown) =>
  page.evaluate((m) => (window as unknown as { send: (m: unknown) => void }).send(m), message);
/** Waits for the embed to post a message of `type` (after the first `after` messages). */
async function next(page: Page, type: string, after: number): Promise<Received['data']> {
  await expect
    .poll(async () => (await received(page)).slice(after).some((r) => r.data.type === type))
    .toBe(true);
  const all = await received(page);
  const found = all.slice(after).find((r) => r.data.type === type);
  expect(found?.origin).toBe(SITE_ORIGIN);
  return found?.data ?? { type };
}

test('a host page on another origin drives the embed to step 5 and hears it back', async ({ page }) => {
  await page.goto(host.url);
  const frame = page.frameLocator('#podpath');
  expect(await next(page, 'podpath:ready', 0)).toEqual({
    type: 'podpath:ready',
    step: 0,
    total: ARTICLE_STEPS,
  });
  const count = (await received(page)).length;
  await send(page, { type: 'podpath:set-step', step: 5 });
  expect(await next(page, 'podpath:step-changed', count)).toEqual({
    type: 'podpath:step-changed',
    step: 5,
    total: ARTICLE_STEPS,
  });
  const narration = frame.getByRole('region', { name: 'Narration' }).getByRole('status');
  await expect(narration).toContainText(`Step 5 of ${ARTICLE_STEPS}`);
  // Only the diagram, the step controls and the narration, filling the iframe without scrolling.
  await expect(
    frame
      .getByRole('img', { name: 'Network topology' })
      .or(frame.locator('svg[aria-label="Network topology"]')),
  ).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Next step', exact: true })).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Edit scenario' })).toHaveCount(0);
  await expect(frame.getByRole('list', { name: 'Construction steps' })).toHaveCount(0);
  const scroll = await page.frames()[1]?.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    height: window.innerHeight,
  }));
  expect(scroll?.scroll).toBeLessThanOrEqual(scroll?.height ?? 0);
  // A step taken inside the embed is reported too.
  const before = (await received(page)).length;
  await frame.getByRole('button', { name: 'Next step', exact: true }).click();
  expect(await next(page, 'podpath:step-changed', before)).toMatchObject({ step: 6 });
  await page.screenshot({ path: screenshotPath('embed-host') });
});

test('the embed answers bad messages with podpath:error and acts on none of them', async ({ page }) => {
  await page.goto(host.url);
  await next(page, 'podpath:ready', 0);
  const narration = page
    .frameLocator('#podpath')
    .getByRole('region', { name: 'Narration' })
    .getByRole('status');
  await send(page, { type: 'podpath:set-step', step: 3 });
  await expect(narration).toContainText(`Step 3 of ${ARTICLE_STEPS}`);
  const bad: [unknown, string][] = [
    [{ type: 'podpath:set-step', step: '7' }, 'step'],
    [{ type: 'podpath:set-step', step: 9999 }, 'step'],
    [{ type: 'podpath:teleport' }, 'type'],
    [{ type: 'podpath:set-preset', preset: 'huge' }, 'preset'],
    [{ type: 'podpath:set-trace', from: 'pod:nope', to: 'pod:api-1' }, 'from'],
    [
      { type: 'podpath:set-scenario', scenario: { ...(PRESETS.small as object), nodes: [] } },
      'scenario.nodes',
    ],
    [{ type: 'podpath:set-scenario', scenario: 'x'.repeat(17_000_000) }, 'scenario'],
  ];
  for (const [message, path] of bad) {
    const count = (await received(page)).length;
    await send(page, message);
    expect(await next(page, 'podpath:error', count)).toMatchObject({ type: 'podpath:error', path });
  }
  // Prototype keys arrive as own keys (structured clone), and are refused as unknown keys.
  const count = (await received(page)).length;
  await page.evaluate(() =>
    (window as unknown as { send: (m: unknown) => void }).send(
      JSON.parse('{"type": "podpath:set-step", "step": 1, "__proto__": {"polluted": true}}'),
    ),
  );
  expect(await next(page, 'podpath:error', count)).toMatchObject({ path: '__proto__' });
  // Messages that are not PodPath's are ignored; the next good one is acted on, in order.
  const quiet = (await received(page)).length;
  await send(page, 'hello');
  await send(page, { type: 'webpackOk' });
  await send(page, { type: 'podpath:set-step', step: 4 });
  expect(await next(page, 'podpath:step-changed', quiet)).toMatchObject({ step: 4 });
  expect((await received(page)).slice(quiet).map((r) => r.data.type)).toEqual(['podpath:step-changed']);
  await expect(narration).toContainText(`Step 4 of ${ARTICLE_STEPS}`);
  expect(
    await page.frames()[1]?.evaluate(() => (({}).constructor.prototype as { polluted?: boolean }).polluted),
  ).toBeUndefined();
});

test('the host sets a scenario, a preset and a packet walk', async ({ page }) => {
  await page.goto(host.url);
  await next(page, 'podpath:ready', 0);
  const frame = page.frameLocator('#podpath');
  let count = (await received(page)).length;
  await send(page, { type: 'podpath:set-scenario', scenario: PRESETS.small });
  expect(await next(page, 'podpath:step-changed', count)).toEqual({
    type: 'podpath:step-changed',
    step: 0,
    total: SMALL_STEPS,
  });
  await expect.poll(() => page.frames()[1]?.url()).toContain('s=v1.');
  count = (await received(page)).length;
  await send(page, { type: 'podpath:set-preset', preset: 'article' });
  expect(await next(page, 'podpath:step-changed', count)).toMatchObject({ total: ARTICLE_STEPS });
  await send(page, { type: 'podpath:set-trace', from: 'pod:web-1', to: 'pod:api-1', hop: 3 });
  await expect(frame.getByText(/Hop 3 of \d+/).first()).toBeVisible();
  await expect
    .poll(() => decodeURIComponent(page.frames()[1]?.url() ?? ''))
    .toContain('trace=pod:web-1,pod:api-1');
});

test('the embed alone, at a small iframe size', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 520 });
  await page.goto('/#/?preset=article&step=24&embed=1');
  await expect(page.getByRole('region', { name: 'Narration' })).toContainText(`Step 24 of ${ARTICLE_STEPS}`);
  const size = await page.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    height: innerHeight,
  }));
  expect(size.scroll).toBeLessThanOrEqual(size.height);
  await page.screenshot({ path: screenshotPath('embed-article') });
});
