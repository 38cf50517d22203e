/**
 * The diagram's words in Chinese (issue 18): an embed's overview briefs, the inspector of a node
 * and its Services, with Chinese accessible names; English again once English is chosen.
 */
import { expect, test } from './fixtures.ts';

/** The texts the diagram draws (briefs and lines), by the diagram's name in `lang`. */
const drawnTexts = (page: import('@playwright/test').Page, name: string) =>
  page.getByLabel(name, { exact: true }).locator('text').allTextContents();

test('an 800×500 embed with lang=zh draws its overview briefs in Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/#/?preset=article&step=9999&embed=1&lang=zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const diagram = page.getByLabel('网络拓扑图', { exact: true });
  await expect(diagram.locator('text').filter({ hasText: /^vRouter · \d+ 条路由$/ })).toHaveCount(1);
  await expect(diagram.locator('text').filter({ hasText: /^NAT 网关$/ })).toHaveCount(1);
  const texts = await drawnTexts(page, '网络拓扑图');
  expect(texts.filter((t) => /routes?$|NAT gateway|^vSwitch |running|no pod CIDR/.test(t))).toEqual([]);
  // Names and addresses stay as drawn.
  expect(texts.some((t) => /^node-a · 172\.16\.\d+\.\d+\/\d+$/.test(t))).toBe(true);
  // The elements' accessible names, in Chinese.
  await expect(
    diagram.getByRole('button', { name: /^ECS 节点 node-a，192\.168\.0\.10，Pod CIDR / }),
  ).toHaveCount(1);
  await expect(diagram.getByRole('button', { name: /^NAT 网关，EIP / })).toHaveCount(1);
  await expect(diagram.getByRole('button', { name: /^ECS node / })).toHaveCount(0);

  await page.goto('about:blank');
  await page.goto('/#/?preset=article&step=9999&embed=1&lang=en');
  const english = page.getByLabel('Network topology', { exact: true });
  await expect(english.locator('text').filter({ hasText: /^vRouter · \d+ routes$/ })).toHaveCount(1);
  await expect(english.locator('text').filter({ hasText: /^NAT gateway$/ })).toHaveCount(1);
  await expect(
    english.getByRole('button', { name: /^ECS node node-a, 192\.168\.0\.10, pod CIDR / }),
  ).toHaveCount(1);
});

test("a node's inspector speaks Chinese, with Chinese accessible names; English once chosen", async ({
  page,
}) => {
  await page.goto('/#/?preset=article&step=9999&sel=node:node-a&lang=zh');
  const inspector = page.getByRole('region', { name: /^检查器/ });
  await expect(inspector.getByRole('heading', { name: /^检查器\s*· 节点 node-a$/ })).toBeVisible();
  const tabs = inspector.getByRole('tablist', { name: '产物', exact: true });
  await expect(tabs.getByRole('tab', { name: /^节点 spec/ })).toBeVisible();
  await expect(tabs.getByRole('tab', { name: /^ip route/ }).first()).toBeVisible();
  await expect(inspector.getByRole('tab', { name: /Node spec/ })).toHaveCount(0);
  // The diagram's own drawn words at this size, in Chinese too.
  const diagram = page.getByLabel('网络拓扑图', { exact: true });
  await expect(diagram.locator('text').filter({ hasText: /^下一跳$/ })).toHaveCount(1);

  await page.getByRole('combobox', { name: '语言', exact: true }).selectOption('en');
  const english = page.getByRole('region', { name: /^Inspector/ });
  await expect(english.getByRole('heading', { name: /^Inspector\s*· node node-a$/ })).toBeVisible();
  await expect(english.getByRole('tab', { name: /^Node spec/ })).toBeVisible();
  await expect(
    page
      .getByLabel('Network topology', { exact: true })
      .locator('text')
      .filter({ hasText: /^next hop$/ }),
  ).toHaveCount(1);
});

test('the Services a node resolves, in Chinese', async ({ page }) => {
  await page.goto('/#/?preset=services&step=9999&sel=node:node-a&lang=zh');
  const inspector = page.getByRole('region', { name: /^检查器/ });
  await inspector.locator('summary', { hasText: /^服务 Service/ }).click();
  await expect(inspector.locator('summary', { hasText: /^服务 Service/ })).toContainText('kube-proxy');
  const list = inspector.getByRole('list', { name: 'node-a 上的服务 Service', exact: true });
  await expect(list.getByRole('listitem').filter({ hasText: /^legacy / })).toContainText('无端点：REJECT');
});
