/**
 * The article preset's notes (engine/scenario/preset-notes.ts) in Chinese, by their English
 * sentences: the numbers, addresses and versions carried over. A sentence no rule knows is left
 * as it is. view/preset-notes.test.ts reads every note of the article's steps through them.
 */
type Rule = readonly [RegExp, (...groups: string[]) => string];

const NOW: readonly Rule[] = [
  [
    /^Here (\S+) is the (\d+)\w\w to register and gets the \d+\w\w block, (\S+) \(FLANNEL_SUBNET=(\S+)\)\.$/,
    (node, n, cidr, subnet) =>
      `此处 ${node} 是第 ${n} 个注册的节点，获得第 ${n} 个地址块 ${cidr}（FLANNEL_SUBNET=${subnet}）。`,
  ],
  [
    /^Here (\S+) is the (\d+)\w\w to register, so it will get the \d+\w\w block\.$/,
    (node, n) => `此处 ${node} 是第 ${n} 个注册的节点，因此将获得第 ${n} 个地址块。`,
  ],
];

const RULES: readonly Rule[] = [
  [
    /^The article gives node B's pod CIDR as (\S+): the gateway form, as FLANNEL_SUBNET writes it \(network \+ 1\), of (\S+), the (\d+)\w\w \/(\d+) block of (\S+)\. In the article's cluster node B was the (\d+)\w\w node to register\. (.*)$/,
    (given, cidr, block, prefix, cluster, order, now) =>
      `原文给出节点 B 的 Pod CIDR 为 ${given}：这是 FLANNEL_SUBNET 的网关写法（网络地址 + 1），即 ${cidr}，${cluster} 中的第 ${block} 个 /${prefix} 地址块。在原文的集群中，节点 B 是第 ${order} 个注册的节点。${say(NOW, now)}`,
  ],
  [
    /^The article's 2019 cluster had a route quota of (\d+) custom entries per route table; PodPath follows the VPC documentation today \((\d+)\), and this scenario allows (\d+)\.$/,
    (then, today, here) =>
      `原文 2019 年的集群每个路由表的配额为 ${then} 条自定义路由条目；PodPath 遵循专有网络 VPC 当前的文档（${today} 条），本场景允许 ${here} 条。`,
  ],
  [
    /^The article's cluster ran (.+?) with (.+?)\. PodPath reproduces ACK today: (.+?) with (.+?) and (.+), so events such as FailedCreatePodSandBox and FailedScheduling read as they do now\.$/,
    (kubernetes, runtime, today, todayRuntime, flannel) =>
      `原文的集群运行 ${kubernetes}，容器运行时为 ${runtime}。PodPath 重现当前的 ACK：${today}，容器运行时为 ${todayRuntime}，以及 ${flannel}，因此 FailedCreatePodSandBox、FailedScheduling 等事件与现在的输出一致。`,
  ],
];

function say(rules: readonly Rule[], text: string): string {
  for (const [pattern, to] of rules) {
    const m = pattern.exec(text);
    if (m) return to(...m.slice(1).map((g) => g ?? ''));
  }
  return text;
}

/** A note of the article preset in Chinese, from its English sentence. */
export function presetNote(text: string): string {
  return say(RULES, text);
}
