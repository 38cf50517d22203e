import { presetScenario } from '../src/engine/scenario/presets.ts';
import { packet } from '../src/i18n/en/packet.ts';
import { walkPresets } from '../src/view/packet/walk-presets.ts';
import { expect, test } from './fixtures.ts';
import { articleTrace, hopCount, LAST_WITH_FAULT, packetWalk } from './packet-helpers.ts';
import { screenshotPath } from './screenshots.ts';

const PRESETS = walkPresets(presetScenario('article'));

const SHOTS = [
  ...PRESETS.map((p) => ({ preset: p, theme: 'light' as const, width: 1920, height: 1080, suffix: '' })),
  ...['dark', 'light'].flatMap((theme) =>
    PRESETS.filter((p) => p.id === 'cross-node').flatMap((p) => [
      ...(theme === 'dark'
        ? [{ preset: p, theme: 'dark' as const, width: 1920, height: 1080, suffix: '-dark' }]
        : []),
      { preset: p, theme: theme as 'light' | 'dark', width: 1024, height: 768, suffix: `-${theme}-1024` },
    ]),
  ),
];

for (const { preset, theme, width, height, suffix } of SHOTS) {
  test(`screenshot of the ${preset.id} walk at a middle hop, ${theme}, ${width} px`, async ({ page }) => {
    const total = hopCount(articleTrace(preset.from, preset.to));
    const middle = Math.ceil(total / 2);
    await page.setViewportSize({ width, height });
    // Reduced motion: the packet is shown where the hop leaves it, so the picture is stable.
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.goto('/#/?preset=article');
    const ui = packetWalk(page);
    await ui.preset(packet[preset.id]).click();
    await ui.items.nth(middle - 1).click();
    await expect(ui.narration).toContainText(`Hop ${middle} of ${total}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath(`packet-${preset.id}${suffix}`), fullPage: width < 1280 });
  });
}

test('screenshot of a dropped walk (vpc-route-deleted on node-b), light', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto(
    `/#/?preset=article&step=${LAST_WITH_FAULT}&trace=pod:web-1,pod:api-1&hop=6&faults=vpc-route-deleted:node-b&sel=nat-gateway`,
  );
  await expect(packetWalk(page).narration).toContainText('Hop 6 of 6');
  await page.screenshot({ path: screenshotPath('packet-what-if-drop') });
});
