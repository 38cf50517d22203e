import { describe, expect, it } from 'vitest';
import { construct, stateAt } from '../../engine/index.ts';
import { stepWorlds } from '../../engine/test-support/step-worlds.ts';
import { elementName } from '../../i18n/zh-CN/element-names.ts';
import { layoutTopology } from '../../layout/index.ts';
import { ARTICLE } from '../../layout/test-fixtures.ts';

/** English words of the layout's names that are not identifiers: none is left in Chinese. */
const ENGLISH = new Set(
  'on of in with the to by bridge host network entries endpoint node writes configured plugin primary secondary address addresses containers running not yet gateway cluster route routes deleted failed scheduled absent'.split(
    ' ',
  ),
);
/** The English words left in `zh`; an error a component or a fault gave (after "：") is quoted as given. */
function englishIn(zh: string): string[] {
  const quoted = /^(flanneld Pod|Pod)[ ，]/.test(zh.replace(/^\S+ 上的 /, '')) && zh.includes('：');
  const said = quoted ? zh.slice(0, zh.indexOf('：')) : zh;
  return said.split(/[\s，：、（）·,]+/).filter((word) => ENGLISH.has(word));
}

describe("the diagram elements' accessible names in Chinese", () => {
  const names = (scenario: typeof ARTICLE, at?: number) => {
    const construction = construct(scenario);
    const world = at === undefined ? construction.final : stateAt(construction, at);
    return layoutTopology(world).elements.map((e) => e.name);
  };

  it('say every element of the article at each step, leaving names and addresses as they are', () => {
    const steps = construct(ARTICLE).steps.length;
    const all = new Set<string>();
    for (let at = 0; at <= steps; at += 3) for (const name of names(ARTICLE, at)) all.add(name);
    for (const name of all) {
      const zh = elementName(name);
      expect(zh, name).not.toBe(name);
      expect(englishIn(zh), name).toEqual([]);
    }
    expect(elementName('ECS node node-a, 192.168.0.10, pod CIDR 172.16.0.128/25')).toBe(
      'ECS 节点 node-a，192.168.0.10，Pod CIDR 172.16.0.128/25',
    );
    expect(elementName('Pod web-1 on node-a, 172.16.0.130, containers nginx, log-agent')).toBe(
      'Pod web-1，位于 node-a，172.16.0.130，容器 nginx, log-agent',
    );
    expect(elementName('vRouter, route table with 6 entries')).toBe('vRouter，路由表共 6 条路由条目');
  });

  it("say the elements of every kind of world (Terway, vxlan, faults), and a summary tile's pods", () => {
    for (const [world, scenario] of stepWorlds())
      for (const name of names(scenario)) {
        const zh = elementName(name);
        expect(zh, `${world}: ${name}`).not.toBe(name);
        expect(englishIn(zh), `${world}: ${name}`).toEqual([]);
      }
    expect(elementName('ECS node node-7, 10.0.0.9, pod CIDR 172.16.7.0/24, 28 running · 2 not')).toBe(
      'ECS 节点 node-7，10.0.0.9，Pod CIDR 172.16.7.0/24，28 个运行中 · 2 个未运行',
    );
    expect(elementName('ECS node node-b, 192.168.0.20, QuotaExceeded, VPC route deleted')).toBe(
      'ECS 节点 node-b，192.168.0.20，QuotaExceeded，VPC 路由已删除',
    );
  });
});
