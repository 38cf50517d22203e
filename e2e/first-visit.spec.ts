import { expect, expectNoAxeViolations, test } from './fixtures.ts';

/** Issue 13, deliverable 6: the first visit's tour and the glossary. */

test('the plain address shows the tour once; it can be skipped, and Tour in the header brings it back', async ({
  page,
}) => {
  await page.goto('/');
  const tour = page.getByRole('dialog', { name: 'The steps', exact: true });
  await expect(tour).toBeVisible();
  await expect(tour).toContainText('Tour · 1 of 5');
  await expectNoAxeViolations(page);
  // Each stop points at its part of the page.
  for (const [title, target] of [
    ['The diagram', page.getByRole('region', { name: 'Topology', exact: true })],
    ['Traffic', page.locator('section[aria-labelledby="traffic-title"]')],
  ] as const) {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('dialog', { name: title, exact: true })).toBeVisible();
    const ring = await page.locator('[data-tour-ring]').boundingBox();
    const part = await target.boundingBox();
    expect(ring && part && ring.x <= part.x + 1 && ring.y <= part.y + 1).toBe(true);
  }
  await page.getByRole('button', { name: 'Skip tour', exact: true }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Shown once: not again on the next visit.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Tour in the header brings it back; Escape ends it.
  await page.getByRole('button', { name: 'Tour', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'The steps', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a link to a view opens that view, with no tour over it', async ({ page }) => {
  await page.goto('/#/?preset=article&step=5');
  await expect(page.getByRole('region', { name: 'Narration', exact: true })).toContainText('Step 5 of');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a glossary term in the narration opens its meaning and its source', async ({ page }) => {
  // The hop where cni0 bridges by its forwarding database: the narration says "FDB"/"veth".
  await page.goto('/#/?preset=article&trace=pod:web-1,pod:cache-1&hop=2');
  const narration = page.getByRole('region', { name: 'Narration', exact: true });
  const terms = narration.locator('[data-glossary]');
  await expect(terms).toBeVisible();
  const term = terms.locator('summary').first();
  const name = (await term.textContent()) ?? '';
  await term.click();
  await expect(terms.locator('details[open]')).toHaveCount(1);
  await expect(terms.locator('details[open]')).toContainText('Source: ');
  await expectNoAxeViolations(page);
  expect(name).not.toBe('');
  // A step's narration has them too.
  await page.goto('/#/?preset=article&step=44');
  await expect(
    page.getByRole('region', { name: 'Narration', exact: true }).locator('[data-glossary] summary').first(),
  ).toBeVisible();
});
