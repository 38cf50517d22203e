import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { construct, formatIp } from '../src/engine/index.ts';
import { presetScenario } from '../src/engine/scenario/presets.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { screenshotPath } from './screenshots.ts';
import { boxesOverlap, diagramSvg, drawnTexts, medianPx, nameSize } from './text-size.ts';

const ARTICLE = presetScenario('article');
const LAST = construct(ARTICLE).steps.length;
const NODES = ARTICLE.nodes.map((n) => n.name);
const PODS = ARTICLE.pods.map((p) => p.name);
/** The pods' addresses at the last step ("172.16.0.130"). */
const POD_IPS = [...construct(ARTICLE).final.pods.values()].flatMap((p) =>
  p.ip === undefined ? [] : [formatIp(p.ip)],
);

/** Opens `hash` at a size, settled (no animation), and waits for the diagram's text. */
async function open(page: Page, hash: string, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(hash);
  await expect(diagramSvg(page).locator('text').first()).toBeVisible();
}

/**
 * Every node's name and every pod's address is drawn whole (its own text, not cut with "…"),
 * inside the window and the diagram, and overlaps no other text of the diagram.
 */
async function expectNamesAndAddressesWhole(page: Page, width: number, height: number) {
  const texts = await drawnTexts(diagramSvg(page));
  const frame = await diagramSvg(page).boundingBox();
  expect(frame).not.toBeNull();
  const within = (b: { x: number; y: number; width: number; height: number }, f: typeof b) =>
    b.x >= f.x - 0.5 &&
    b.y >= f.y - 0.5 &&
    b.x + b.width <= f.x + f.width + 0.5 &&
    b.y + b.height <= f.y + f.height + 0.5;
  const whole = (word: string) => new RegExp(`(^|\\s)${word.replace(/\./g, '\\.')}(\\s|$)`);
  expect(POD_IPS.length).toBe(PODS.length);
  for (const word of [...NODES, ...POD_IPS]) {
    const text = texts.find((t) => whole(word).test(t.text));
    expect(text, `${word} is drawn whole`).toBeDefined();
    if (!text || !frame) continue;
    expect(within(text.box, { x: 0, y: 0, width, height }), `${word} is inside the window`).toBe(true);
    expect(within(text.box, frame), `${word} is inside the diagram`).toBe(true);
    const covered = texts.filter((t) => t !== text && boxesOverlap(t.box, text.box)).map((t) => t.text);
    expect(covered, `${word} overlaps other text`).toEqual([]);
  }
  return texts;
}

/** No button, link or select of the page lies over the diagram's drawing area. */
async function expectNoControlOverDiagram(page: Page) {
  const svg = await diagramSvg(page).boundingBox();
  expect(svg).not.toBeNull();
  const boxes = await page
    .locator('button:visible, a:visible, select:visible')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  for (const b of boxes) {
    if (!svg || b.width === 0) continue;
    expect(boxesOverlap(b, svg), `a control at ${JSON.stringify(b)} covers the diagram`).toBe(false);
  }
}

for (const { width, height, min } of [
  { width: 1440, height: 900, min: 11 },
  { width: 1280, height: 720, min: 11 },
  { width: 1920, height: 1080, min: 11 },
]) {
  test(`at ${width}×${height} the article's last step draws its diagram text at a median ≥ ${min} px, none under 9 px, all on screen`, async ({
    page,
  }) => {
    await open(page, `/#/?preset=article&step=${LAST}`, width, height);
    const texts = await drawnTexts(diagramSvg(page));
    const median = medianPx(texts);
    test.info().annotations.push({ type: 'median text', description: `${median.toFixed(2)} px` });
    expect(median).toBeGreaterThanOrEqual(min);
    const small = texts.filter((t) => t.px < 9).map((t) => `${t.text} ${t.px.toFixed(1)} px`);
    expect(small, 'text under 9 px').toEqual([]);
    // The whole diagram is in the window: nothing pushed it below the fold.
    if (width < 1800) await expect(diagramSvg(page)).toBeInViewport({ ratio: 1 });
    else {
      // From 1800 px its box has quarter-pixel edges (106.25 to 1072.25), which the browser's
      // intersection measure clips by a fraction of a pixel: the box itself must lie in the window.
      const box = await diagramSvg(page).boundingBox();
      expect(
        box && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height,
      ).toBe(true);
    }
    for (const name of [...NODES, ...PODS])
      expect(nameSize(texts, name), name).toBeGreaterThanOrEqual(min - 1);
    // The narration is beside it, on screen too.
    await expect(page.getByRole('region', { name: 'Narration' })).toBeInViewport();
    await expectNoControlOverDiagram(page);
    await page.screenshot({ path: screenshotPath(`readable-${width}x${height}`) });
  });
}

