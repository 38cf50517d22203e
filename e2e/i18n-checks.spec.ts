/**
 * Issue 18, checks and refusals: what the page says about the user's input (a link's what-if the
 * engine refuses, a broken scenario in the editor) in Chinese, with the path as written, and in
 * English word for word once the language is switched.
 */
import { expect, test } from './fixtures.ts';
import { LAST } from './packet-helpers.ts';

test('lang=zh says why a link’s what-if was not applied in Chinese; English says it word for word', async ({
  page,
}) => {
  await page.goto(`/#/?preset=article&lang=zh&step=${LAST}&quota=-1`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const alert = page.getByRole('alert').filter({ hasText: 'vpc.routeQuota' });
  await expect(alert).toHaveText(
    '未应用：vpc.routeQuota：不允许 -1：路由配额是自定义路由条目的数量，为 1 到 100000 之间的整数（默认 200）',
  );
  await page.getByRole('combobox', { name: '语言', exact: true }).selectOption('en');
  await expect(alert).toHaveText(
    'Not applied: vpc.routeQuota: -1 is not allowed: the route quota is a whole number of custom route entries from 1 to 100000 (200 by default)',
  );
});

test('lang=zh lists a broken scenario’s problems in the editor with their paths and Chinese reasons', async ({
  page,
}) => {
  await page.goto('/#/?preset=article&lang=zh');
  await page.getByRole('button', { name: '编辑场景', exact: true }).click();
  const editor = page.getByRole('dialog', { name: '编辑场景', exact: true });
  await editor.getByRole('button', { name: 'JSON', exact: true }).click();
  const json = editor.getByRole('textbox', { name: '场景 JSON', exact: true });
  const text = await json.inputValue();
  await json.fill(text.replace('"192.168.0.0/16"', '"8.8.0.0/16"'));
  const problems = editor.getByRole('region', { name: '问题', exact: true });
  await expect(problems).toContainText(
    'vpc.cidr: 8.8.0.0/16 不是私网网段；VPC 网段必须位于 10.0.0.0/8、172.16.0.0/12 或 192.168.0.0/16 之内',
  );
  await json.fill('{"vpc": 1}');
  await expect(problems).toContainText('vpc: 专有网络 VPC应为对象（{ … }），但这里是一个数字（1）');
  await expect(problems).toContainText('cluster: 缺失；请描述集群网络，例如 { "podCidr": "172.16.0.0/16" }');
  await page.getByRole('combobox', { name: '语言', exact: true }).selectOption('en');
  await expect(page.getByRole('region', { name: 'Problems', exact: true })).toContainText(
    'vpc: the VPC must be an object ({ … }), but this is a number (1)',
  );
});
