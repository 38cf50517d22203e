import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { diagramElement, lesson, player } from './lesson-helpers.ts';

/** Issue 13, deliverable 7: the rough edges of the first hour, one test each. */

/** Whether the point a quarter into the row's height shows the row itself, not something over it. */
async function rowShows(page: Page, row: Locator): Promise<boolean> {
  const box = await row.boundingBox();
  if (!box) return false;
  return page.evaluate(
    ({ x, y, text }) => {
      const at = document.elementFromPoint(x, y);
      return Boolean(at?.closest('tr')?.textContent?.includes(text));
    },
    { x: box.x + 12, y: box.y + box.height / 4, text: (await row.locator('td').first().textContent()) ?? '' },
  );
}

test('a click question takes a click on a node box, and the verdict names it in words', async ({ page }) => {
  const l = lesson('troubleshooting');
  const stop = l.stops.find((s) => s.question?.kind === 'click' && s.select?.startsWith('node:'));
  if (!stop?.question || !stop.select) throw new Error('no click question on a node');
  await page.goto(`/#/?lesson=${l.id}&stop=${stop.number}`);
  const ui = player(page, l.title);
  await expect(ui.panel).toContainText(stop.question.prompt);
  // The node box the stop is about: a click on it is an answer (a wrong one).
  await diagramElement(page, stop.select).click({ position: { x: 8, y: 8 } });
  await expect(ui.feedback).toHaveText(/^Not quite\./);
  const name = stop.select.slice('node:'.length);
  await expect(ui.panel).toContainText(`You picked node ${name}.`);
  await expect(ui.panel).not.toContainText(`You picked ${stop.select}`);
});

test('Escape deselects the selected element', async ({ page }) => {
  await page.goto('/#/?preset=article&step=46&sel=node:node-a');
  await expect(diagramElement(page, 'node:node-a')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('body').press('Escape');
  await expect(diagramElement(page, 'node:node-a')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('region', { name: 'Topology' }).locator('[aria-pressed="true"]')).toHaveCount(
    0,
  );
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`the VPC route table's sticky header hides no row (${viewport.width}×${viewport.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    // A walk at the vRouter's hop: the table scrolls its matched row into view.
    await page.goto('/#/?preset=article&trace=pod:web-1,pod:api-1&hop=5');
    const table = page.getByRole('table', { name: 'VPC route table', exact: true });
    const matched = table.locator('tr[data-matched]');
    await expect(matched).toHaveCount(1);
    await table.scrollIntoViewIfNeeded();
    const head = await table.locator('thead').boundingBox();
    const row = await matched.boundingBox();
    expect(head && row && row.y >= head.y + head.height - 1).toBe(true);
    expect(await rowShows(page, matched)).toBe(true);
    // Scrolled back to its top, the first row sits under the header, not behind it.
    await table.evaluate((t) => {
      const scroller = t.closest<HTMLElement>('[data-scroll]');
      if (scroller) scroller.scrollTop = 0;
    });
    const first = table.locator('tbody tr').first();
    await first.scrollIntoViewIfNeeded();
    const headNow = await table.locator('thead').boundingBox();
    const firstBox = await first.boundingBox();
    expect(headNow && firstBox && firstBox.y >= headNow.y + headNow.height - 1).toBe(true);
    expect(await rowShows(page, first)).toBe(true);
  });
}

test('the embed’s "Open in PodPath" link is current after stepping, without a click', async ({ page }) => {
  await page.goto('/#/?preset=article&step=3&embed=1');
  const open = page.getByRole('link', { name: 'Open in PodPath', exact: true });
  await expect(open).toHaveAttribute('href', /step=3(&|$)/);
  await page.getByRole('button', { name: /^Next step/ }).click();
  await expect(open).toHaveAttribute('href', /step=4(&|$)/);
  await page.keyboard.press('ArrowRight');
  await expect(open).toHaveAttribute('href', /step=5(&|$)/);
  expect(await open.getAttribute('href')).not.toContain('embed=1');
});
