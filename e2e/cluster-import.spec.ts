import { readFileSync } from 'node:fs';
import { decodeVersionedParam } from '../src/app/share/scenario-codec.ts';
import { author, hashParams } from './author-helpers.ts';
import { expect, test } from './fixtures.ts';

// The fixture cluster of src/engine/import/fixtures (SOURCES.md): node .51 has no VPC entry.
const fixture = (name: string) =>
  readFileSync(new URL(`../src/engine/import/fixtures/${name}.json`, import.meta.url), 'utf8');

async function importFixture(page: import('@playwright/test').Page, anonymise: boolean) {
  await page.goto('/#/?preset=article');
  await author(page).files.click();
  await page.getByRole('button', { name: 'Import from a cluster', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from a cluster' });
  await dialog.getByRole('textbox', { name: 'Nodes' }).fill(fixture('nodes'));
  await dialog.getByRole('textbox', { name: 'Pods' }).fill(fixture('pods'));
  await dialog.getByRole('textbox', { name: 'Flannel config' }).fill(fixture('flannel-cm'));
  await dialog.getByRole('textbox', { name: 'VPC route table' }).fill(fixture('route-entries'));
  await expect(dialog.getByRole('note')).toContainText(
    "A share link carries the cluster's names and addresses",
  );
  if (anonymise) await dialog.getByRole('checkbox', { name: 'Anonymise names and addresses' }).check();
  await expect(dialog).toContainText('Read: 4 nodes, 5 pods, cluster CIDR 172');
  await dialog.getByRole('button', { name: 'Open imported cluster' }).click();
  return dialog;
}

async function sharedScenario(page: import('@playwright/test').Page): Promise<string> {
  await expect.poll(() => hashParams(page.url()).get('s')).toMatch(/^v1\./);
  const decoded = await decodeVersionedParam(hashParams(page.url()).get('s') as string);
  if (!decoded.ok) throw new Error('the share link does not decode');
  return decoded.text;
}

test('a cluster imported through the Files menu shows its real CIDRs and a diagnosis that links to elements', async ({
  page,
}) => {
  const dialog = await importFixture(page, false);
  const topology = author(page).topology;
  await expect(
    topology.getByRole('button', {
      name: /^ECS node cn-hangzhou\.192\.168\.0\.51, 192\.168\.0\.51, pod CIDR 172\.20\.1\.128\/25/,
    }),
  ).toBeVisible();
  const diagnosis = dialog.getByRole('list', { name: 'Diagnosis' });
  const missing = diagnosis.getByRole('button', {
    name: /no entry 172\.20\.1\.128\/25 .* cn-hangzhou\.192\.168\.0\.51/,
  });
  await expect(missing).toContainText('default/api-5f6d7b8c9-k2x4p, default/api-5f6d7b8c9-q7w2z');
  await missing.click();
  await expect(page).toHaveURL(/cn-hangzhou\.192\.168\.0\.51/);
  expect(await sharedScenario(page)).toContain('cn-hangzhou.192.168.0.51');
});

test('anonymise changes every name and address in the share link', async ({ page }) => {
  const dialog = await importFixture(page, true);
  await expect(dialog.getByRole('list', { name: 'Diagnosis' })).toContainText('node-4');
  const text = await sharedScenario(page);
  for (const secret of [
    'cn-hangzhou',
    '192.168.0.5',
    '192.168.0.4',
    '172.20.',
    'api-5f6d',
    'web-7d4b',
    'coredns',
    'nginx',
  ]) {
    expect(text).not.toContain(secret);
  }
  expect(text).toContain('node-4');
});
