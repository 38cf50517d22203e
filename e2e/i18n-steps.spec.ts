import { expect, test } from './fixtures.ts';

/** The step list and the narration, by their Chinese accessible names. */
function chinese(page: import('@playwright/test').Page) {
  const steps = page.getByRole('list', { name: '搭建步骤', exact: true });
  return {
    steps,
    current: steps.locator('[aria-current="step"]'),
    narration: page.getByRole('region', { name: '讲解', exact: true }).getByRole('status'),
    language: page.getByRole('combobox', { name: '语言', exact: true }),
  };
}

test("lang=zh says the steps' titles and the narration in Chinese; component texts stay as printed", async ({
  page,
}) => {
  await page.goto('/#/?preset=article&lang=zh&step=37');
  const zh = chinese(page);
  await expect(zh.current).toContainText('web-1 获得 IP 172.16.0.130');
  await expect(
    zh.steps.getByRole('button', { name: /专有网络 VPC 192\.168\.0\.0\/16 已创建/ }),
  ).toBeAttached();
  await expect(
    zh.steps.getByRole('button', { name: /CCM 添加 VPC 路由条目 172\.16\.0\.128\/25 → node-a/ }),
  ).toBeAttached();
  await expect(zh.narration.getByRole('heading', { level: 2 })).toHaveText('web-1 获得 IP 172.16.0.130');
  await expect(zh.narration).toContainText(
    'host-local IPAM 从上次分配的地址之后取出 172.16.0.128/25 中下一个空闲地址',
  );
  await expect(zh.narration).toContainText('/var/lib/cni/networks/cbr0/172.16.0.130');
});

test('a failed step says its title in Chinese and quotes the real error in English', async ({ page }) => {
  await page.goto('/#/?preset=article&lang=zh&quota=3&step=32');
  const zh = chinese(page);
  await expect(zh.narration.getByRole('heading', { level: 2 })).toContainText(
    'node-b 的 VPC 路由被拒绝：QuotaExceeded',
  );
  await expect(zh.narration).toContainText(
    'API 返回 HTTP 400 QuotaExceeded: Route entry quota exceeded in this route table.',
  );
  await expect(zh.current).toContainText('失败');
});

test('switching to English shows the same step in English words', async ({ page }) => {
  await page.goto('/#/?preset=article&lang=zh&step=37');
  const zh = chinese(page);
  await expect(zh.current).toContainText('web-1 获得 IP 172.16.0.130');
  await zh.language.selectOption('en');
  const narration = page.getByRole('region', { name: 'Narration', exact: true }).getByRole('status');
  await expect(narration.getByRole('heading', { level: 2 })).toHaveText('web-1 gets IP 172.16.0.130');
  await expect(narration).toContainText('host-local IPAM hands out the next free address of 172.16.0.128/25');
  const steps = page.getByRole('list', { name: 'Construction steps', exact: true });
  await expect(steps.locator('[aria-current="step"]')).toContainText('web-1 gets IP 172.16.0.130');
});
