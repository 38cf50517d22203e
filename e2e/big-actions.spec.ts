import type { Page } from '@playwright/test';
import { bigScenario, linkOf } from './big-scenarios.ts';
import { expect, test } from './fixtures.ts';
import { watchLongTasks } from './long-tasks.ts';
import { packetWalk } from './packet-helpers.ts';

/**
 * Issue 20, "never freeze", after a big scenario has loaded: a what-if on it is validated in the
 * worker and built a slice at a time under the progress panel, with Cancel, the page answering
 * meanwhile, and a refusal said as on any scenario ("Not applied: …").
 */
function bigLink(nodes: number, podsPerWorker: number, extra = ''): string {
  return linkOf(bigScenario(nodes, podsPerWorker, { title: `${nodes} nodes` }), extra);
}

/** The page's long tasks since a mark of the test's, up to the last time the panel was hidden. */
async function longTasksSince(page: Page, mark: string) {
  return page.evaluate((mark) => {
    const from = performance.getEntriesByName(mark).at(-1)?.startTime ?? 0;
    const to = performance.getEntriesByName('podpath:progress-hidden').at(-1)?.startTime ?? performance.now();
    const tasks = (window as unknown as { podpathLongTasks: { start: number; duration: number }[] })
      .podpathLongTasks;
    return { from, to, tasks: tasks.filter((t) => t.start >= from && t.start < to) };
  }, mark);
}

const list = (tasks: readonly { start: number; duration: number }[]) =>
  tasks.map((t) => `${Math.round(t.duration)}@${Math.round(t.start)}`).join(' ') || 'none';

test('a route quota on 1,000 nodes × 30 pods is applied in the panel a slice at a time, the page answering; a refused one says why; Cancel keeps the view', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await watchLongTasks(page);
  await page.goto(bigLink(1_000, 30), { waitUntil: 'commit' });
  const progress = page.getByRole('progressbar', { name: 'Opening the scenario' });
  const steps = page.getByRole('list', { name: 'Construction steps' });
  await expect(steps).toContainText('later steps not listed', { timeout: 90_000 });
  await expect(progress).toHaveCount(0, { timeout: 90_000 });
  const ui = packetWalk(page);
  const quota = ui.whatIf.getByLabel('VPC route quota');
  await expect(quota).toHaveValue('10000');
  await page.evaluate(() => performance.mark('test:what-if'));
  await quota.fill('500');
  await expect(progress).toBeVisible();
  const applying = Date.now();
  await expect(page.getByRole('region', { name: 'Opening the scenario' })).toContainText(
    'Applying the what-if',
  );
  const answers: number[] = [];
  while ((await progress.isVisible()) && Date.now() - applying < 120_000) {
    const asked = Date.now();
    await page.evaluate(() => document.title);
    answers.push(Date.now() - asked);
  }
  await expect(progress).toHaveCount(0);
  await expect(page).toHaveURL(/quota=500/);
  // 999 workers' routes against a quota of 500: the 501st route entry is refused, in its step.
  await page.getByRole('button', { name: 'Last step', exact: true }).click();
  await expect(ui.whatIf.getByRole('alert')).toHaveCount(0);
  const { from, to, tasks } = await longTasksSince(page, 'test:what-if');
  const longest = Math.max(0, ...tasks.map((t) => t.duration));
  const load = await page.evaluate(() => performance.now());
  console.log(
    `what-if on 1,000 nodes × 30 pods: applied in ${Math.round(to - from)} ms; answers seen by the test ${answers.join(' ')} ms; ` +
      `long tasks meanwhile ${list(tasks)} (page clock ${Math.round(load)} ms)`,
  );
  expect(answers.length).toBeGreaterThan(0);
  // Applied at once, its checks and its 129,882 steps held the page 1,433 ms in one task (load
  // average 8). In slices, the longest task was 113–441 ms over four runs at a load average of 8–10
  // (the collector): held to 1,000 ms, which applying it at once does not meet.
  expect(longest).toBeLessThan(1_000);

  // Refused by the validator in the worker: the sentence a small scenario's what-if says.
  // (The worker starts afresh for each what-if: at a load average of 8–10 checking took 7–15 s.)
  await quota.fill('-5');
  await expect(ui.whatIf.getByRole('alert')).toHaveText(
    'Not applied: vpc.routeQuota: -5 is not allowed: the route quota is a whole number of custom route entries from 1 to 100000 (200 by default)',
    { timeout: 60_000 },
  );
  await expect(page).toHaveURL(/quota=500/);

  // Cancelled: the view keeps the what-if it had, and says so.
  await quota.fill('600');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0);
  await expect(ui.whatIf.getByRole('alert')).toHaveText('Not applied: opening the scenario was cancelled');
  await expect(page).toHaveURL(/quota=500/);
});

