import { expect, test } from './fixtures.ts';
import { lesson, player } from './lesson-helpers.ts';

/** localStorage as a browser with storage blocked has it: every access throws. */
function blockStorage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

test('with localStorage throwing, a lesson link shows its stop, answers are checked, and no error is shown', async ({
  page,
}) => {
  await page.addInitScript(blockStorage);
  const l = lesson('same-node-cross-node');
  const stop = l.stops.find((s) => s.question?.kind === 'choice');
  if (stop?.question?.kind !== 'choice') throw new Error('no choice question');
  await page.goto(`/#/?lesson=${l.id}&stop=${stop.number}`);
  const ui = player(page, l.title);
  await expect(ui.panel).toContainText(`Stop ${stop.number} of ${l.stops.length}`);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('Progress is kept for this visit only')).toBeVisible();
  await ui.option(stop.question.answerLabel).click();
  await expect(ui.feedback).toContainText('Right');
  // The theme still changes for the visit.
  await page.getByRole('button', { name: 'Dark', exact: true }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
