import { expect, test } from './fixtures.ts';
import { packetWalk } from './packet-helpers.ts';

/** The packet walk's and the What-if panel's controls, by their Chinese accessible names. */
function chinese(page: import('@playwright/test').Page) {
  const hops = page.getByRole('list', { name: '数据包的每一跳', exact: true });
  return {
    hops,
    items: hops.getByRole('button'),
    narration: page.getByRole('region', { name: '讲解', exact: true }).getByRole('status'),
    headers: page.getByRole('table', { name: /^第 \d+ 跳前后的报文头$/ }),
    source: page.getByRole('combobox', { name: '源', exact: true }),
    send: page.getByRole('button', { name: '发送数据包', exact: true }),
    whatIf: page.getByRole('region', { name: '假设分析', exact: true }),
    language: page.getByRole('combobox', { name: '语言', exact: true }),
  };
}

test('lang=zh walks web-1 → api-1 in Chinese: hop list, narration, header table', async ({ page }) => {
  await page.goto('/#/?preset=article&lang=zh&trace=pod:web-1,pod:api-1&hop=3');
  const zh = chinese(page);
  await expect(zh.hops).toBeVisible();
  await expect(zh.send).toBeVisible();
  await expect(zh.source).toHaveValue('pod:web-1');
  await expect(zh.hops).toContainText('请求');
  await expect(zh.hops).toContainText('应答');
  await expect(zh.narration).toContainText(/第 3 跳，共 \d+ 跳/);
  // node-a's routing hop: its sentence in Chinese, the route it matched as `ip route` prints it.
  await expect(zh.narration).toContainText('node-a 对 172.16.1.2 的最长匹配路由是默认路由');
  await expect(zh.narration).toContainText('default via 192.168.0.253 dev eth0');
  await expect(zh.headers).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '慢速滑行', exact: true })).toBeVisible();
});

test('lang=zh: a fault drops the packet with the reason in Chinese, and the What-if panel is Chinese', async ({
  page,
}) => {
  await page.goto('/#/?preset=article&lang=zh&faults=vpc-route-deleted:node-b&trace=pod:web-1,pod:api-1');
  const zh = chinese(page);
  await expect(zh.hops).toBeVisible();
  await zh.items.last().click();
  await expect(zh.narration).toContainText('已丢弃：');
  await expect(zh.narration).toContainText('172.16.1.2 是私网地址，互联网不路由它');
  await expect(zh.narration).toContainText('已从 VPC 路由表中删除');
  await expect(zh.whatIf).toContainText('人为制造故障');
  await expect(zh.whatIf.getByRole('combobox', { name: '故障节点' })).toBeVisible();
  await expect(zh.whatIf.getByRole('list', { name: '已启用的故障', exact: true })).toBeVisible();
  await expect(zh.whatIf.getByRole('button', { name: '移除 node-b 上的 vpc-route-deleted' })).toBeVisible();
  await expect(zh.whatIf.getByRole('button', { name: '撤销假设', exact: true })).toBeVisible();
});

test('switching to English keeps the walk and says it in English', async ({ page }) => {
  await page.goto('/#/?preset=article&lang=zh&trace=pod:web-1,pod:api-1&hop=3');
  const zh = chinese(page);
  await expect(zh.narration).toContainText('的最长匹配路由是');
  await zh.language.selectOption('en');
  const ui = packetWalk(page);
  await expect(ui.hops).toBeVisible();
  await expect(ui.narration).toContainText(/Hop 3 of \d+/);
  await expect(ui.narration).toContainText(
    "node-a's longest matching route for 172.16.1.2 is the default route",
  );
  await expect(ui.whatIf).toContainText('Break the cluster');
});
