import { LESSONS } from '../src/lessons/index.ts';
import { expect, test } from './fixtures.ts';
import { lesson, player } from './lesson-helpers.ts';
import { screenshotPath } from './screenshots.ts';

/** One stop per lesson: its first stop with a question, answered wrongly so the proof shows. */
for (const { id } of LESSONS) {
  test(`screenshot of a stop of the lesson ${id}`, async ({ page }) => {
    const l = lesson(id);
    const stop = l.stops.find((s) => s.question?.kind === 'choice') ?? l.stops[0];
    if (!stop) throw new Error('a lesson without stops');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(`/#/?lesson=${id}&stop=${stop.number}`);
    const ui = player(page, l.title);
    await expect(ui.panel).toContainText(stop.narration);
    const wrong = stop.question?.options.find((o) => o.id !== stop.question?.answer);
    if (wrong) {
      await ui.option(wrong.label).click();
      await expect(ui.feedback).toHaveText(/^Not quite\./);
    }
    await page.screenshot({ path: screenshotPath(`lesson-${id}`) });
  });
}
