import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** What the view shows, read as a learner reads it: step, hop list, narration, lesson. */
async function viewOf(page: Page) {
  const steps = page.getByRole('list', { name: 'Construction steps', exact: true });
  const hops = page.getByRole('list', { name: 'Packet hops', exact: true });
  const lesson = page.getByRole('region', { name: /^Lesson: / });
  return {
    statuses: await page.getByRole('status').allInnerTexts(),
    step: await steps.locator('[aria-current="step"]').allInnerTexts(),
    hops: (await hops.count()) > 0 ? await hops.getByRole('listitem').allInnerTexts() : [],
    hop: (await hops.count()) > 0 ? await hops.locator('[aria-current="step"]').allInnerTexts() : [],
    lesson: (await lesson.count()) > 0 ? ((await lesson.textContent()) ?? '') : '',
  };
}

/**
 * The view once it stops changing (the packet engine and lessons load lazily) with words in a
 * status: while a lesson's parts load (the lesson, the packet engine, the scenario reader for its
 * what-ifs) its statuses can all stand empty for longer than two polls on a busy machine, which
 * is not a view the page settles on.
 */
async function settledView(page: Page) {
  let last = JSON.stringify(await viewOf(page));
  await expect
    .poll(async () => {
      const view = await viewOf(page);
      const now = JSON.stringify(view);
      const same = now === last;
      last = now;
      return same && view.statuses.some((status) => /\S/.test(status));
    })
    .toBe(true);
  return JSON.parse(last) as Awaited<ReturnType<typeof viewOf>>;
}

/** What a fresh load of `hash` shows, in a page of its own. */
async function freshView(page: Page, hash: string) {
  const fresh = await page.context().newPage();
  await fresh.goto(`/${hash}`);
  // A status with words in it: while a lesson loads, its parts stand empty for a moment, and on a
  // busy machine two polls could read that moment as settled.
  await expect(fresh.getByRole('status').filter({ hasText: /\S/ }).first()).toBeVisible();
  let view = await settledView(fresh);
  // With a walk, its hop's narration is a part of its own that loads after the hop list: on a busy
  // machine the list could stand still for two polls before it came, and the fresh view was taken
  // without it.
  if (view.hops.length > 0) {
    await expect(fresh.getByRole('status').filter({ hasText: /hop \d+ of \d+/i })).toBeVisible();
    view = await settledView(fresh);
  }
  await fresh.close();
  return view;
}

const WALK_WITH_FAULT = '#/?preset=article&trace=pod:web-1,pod:api-1&hop=3&faults=cni0-down:node-b';
const LESSON_STOP = '#/?lesson=same-node-cross-node&stop=4';

const CHANGES: readonly (readonly [string, string])[] = [
  ['#/?preset=article&step=32', WALK_WITH_FAULT],
  ['#/?preset=article&step=32', LESSON_STOP],
  [LESSON_STOP, '#/?preset=small&step=5&sel=vpc'],
];

for (const [from, to] of CHANGES) {
  test(`a hash changed in an open tab from ${from} to ${to} shows what a fresh load of it shows`, async ({
    page,
  }) => {
    const wanted = await freshView(page, to);
    expect(wanted.statuses.join('\n')).not.toBe('');
    await page.goto(`/${from}`);
    await settledView(page);
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, to);
    await expect.poll(async () => viewOf(page)).toEqual(wanted);
  });
}

test('the walk in the issue: hop 3 of the walk with node-b cni0 down, its hops listed', async ({ page }) => {
  await page.goto('/#/?preset=article&step=32');
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, WALK_WITH_FAULT);
  const hops = page.getByRole('list', { name: 'Packet hops', exact: true });
  await expect(hops.locator('[aria-current="step"]')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Narration', exact: true })).toContainText('Hop 3 of');
  await expect(page).toHaveURL(/faults=cni0-down:node-b/);
});

test('a link inside the page, then Back and Forward, show what fresh loads show', async ({ page }) => {
  const start = '#/?preset=article&step=32';
  const atStart = await freshView(page, start);
  const atLesson = await freshView(page, LESSON_STOP);
  await page.goto(`/${start}`);
  await settledView(page);
  // A link in the page, as narration or a lesson would hold one.
  await page.evaluate((hash) => {
    const link = document.createElement('a');
    link.href = hash;
    link.textContent = 'to the lesson';
    document.body.prepend(link);
  }, LESSON_STOP);
  await page.getByRole('link', { name: 'to the lesson' }).click();
  await expect.poll(async () => viewOf(page)).toEqual(atLesson);
  await page.goBack();
  await expect.poll(async () => viewOf(page)).toEqual(atStart);
  await page.goForward();
  await expect.poll(async () => viewOf(page)).toEqual(atLesson);
});