test('on the 5,000-node summary a trace= link walks its packet (hops and narration), and a tile picked opens the inspector at 1280 × 720', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto(bigLink(5_000, 30, '&trace=pod:node-1-pod-0,pod:node-2-pod-0'), { waitUntil: 'commit' });
  await expect(
    page.getByRole('status').filter({ hasText: 'Too large to draw in detail: 5,000 nodes drawn as tiles' }),
  ).toBeVisible({ timeout: 180_000 });
  // The walk: its hops in the Traffic panel, the first narrated, though the diagram is a summary.
  const ui = packetWalk(page);
  // The first draw of 5,000 tiles with the walk's panels follows the panel in one task or two
  // (4–8 s at a load average of 9–11 on the 2-core machine, React's render and commit): waited for.
  await expect(ui.current).toContainText('node-1-pod-0 · eth0', { timeout: 60_000 });
  await expect(ui.narration).toContainText('node-1-pod-0 picks its route via 172.16.2.1');
  await expect(ui.hops).toContainText('node-2-pod-0');
  expect(await ui.items.count()).toBeGreaterThan(4);
  await ui.items.nth(1).click();
  await expect(ui.current).toContainText('2');
  await expect(page).toHaveURL(/hop=2/);
  // A tile picked: its node selected, and the inspector (below the diagram at this size) brought
  // into view with the node's artifacts.
  await page.locator('svg[aria-label="Network topology"] [data-id="node:node-7"]').first().click();
  await expect(page).toHaveURL(/sel=node:node-7/);
  const inspector = page.getByRole('region', { name: /^Inspector/ });
  await expect(inspector.getByRole('heading')).toContainText('node node-7');
  await expect(inspector.getByRole('tab', { name: 'Node spec' })).toBeVisible();
  await inspector.getByRole('tab', { name: 'Node spec' }).click();
  await expect(inspector.getByRole('tabpanel')).toContainText('podCIDR: 172.16.8.0/24');
  await expect(inspector.getByRole('heading')).toBeInViewport();
});

test('a long link is not rewritten at every step: its history entry holds the scenario, a reload shows it, and "Copy link" carries it', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const link = bigLink(2_000, 30);
  const param = new URLSearchParams(link.split('?')[1]).get('s') ?? '';
  expect(param.length).toBeGreaterThan(200_000);
  await page.goto(link, { waitUntil: 'commit' });
  const steps = page.getByRole('list', { name: 'Construction steps' });
  await expect(steps).toContainText('later steps not listed', { timeout: 90_000 });
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page).toHaveURL(/step=1/);
  // The address carries the view; the entry's state the scenario.
  expect(page.url()).not.toContain('s=');
  expect(await page.evaluate(() => (history.state as { podpathScenario?: string }).podpathScenario)).toBe(
    param,
  );
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URLSearchParams(copied.split('?')[1]).get('s')).toBe(param);
  expect(copied).toMatch(/[?&]step=1(&|$)/);
  // A reload reads the scenario from the entry, at the step the address says.
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('header')).toContainText('2000 nodes', { timeout: 90_000 });
  await expect(steps.locator('[aria-current="step"]')).toContainText('1', { timeout: 90_000 });
  expect(page.url()).not.toContain('s=');
});
