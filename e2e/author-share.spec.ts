import { compressScenarioParam } from '../src/app/share/scenario-codec.ts';
import { PRESETS } from '../src/engine/scenario/presets.ts';
import { author, hashParams } from './author-helpers.ts';
import { expect, test } from './fixtures.ts';
import { packetWalk } from './packet-helpers.ts';

test('"Copy link" opened in a new page gives the identical view: scenario, step, faults, trace, hop', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#/?preset=article');
  const ui = author(page);
  await ui.open.click();
  await ui.field('Title').fill('Shared with the class');
  await expect.poll(() => hashParams(page.url()).get('s')).toMatch(/^v1\./);
  await ui.editor.getByRole('button', { name: 'Close', exact: true }).click();
  const walk = packetWalk(page);
  await walk.source.fill('pod:web-1');
  await walk.destination.fill('pod:api-1');
  await walk.send.click();
  await walk.whatIf.getByLabel('Faults on').selectOption('node-b');
  await walk.whatIf.getByRole('checkbox', { name: /vpc-route-deleted/ }).check();
  await expect(page).toHaveURL(/faults=vpc-route-deleted:node-b/);
  await walk.items.nth(2).click();
  await expect(walk.narration).toContainText('Hop 3 of');

  await ui.copyLink.click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  for (const key of ['s', 'step', 'trace', 'hop', 'faults'])
    expect(hashParams(link).get(key), key).not.toBeNull();

  const other = await context.newPage();
  await other.goto(link);
  const again = packetWalk(other);
  await expect(other.locator('header')).toContainText('Shared with the class');
  await expect(again.narration).toHaveText((await walk.narration.textContent()) ?? '?');
  await expect(again.current).toHaveText((await walk.current.textContent()) ?? '?');
  await expect(
    again.whatIf.getByRole('button', { name: 'Remove vpc-route-deleted on node-b' }),
  ).toBeVisible();
  await expect(
    other.getByRole('list', { name: 'Construction steps' }).locator('[aria-current="step"]'),
  ).toHaveText(
    (await page
      .getByRole('list', { name: 'Construction steps' })
      .locator('[aria-current="step"]')
      .textContent()) ?? '?',
  );
  expect(other.url()).toBe(link);
});

test('without clipboard access, "Copy link" shows the link in a field', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await page.goto('/#/?preset=small&step=7');
  await author(page).copyLink.click();
  const field = page.getByRole('textbox', { name: /Link to this view/ });
  await expect(field).toHaveValue(page.url());
  await expect(field).toBeFocused();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(field).toHaveCount(0);
});

test('names with markup are shown as text, in the page and in the exported SVG', async ({ page }) => {
  const title = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><b>bold</b>';
  const param = await compressScenarioParam({ ...(PRESETS.small as object), title });
  await page.goto(`/#/?s=${param}&step=6`);
  await expect(page.locator('header').getByText(title, { exact: true })).toBeVisible();
  await expect(page.locator('header img, header b, header script')).toHaveCount(0);
  const ui = author(page);
  await ui.open.click();
  await expect(ui.field('Title')).toHaveValue(title);
  // A node name with markup is refused, and the message quotes it as text.
  await ui.field('Node node-1 Name').fill('<b>n</b>');
  await expect(ui.field('Node <b>n</b> Name')).toHaveAccessibleDescription(
    /"<b>n<\/b>" is not a valid node name/,
  );
  await expect(ui.editor.locator('b')).toHaveCount(0);
  await ui.editor.getByRole('button', { name: 'Close', exact: true }).click();
  await ui.files.click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export diagram as SVG' }).click();
  const svg = await (await download).createReadStream().then(async (s) => {
    let text = '';
    for await (const chunk of s) text += chunk;
    return text;
  });
  expect(svg).toContain('<title>&lt;img src=x onerror="window.pwned=1"&gt;&lt;script&gt;');
  expect(svg).not.toContain('<script');
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
});
