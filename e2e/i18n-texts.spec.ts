import { readFileSync } from 'node:fs';
import { bigScenario, linkOf } from './big-scenarios.ts';
import { expect, test } from './fixtures.ts';

// The fixture cluster of src/engine/import/fixtures (SOURCES.md): node .51 has no VPC entry.
const fixture = (name: string) =>
  readFileSync(new URL(`../src/engine/import/fixtures/${name}.json`, import.meta.url), 'utf8');

const language = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('combobox', { name, exact: true });

test('lang=zh: the cluster import dialog, its notes and its diagnosis in Chinese; English after switching', async ({
  page,
}) => {
  await page.goto('/#/?preset=article&lang=zh');
  await page.getByRole('button', { name: '文件', exact: true }).click();
  await page.getByRole('button', { name: '从集群导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '从集群导入' });
  await expect(dialog.getByRole('button', { name: '关闭', exact: true })).toBeVisible();
  await expect(dialog).toContainText('不会上传');
  await dialog.getByRole('textbox', { name: '节点', exact: true }).fill(fixture('nodes'));
  await dialog.getByRole('textbox', { name: 'Pod', exact: true }).fill(fixture('pods'));
  await dialog.getByRole('textbox', { name: 'Flannel 配置', exact: true }).fill(fixture('flannel-cm'));
  await dialog.getByRole('textbox', { name: 'VPC 路由表', exact: true }).fill(fixture('route-entries'));
  await expect(dialog).toContainText('已读取：4 个节点，5 个 Pod，集群 CIDR 172');
  await expect(dialog.getByRole('note')).toContainText('分享链接会带上集群的名称和地址');
  await expect(dialog.getByRole('checkbox', { name: '匿名化名称和地址' })).toBeVisible();
  await dialog.getByText(/条说明/).click();
  await expect(dialog.getByRole('list', { name: '导入说明' })).toContainText('这些输出中没有 VPC CIDR');
  await dialog.getByRole('button', { name: '打开导入的集群' }).click();
  const diagnosis = dialog.getByRole('list', { name: '诊断' });
  await expect(diagnosis).toContainText('VPC 路由表中没有 cn-hangzhou.192.168.0.51 的路由条目');
  await expect(diagnosis).toContainText('错误');
  // What the cluster printed stays as printed.
  await expect(diagnosis).toContainText('RouteController failed to create a route');

  await language(page, '语言').selectOption('en');
  const english = page.getByRole('dialog', { name: 'Import from a cluster' });
  await expect(english.getByRole('list', { name: 'Diagnosis' })).toContainText(
    'the VPC route table has no entry 172.20.1.128/25',
  );
  await expect(english.getByRole('textbox', { name: 'Flannel config' })).toBeVisible();
});

test('lang=zh: the capacity and the preset notes in Chinese; English after switching', async ({ page }) => {
  await page.goto('/#/?preset=article&lang=zh&step=999&sel=vpc');
  const whatIf = page.locator('section[aria-labelledby="what-if-title"]');
  await expect(whatIf).toContainText(/个节点，最多可容纳 \d+ 个：/);
  await expect(whatIf).toContainText('每个节点都需要一条自己的 VPC 路由条目');
  await expect(page.getByText('关于原文：').first()).toBeVisible();
  await expect(
    page.getByText(/原文 2019 年的集群每个路由表的配额为 48 条自定义路由条目/).first(),
  ).toBeVisible();

  await language(page, '语言').selectOption('en');
  await expect(whatIf).toContainText('Each node needs its own VPC route entry');
  await expect(
    page.getByText(/The article's 2019 cluster had a route quota of 48 custom entries/).first(),
  ).toBeVisible();
  await expect(page.getByText('About the article:').first()).toBeVisible();
});

test("lang=zh: a bad s= link's error is Chinese; English with lang=en", async ({ page }) => {
  await page.goto('/#/?s=v1.%21%21%21&lang=zh');
  await expect(page.getByText('链接中的场景不是 base64url 文本').first()).toBeVisible();
  await page.goto('/#/?s=v1.%21%21%21&lang=en');
  await page.reload();
  await expect(page.getByText('the scenario in the URL is not base64url text').first()).toBeVisible();
});

/** A link to a scenario large enough to open in the progress panel (built a slice at a time). */
const largeLink = (lang: string) => linkOf(bigScenario(3001, 10), `&lang=${lang}`);

test('lang=zh: a large link opened first shows its progress panel in Chinese from the start', async ({
  page,
}) => {
  await page.goto(largeLink('zh'));
  const panel = page.getByRole('region', { name: '正在打开场景' });
  await expect(panel.getByRole('heading', { name: /正在打开链接中的场景/ })).toBeVisible();
  await expect(panel.getByRole('button', { name: '取消', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Opening the scenario' })).toHaveCount(0);
});

test('lang=zh: the header names a built-in scenario and the dataplane a link switched to in Chinese; English after switching', async ({
  page,
}) => {
  await page.goto('/#/?preset=article&lang=zh&cni=terway');
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('ACK + Flannel，与文章中的集群一致 · 改用 Terway（');
  await language(page, '语言').selectOption('en');
  await expect(banner).toContainText('ACK + Flannel, as in the article · on Terway (ENIs, policy routing)');
});
