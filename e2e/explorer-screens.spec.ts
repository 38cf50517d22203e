import { construct } from '../src/engine/index.ts';
import { presetScenario } from '../src/engine/scenario/presets.ts';
import { explorer, stepTitled } from './explorer-helpers.ts';
import { expect, test } from './fixtures.ts';
import { screenshotPath } from './screenshots.ts';

const article = construct(presetScenario('article'));
const LAST = article.steps.length;

/** Five step boundaries: nothing built, the cluster CIDR, a node's VPC route, cni0, the end. */
const BOUNDARIES = [
  0,
  stepTitled(article.steps, /^Cluster CIDR/),
  stepTitled(article.steps, /CCM adds VPC route 172\.16\.0\.128/),
  stepTitled(article.steps, /bridge plugin creates cni0 on node-a/),
  LAST,
];

const WIDTHS = [
  { width: 1920, height: 1080, suffix: '' },
  { width: 1024, height: 768, suffix: '-1024' },
];

for (const { width, height, suffix } of WIDTHS) {
  for (const theme of ['light', 'dark'] as const) {
    test(`screenshots at five step boundaries, ${theme}, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      // Reduced motion: each step is shown at its end, so the pictures are stable.
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      for (const n of BOUNDARIES) {
        await page.goto(`/#/?preset=article&step=${n}`);
        await page.reload();
        const ui = explorer(page);
        await expect(ui.narration).toContainText(`Step ${n} of ${LAST}`);
        if (n > 0) await page.getByRole('button', { name: 'Show element' }).click();
        await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
        // Nothing spills sideways at any width.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // The step list is sticky at this width: take the page from its top.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({
          path: screenshotPath(`explorer-${n}-${theme}${suffix}`),
          fullPage: width < 1280,
        });
      }
    });
  }
}

test('the theme toggle overrides the system and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/#/?preset=article');
  const html = page.locator('html');
  await expect(html).not.toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Dark' }).click();
  await expect(html).toHaveClass(/dark/);
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'System' }).click();
  await expect(html).not.toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveClass(/dark/);
});
