import type { Download } from '@playwright/test';
import { PRESETS } from '../src/engine/scenario/presets.ts';
import { author, hashParams } from './author-helpers.ts';
import { expect, test } from './fixtures.ts';
import { screenshotPath } from './screenshots.ts';

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

test('the scenario exports as JSON, and the diagram at this step as SVG and PNG', async ({ page }) => {
  await page.goto('/#/?preset=article&step=24');
  const files = author(page).files;
  const exported = async (name: string) => {
    await files.click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name, exact: true }).click();
    return download;
  };
  const json = await exported('Export scenario');
  expect(json.suggestedFilename()).toBe('ack-flannel-as-in-the-article.json');
  expect(JSON.parse((await bytesOf(json)).toString('utf8'))).toEqual(PRESETS.article);

  const svg = await exported('Export diagram as SVG');
  expect(svg.suggestedFilename()).toBe('ack-flannel-as-in-the-article-step-24.svg');
  const text = (await bytesOf(svg)).toString('utf8');
  expect(text).toMatch(
    /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
  );
  expect(text).toContain('172.16.0.128/25');
  expect(text).not.toMatch(/ class="| tabindex="| style="/);
  expect(text).toMatch(/fill="rgb\(/);
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      width: doc.documentElement.getAttribute('width'),
    };
  }, text);
  expect(parsed.error).toBe(false);

  const png = await exported('Export diagram as PNG');
  expect(png.suggestedFilename()).toBe('ack-flannel-as-in-the-article-step-24.png');
  const bytes = await bytesOf(png);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.readUInt32BE(16)).toBe(2 * Number(parsed.width));
  await png.saveAs(screenshotPath('author-export-step-24'));
});

test('a bad imported file is refused with its path and reason; a good one loads and Back undoes it', async ({
  page,
}) => {
  await page.goto('/#/?preset=article&step=9');
  const ui = author(page);
  const importFile = async (name: string, content: string) => {
    await ui.files.click();
    await page
      .getByLabel('Import scenario')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  };
  const article = PRESETS.article as { nodes: object[] };
  await importFile(
    'broken.json',
    JSON.stringify({ ...article, nodes: [{ name: 'node-a', ip: '192.168.0.300' }] }),
  );
  await expect(page.getByRole('alert')).toHaveText(
    'The file "broken.json" was not imported: nodes[0].ip: "192.168.0.300" is not an IPv4 address such as "192.168.0.10" (and 1 more problem)',
  );
  await expect(page.locator('header')).toContainText('ACK + Flannel, as in the article');
  await expect(ui.narration).toContainText('Step 9 of');
  expect(hashParams(page.url()).get('preset')).toBe('article');

  await importFile('not-json.json', '{ "vpc": ');
  await expect(page.getByRole('alert')).toContainText('(root): the scenario is not valid JSON');

  await importFile('small.json', JSON.stringify({ ...(PRESETS.small as object), title: 'Imported small' }));
  await expect(page.locator('header')).toContainText('Imported small');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => hashParams(page.url()).get('s')).toMatch(/^v1\./);
  await page.goBack();
  await expect(page.locator('header')).toContainText('ACK + Flannel, as in the article');
  await expect(ui.narration).toContainText('Step 9 of');
});

test('the Files menu is a native popover and the editor and the cluster import are native dialogs', async ({
  page,
}) => {
  await page.goto('/#/?preset=article');
  const tools = author(page);
  const importEntry = page.getByRole('button', { name: 'Import from a cluster', exact: true });
  await tools.files.click();
  await expect(importEntry).toBeVisible();
  await expect(tools.files).toHaveAttribute('aria-expanded', 'true');
  expect(await page.locator('#file-menu').evaluate((menu) => menu.matches(':popover-open'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(importEntry).toHaveCount(0);
  await tools.files.click();
  await expect(importEntry).toBeVisible();
  await page.mouse.click(5, 600);
  await expect(importEntry).toHaveCount(0);

  await tools.open.click();
  expect(await tools.editor.evaluate((editor) => editor.tagName)).toBe('DIALOG');
  await page.keyboard.press('Escape');
  await expect(tools.editor).toHaveCount(0);

  await tools.files.click();
  await importEntry.click();
  const clusterImport = page.getByRole('dialog', { name: 'Import from a cluster' });
  expect(await clusterImport.evaluate((dialog) => dialog.tagName)).toBe('DIALOG');
  await clusterImport.getByRole('textbox', { name: 'Nodes' }).press('Escape');
  await expect(clusterImport).toHaveCount(0);
});