test('an 800×500 embed shows the whole article with every node and pod named at ≥ 11 px', async ({
  page,
}) => {
  await open(page, `/#/?preset=article&step=${LAST}&embed=1`, 800, 500);
  const texts = await expectNamesAndAddressesWhole(page, 800, 500);
  expect(medianPx(texts)).toBeGreaterThanOrEqual(11);
  for (const name of [...NODES, ...PODS]) expect(nameSize(texts, name), name).toBeGreaterThanOrEqual(11);
  await expect(diagramSvg(page)).toBeInViewport({ ratio: 1 });
  await expectNoControlOverDiagram(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
  await page.screenshot({ path: screenshotPath('readable-embed-800x500') });
});

test('a 400×300 embed names every node and gives every pod address whole at ≥ 10 px, its controls beside the diagram', async ({
  page,
}) => {
  await open(page, `/#/?preset=article&step=${LAST}&embed=1`, 400, 300);
  const texts = await expectNamesAndAddressesWhole(page, 400, 300);
  for (const name of NODES) expect(nameSize(texts, name), name).toBeGreaterThanOrEqual(10);
  for (const ip of POD_IPS) expect(nameSize(texts, ip), ip).toBeGreaterThanOrEqual(10);
  await expectNoControlOverDiagram(page);
  // The step controls keep their names, shortened on screen.
  await expect(page.getByRole('button', { name: 'Next step', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fit to view' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  await page.screenshot({ path: screenshotPath('readable-embed-400x300') });
});

test('at step 0 the diagram says what the steps will build', async ({ page }) => {
  await open(page, '/#/?preset=article&step=0&embed=1', 800, 500);
  const note = page.getByRole('region', { name: 'Topology' }).getByText(/steps build the VPC/);
  await expect(note).toContainText(`${LAST} steps build the VPC ${ARTICLE.vpc.cidr}`);
  await expect(note).toContainText('3 ECS nodes (master-1, node-a, node-b)');
  await expect(note).toBeInViewport({ ratio: 1 });
  // Once something is built, the note goes.
  await page.getByRole('button', { name: 'Next step', exact: true }).click();
  await expect(note).toHaveCount(0);
});

test('presentation mode: the diagram fills the window at ≥ 16 px, stepping works, Escape leaves', async ({
  page,
}) => {
  await open(page, `/#/?preset=article&step=${LAST}`, 1280, 720);
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect(page).toHaveURL(/[?&]present=1(&|$)/);
  await expect(page.getByRole('button', { name: 'Presentation mode' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // The side columns are gone; the narration is a caption over the diagram.
  await expect(page.getByRole('navigation', { name: 'Steps' })).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Tables and inspector' })).toHaveCount(0);
  const narration = page.getByRole('region', { name: 'Narration' });
  // A caption over the diagram's foot (scrolling inside when long).
  await expect(narration).toBeInViewport();
  await expect(narration.getByRole('status')).toContainText(`Step ${LAST} of ${LAST}`);
  const svg = await diagramSvg(page).boundingBox();
  expect((svg?.width ?? 0) * (svg?.height ?? 0)).toBeGreaterThan(0.85 * 1280 * 720 * 0.9);
  await expect.poll(async () => medianPx(await drawnTexts(diagramSvg(page)))).toBeGreaterThanOrEqual(16);
  await page.screenshot({ path: screenshotPath('readable-present-1280x720') });
  // The keyboard steps as before, and a reload keeps the mode.
  await page.keyboard.press('ArrowLeft');
  await expect(narration.getByRole('status')).toContainText(`Step ${LAST - 1} of ${LAST}`);
  await expect(page).toHaveURL(new RegExp(`step=${LAST - 1}(&|$)`));
  await page.reload();
  await expect(page.getByRole('button', { name: 'Presentation mode' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/present=/);
  await expect(page.getByRole('navigation', { name: 'Steps' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Presentation mode' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('Traffic and What-if are one click away, from step 0 and from a lesson', async ({ page }) => {
  await open(page, '/#/?preset=article', 1280, 720);
  const jumps = page.getByRole('group', { name: 'Go to section' });
  const source = page.getByRole('combobox', { name: 'Source', exact: true });
  await jumps.getByRole('button', { name: 'Traffic', exact: true }).click();
  await expect(source).toBeInViewport();
  await expect(page.getByRole('heading', { name: 'Traffic', exact: true })).toBeFocused();
  await jumps.getByRole('button', { name: 'What-if', exact: true }).click();
  await expect(
    page.getByRole('region', { name: 'What-if', exact: true }).getByLabel('Faults on'),
  ).toBeInViewport();
  // Steps: at step 0 the first step (else the current one) is back in view.
  await jumps.getByRole('button', { name: 'Steps', exact: true }).click();
  await expect(
    page.getByRole('list', { name: 'Construction steps' }).getByRole('listitem').first(),
  ).toBeInViewport();

  await page.goto('/#/?lesson=leaving-the-cluster&stop=2');
  await expect(page.getByRole('button', { name: 'Exit lesson' })).toBeVisible();
  await jumps.getByRole('button', { name: 'Traffic', exact: true }).click();
  await expect(source).toBeInViewport();
  await page.screenshot({ path: screenshotPath('readable-lesson-traffic-1280x720') });
});

test('big scenarios: phase jumps, Page Down, "Find step" and going to an element by name', async ({
  page,
}) => {
  const steps = construct(ARTICLE).steps;
  const firstOf = (phase: string) => steps.findIndex((s) => s.phase === phase) + 1;
  await open(page, '/#/?preset=article', 1280, 720);
  const status = page.getByRole('region', { name: 'Narration' }).getByRole('status');
  // Page Down from step 0 goes to the first Cluster step; the buttons go by phase too.
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(new RegExp(`step=${firstOf('cluster')}(&|$)`));
  await expect(status).toContainText('Cluster phase');
  await page.getByRole('button', { name: 'Next phase', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`step=${firstOf('node')}(&|$)`));
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(new RegExp(`step=${firstOf('cluster')}(&|$)`));
  await page.getByRole('button', { name: 'Previous phase', exact: true }).click();
  await expect(page).toHaveURL(/step=1(&|$)/);

  // "Find step" finds a step by its title and goes to it.
  const find = page.getByRole('searchbox', { name: 'Find step' });
  await find.fill('api-1 gets IP');
  const found = page.getByRole('list', { name: 'Found' }).getByRole('button');
  await expect(found.first()).toContainText('api-1 gets IP 172.16.1.2');
  await find.press('Enter');
  const target = steps.findIndex((s) => s.title.startsWith('api-1 gets IP')) + 1;
  await expect(page).toHaveURL(new RegExp(`step=${target}(&|$)`));
  await expect(status).toContainText('api-1 gets IP 172.16.1.2');
  await expect(find).toHaveValue('');

  // An element by name, from step 0: the step that makes it, selected and zoomed to.
  await page.keyboard.press('Home');
  await find.fill('web-1');
  await found.filter({ hasText: 'select and zoom' }).first().click();
  const pod = page.getByRole('region', { name: 'Topology' }).locator('[data-id="pod:web-1"]');
  await expect(pod).toHaveAttribute('aria-pressed', 'true');
  await expect(pod).toBeInViewport();
  await expect(page).toHaveURL(/sel=pod(:|%3A)web-1/);
  await page.screenshot({ path: screenshotPath('readable-find-1280x720') });
});

for (const { name, trace, cni = '' } of [
  { name: 'Across nodes', trace: 'pod:web-1,pod:api-1' },
  { name: 'Pod → Internet', trace: 'pod:web-1,external:internet' },
  // flannel.1 on each node: the dot at its right end on the tunnel's hops.
  { name: 'Across nodes on vxlan', trace: 'pod:web-1,pod:api-1', cni: '&cni=vxlan' },
]) {
  test(`${name}: at each hop neither the packet's label nor its dot covers text of the diagram`, async ({
    page,
  }) => {
    // A link opens the walk at its first hop, paused.
    await open(page, `/#/?preset=article${cni}&trace=${trace}&hop=1`, 1280, 720);
    const counter = page.getByText(/^Hop \d+ of \d+$/).first();
    await expect(counter).toHaveText(/^Hop 1 of \d+$/);
    const total = Number((await counter.textContent())?.match(/of (\d+)/)?.[1]);
    expect(total).toBeGreaterThan(3);
    for (let hop = 1; hop <= total; hop++) {
      await expect(counter).toHaveText(`Hop ${hop} of ${total}`);
      const label = diagramSvg(page).locator('[data-packet-label]');
      await expect(label).toHaveCount(1);
      const pill = await label.locator('rect').evaluate((r) => r.getBoundingClientRect().toJSON() as DOMRect);
      // Every other text of the diagram (the label's own text is inside its pill).
      const own = await label.locator('text').textContent();
      const others = (await drawnTexts(diagramSvg(page))).filter((t) => t.text !== own);
      const covered = others.filter((t) => boxesOverlap(pill, t.box)).map((t) => t.text);
      expect(covered, `hop ${hop}: the label covers ${covered.join(', ')}`).toEqual([]);
      // The dot sits beside the text of what it visits (eth0's address, cni0's, a veth's name).
      const dot = await diagramSvg(page)
        .locator('[data-packet-dot] > circle')
        .evaluate((c) => c.getBoundingClientRect().toJSON() as DOMRect);
      const under = others.filter((t) => boxesOverlap(dot, t.box)).map((t) => t.text);
      expect(under, `hop ${hop}: the dot covers ${under.join(', ')}`).toEqual([]);
      // The dot is the packet's own colour, not the red of failures.
      const fill = await diagramSvg(page)
        .locator('circle')
        .last()
        .evaluate((c) => getComputedStyle(c).fill);
      expect(fill).not.toMatch(/rgb\(2[0-9]{2}, [0-9]{1,2}, [0-9]{1,2}\)/);
      if (hop === 3)
        await page.screenshot({ path: screenshotPath(`readable-label-${name.replace(/\W+/g, '-')}`) });
      if (hop < total) await page.getByRole('button', { name: 'Next step', exact: true }).click();
    }
  });
}

for (const { size, width, height, embed } of [
  { size: '800×500 embed', width: 800, height: 500, embed: '&embed=1' },
  { size: '1280×720 page', width: 1280, height: 720, embed: '' },
]) {
  test(`${size}: the Service's tag of a walk to a Service covers no text and stays inside the diagram`, async ({
    page,
  }) => {
    await open(page, `/#/?preset=services&trace=pod:web-1,service:api&hop=5${embed}`, width, height);
    const tag = diagramSvg(page).locator('[data-service-tag]');
    await expect(tag).toHaveCount(1);
    await expect(tag).toHaveAttribute('data-service-tag', /^service api .* → DNAT /);
    const pill = await tag.locator('rect').evaluate((r) => r.getBoundingClientRect().toJSON() as DOMRect);
    const frame = await diagramSvg(page).boundingBox();
    expect(frame).not.toBeNull();
    if (!frame) return;
    expect(pill.x).toBeGreaterThanOrEqual(frame.x - 0.5);
    expect(pill.y).toBeGreaterThanOrEqual(frame.y - 0.5);
    expect(pill.x + pill.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
    expect(pill.y + pill.height).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
    // Every other text of the diagram, the packet's label included (the tag's own text is inside it).
    const own = await tag.locator('text').textContent();
    const others = (await drawnTexts(diagramSvg(page))).filter((t) => t.text !== own);
    const covered = others.filter((t) => boxesOverlap(pill, t.box)).map((t) => t.text);
    expect(covered, `the tag covers ${covered.join(', ')}`).toEqual([]);
    const dot = await diagramSvg(page)
      .locator('[data-packet-dot] > circle')
      .evaluate((c) => c.getBoundingClientRect().toJSON() as DOMRect);
    expect(boxesOverlap(pill, dot), 'the tag is under the packet').toBe(false);
    await page.screenshot({ path: screenshotPath(`readable-service-tag-${width}x${height}`) });
  });
}

test('on a 390 px phone nothing scrolls sideways: the header folds into a menu, the editor fits', async ({
  page,
}) => {
  await open(page, `/#/?preset=article&step=${LAST}`, 390, 844);
  const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect(await scrollWidth()).toBeLessThanOrEqual(390);
  const edit = page.getByRole('button', { name: 'Edit scenario' });
  await expect(edit).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
  expect(await scrollWidth()).toBeLessThanOrEqual(390);
  await edit.click();
  const editor = page.getByRole('dialog', { name: 'Edit scenario' });
  await expect(editor).toBeVisible();
  expect(await scrollWidth()).toBeLessThanOrEqual(390);
  const box = await editor.boundingBox();
  expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 999) <= 390).toBe(true);
  await page.screenshot({ path: screenshotPath('readable-phone-editor') });
});

test('follow the action: where the whole is too small to read, a step zooms to what it changed; the toggle stops it', async ({
  page,
}) => {
  const zoom = () =>
    diagramSvg(page)
      .locator(':scope > g[transform]')
      .first()
      .evaluate((g) => Number(/scale\(([\d.]+)\)/.exec(g.getAttribute('transform') ?? '')?.[1] ?? 1));
  await open(page, '/#/?preset=article&step=40', 1024, 768);
  expect(await zoom()).toBe(1);
  const follow = page.getByRole('button', { name: 'Follow the action' });
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect.poll(zoom).toBeGreaterThan(1);
  // The step's text reads at ≥ 9 px where it is.
  await expect.poll(async () => medianPx(await drawnTexts(diagramSvg(page)))).toBeGreaterThanOrEqual(9);
  await page.screenshot({ path: screenshotPath('readable-follow-1024x768') });
  await follow.click();
  await expect(follow).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await expect.poll(zoom).toBe(1);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/step=42(&|$)/);
  expect(await zoom()).toBe(1);
});

/** The hue (degrees) of a computed colour in lab(), as Chromium gives Tailwind's colours. */
function hueOf(color: string): number {
  const [, a = 0, b = 0] = (color.match(/-?[\d.]+/g) ?? []).map(Number);
  return (Math.atan2(b, a) * 180) / Math.PI;
}
const hueApart = (x: number, y: number) => Math.abs(((x - y + 540) % 360) - 180);

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: the tables' added lines are the legend's "changed" lime, not eth0's emerald, and pass axe's contrast check`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [step, sel] of [
      [27, 'vpc-router'],
      [35, 'node:node-a'],
    ] as const) {
      await open(page, `/#/?preset=article&step=${step}&sel=${sel}`, 1440, 900);
      const added = page.locator('[data-added]');
      await expect(added.first()).toBeVisible();
      const eth0 = await diagramSvg(page)
        .locator('[data-id="node:node-a/eth0"] rect')
        .first()
        .evaluate((r) => [getComputedStyle(r).fill, getComputedStyle(r).stroke]);
      const changed = await diagramSvg(page)
        .locator('rect[class*="stroke-lime"]')
        .first()
        .evaluate((r) => getComputedStyle(r).stroke);
      const backgrounds = await added.evaluateAll((rows) =>
        rows.map((r) => getComputedStyle(r).backgroundColor),
      );
      expect(backgrounds.length).toBeGreaterThan(0);
      for (const bg of backgrounds) {
        for (const c of eth0) expect(hueApart(hueOf(bg), hueOf(c)), `${bg} vs eth0 ${c}`).toBeGreaterThan(25);
        expect(hueApart(hueOf(bg), hueOf(changed)), `${bg} vs the changed ring ${changed}`).toBeLessThan(15);
      }
      // axe measures the contrast of every added line's text (≥ 4.5:1), and does measure it.
      const results = await new AxeBuilder({ page })
        .include('[data-added]')
        .withRules(['color-contrast'])
        .analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
      expect(results.passes.find((r) => r.id === 'color-contrast')?.nodes.length ?? 0).toBeGreaterThan(0);
      await expectNoAxeViolations(page);
      if (step === 35) await page.screenshot({ path: screenshotPath(`readable-added-${scheme}`) });
    }
  });
}
