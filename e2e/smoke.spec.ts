import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { screenshotPath } from './screenshots.ts';

/** The `step` parameter of the page's hash URL (`#/?preset=article&step=3`), as a number. */
function stepInUrl(url: string): number {
  const hash = new URL(url).hash;
  return Number(new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get('step'));
}

test('steps through the article construction and back', async ({ page }) => {
  await page.goto('/#/?preset=article');
  await expect(page).toHaveTitle('PodPath');

  const steps = page.getByRole('list', { name: 'Construction steps', exact: true });
  const current = steps.locator('[aria-current="step"]');
  const next = page.getByRole('button', { name: 'Next step', exact: true });
  const previous = page.getByRole('button', { name: 'Previous step', exact: true });
  const first = page.getByRole('button', { name: 'First step', exact: true });
  const last = page.getByRole('button', { name: 'Last step', exact: true });
  const narration = page.getByRole('status');
  await expect(steps).toBeVisible();

  // Where the construction ends, to know when stepping forward is done.
  await last.click();
  await expect(current).toHaveCount(1);
  const lastStep = stepInUrl(page.url());
  expect(lastStep).toBeGreaterThan(3);
  const lastText = (await current.textContent()) ?? '';

  // Step forward from the first step to the last one: the current step moves every time.
  await first.click();
  const firstStep = stepInUrl(page.url());
  expect(firstStep).toBeLessThan(lastStep);
  const textAt = new Map<number, string>();
  let shown = (await current.count()) === 1 ? ((await current.textContent()) ?? '') : '';
  for (let n = firstStep + 1; n <= lastStep; n++) {
    await next.click();
    await expect(current).toHaveCount(1);
    await expect(current).not.toHaveText(shown);
    shown = (await current.textContent()) ?? '';
    textAt.set(n, shown);
    expect(stepInUrl(page.url())).toBe(n);
  }
  expect(shown).toBe(lastText);
  expect(new Set(textAt.values()).size).toBe(textAt.size);

  // One step back shows the step before the last, in the list and in the URL.
  await previous.click();
  await expect(current).toHaveText(textAt.get(lastStep - 1) ?? '');
  expect(stepInUrl(page.url())).toBe(lastStep - 1);
  await expect(narration).not.toBeEmpty();

  // A deep link to a step in the middle restores that step after a reload.
  const middle = Math.ceil(lastStep / 2);
  await page.goto(`/#/?preset=article&step=${middle}`);
  await page.reload();
  await expect(current).toHaveText(textAt.get(middle) ?? '');
  await expect(narration).not.toBeEmpty();

  await expectNoAxeViolations(page);
  await page.screenshot({ path: screenshotPath('smoke-article'), fullPage: true });
});
