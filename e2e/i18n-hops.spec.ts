import { expect, test } from './fixtures.ts';
import { packetWalk } from './packet-helpers.ts';

/** The packet walk's and the comparison's controls, by their Chinese accessible names. */
function chinese(page: import('@playwright/test').Page) {
  return {
    hops: page.getByRole('list', { name: '数据包的每一跳', exact: true }),
    narration: page.getByRole('region', { name: '讲解', exact: true }).getByRole('status'),
    language: page.getByRole('combobox', { name: '语言', exact: true }),
    compare: page.getByRole('region', { name: 'alloc 与 vxlan 对比', exact: true }),
    table: page.getByRole('table', { name: '对比数据平面', exact: true }),
  };
}

test('lang=zh: a Service walk says kube-proxy’s DNAT and the bridge handing the frame up in Chinese', async ({
  page,
}) => {
  await page.goto('/#/?preset=services&lang=zh&trace=pod:web-1,service:api&hop=2');
  const zh = chinese(page);
  await expect(zh.hops).toBeVisible();
  await expect(zh.narration).toContainText('跳转到 KUBE-SERVICES');
  await expect(zh.narration).toContainText('由 kube-proxy 的 statistic 规则决定去向');
  await expect(zh.narration).toContainText('本次路径取 api-1');
  // The rule as iptables prints it, untranslated.
  await expect(zh.narration).toContainText('-j DNAT --to-destination 172.16.1.2:8080');
  await zh.hops.getByRole('button').nth(2).click();
  await expect(zh.narration).toContainText(/第 3 跳，共 \d+ 跳/);
  await expect(zh.narration).toContainText(
    '该帧的目的 MAC 是 cni0 自己的 MAC，而 172.16.1.2 不在这个网桥后面，因此 cni0 把它上交给 node-a 的 IP 协议栈去路由。',
  );
  await expect(zh.narration).not.toContainText('The frame is addressed');
});

test('lang=zh: a Terway walk says the pod’s one route and the node’s policy routing in Chinese', async ({
  page,
}) => {
  await page.goto('/#/?preset=article&cni=terway&lang=zh&trace=pod:web-1,pod:api-1&hop=1');
  const zh = chinese(page);
  await expect(zh.narration).toContainText('web-1 只有一条路由“default via 169.254.1.1 dev eth0 onlink”');
  await zh.hops.getByRole('button').nth(1).click();
  await expect(zh.narration).toContainText('Terway 不在节点上添加任何伪装规则');
  await zh.hops.getByRole('button').nth(3).click();
  await expect(zh.narration).toContainText('不经过网桥，也没有 NAT');
});

test('lang=zh: the dataplane comparison in Chinese, and in English once switched', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#/?preset=article&lang=zh&compare=alloc,vxlan&trace=pod:web-1,pod:api-1');
  const zh = chinese(page);
  await expect(zh.compare).toBeVisible();
  await expect(zh.compare).toContainText('VPC 路由（Flannel alloc） 与 VXLAN 覆盖网络（Flannel vxlan）');
  await expect(zh.table.getByRole('rowheader', { name: 'Pod 的 MTU', exact: true })).toBeVisible();
  await expect(zh.table.getByRole('row', { name: /VPC 据以路由的报文头/ })).toContainText('外层');
  await expect(zh.table.getByRole('row', { name: /Pod 的 VPC 路由条目/ })).toContainText(
    '无：VPC 从来看不到 Pod 地址',
  );
  await expect(zh.table.getByRole('row', { name: /结果/ })).toContainText('已送达');
  await zh.language.selectOption('en');
  const table = page.getByRole('table', { name: 'Compare dataplanes', exact: true });
  await expect(table.getByRole('rowheader', { name: 'Pod MTU', exact: true })).toBeVisible();
  await expect(table.getByRole('row', { name: /VPC route entries for pods/ })).toContainText(
    'none: the VPC never sees a pod address',
  );
  await expect(page.getByRole('region', { name: 'alloc and vxlan compared' })).toContainText(
    'VPC routes (Flannel alloc)',
  );
});

test('switching a Service walk to English says the hop in English', async ({ page }) => {
  await page.goto('/#/?preset=services&lang=zh&trace=pod:web-1,service:api&hop=3');
  const zh = chinese(page);
  await expect(zh.narration).toContainText('不在这个网桥后面');
  await zh.language.selectOption('en');
  const ui = packetWalk(page);
  await expect(ui.narration).toContainText(
    "The frame is addressed to cni0's own MAC and 172.16.1.2 is not behind this bridge",
  );
});
