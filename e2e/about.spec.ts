import { ARTICLE_CLUSTER, VERSIONS } from '../src/engine/index.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

/** Issue 14, finding 9: the one version profile, named in the page's About as in the README. */

test('About in the header names the versions PodPath reproduces and the article’s 2019 cluster', async ({
  page,
}) => {
  await page.goto('/#/?preset=article&step=5');
  const about = page.getByRole('dialog', { name: 'About PodPath', exact: true });
  await expect(about).toHaveCount(0);
  await page.getByRole('button', { name: 'About', exact: true }).click();
  await expect(about).toBeVisible();
  await expect(about).toContainText('Kubernetes 1.35');
  await expect(about).toContainText('flannel v0.15.1');
  for (const version of [
    VERSIONS.containerRuntime,
    VERSIONS.cniPlugins,
    `${VERSIONS.routeQuota} custom entries`,
  ])
    await expect(about).toContainText(version);
  for (const differs of [
    ARTICLE_CLUSTER.kubernetes,
    ARTICLE_CLUSTER.containerRuntime,
    String(ARTICLE_CLUSTER.routeQuota),
  ])
    await expect(about).toContainText(differs);
  await expectNoAxeViolations(page);
  // A native popover: Escape closes it, and the view under it is as it was.
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();
  await expect(page.getByRole('region', { name: 'Narration', exact: true })).toContainText('Step 5 of');
});
