import { describe, expect, it } from 'vitest';
import { construct } from '../../engine/index.ts';
import { drawn } from '../../i18n/zh-CN/drawn.ts';
import { sayDrawn } from '../../i18n/zh-CN/say-drawn.ts';
import { layoutTopology } from '../../layout/index.ts';
import { ARTICLE } from '../../layout/test-fixtures.ts';
import { asDrawn } from './diagram-words.ts';

describe("the diagram's words", () => {
  const texts = (scenario: unknown) =>
    layoutTopology(construct(scenario as typeof ARTICLE).final).elements.flatMap((e) => [
      ...e.lines.map((l) => l.text),
      ...e.badges.map((b) => b.text),
    ]);
  const article = texts(ARTICLE);

  it('are texts the layout draws, said in Chinese', () => {
    const say = sayDrawn(drawn);
    for (const word of ['Kubernetes control plane', 'destination', 'next hop', 'NAT gateway'])
      expect(article).toContain(word);
    expect(say('next hop')).toBe('下一跳');
    const table = article.find((t) => t.startsWith('route table · '));
    expect(table && say(table)).toMatch(/^路由表 · \d+$/);
    const cidr = article.find((t) => t.startsWith('pod CIDR '));
    expect(cidr && say(cidr)).toBe(cidr?.replace('pod CIDR', 'Pod CIDR'));
  });

  it('leave names and addresses as drawn, and all of it in English', () => {
    const english = asDrawn;
    for (const text of article) expect(english(text)).toBe(text);
    const say = sayDrawn(drawn);
    for (const name of ['node-a', 'cni0', '192.168.0.10', 'vRouter']) expect(say(name)).toBe(name);
  });

  it("say the overview's briefs part by part, and a large scenario's node tiles", () => {
    const say = sayDrawn(drawn);
    const briefs = layoutTopology(construct(ARTICLE).final).elements.flatMap((e) =>
      e.brief ? [e.brief] : [],
    );
    expect(briefs).toContain('vRouter · 6 routes');
    expect(briefs).toContain('NAT gateway');
    expect(say('vRouter · 6 routes')).toBe('vRouter · 6 条路由');
    expect(say('vRouter · 1 route')).toBe('vRouter · 1 条路由');
    expect(say('NAT gateway')).toBe('NAT 网关');
    expect(say('vSwitch vsw-a 192.168.0.0/24')).toBe('交换机 vsw-a 192.168.0.0/24');
    expect(say('node-a · VPC route deleted')).toBe('node-a · VPC 路由已删除');
    // Names and addresses stay as drawn.
    expect(say('node-a · 172.16.0.128/25')).toBe('node-a · 172.16.0.128/25');
    expect(say('web-1 · 172.16.0.130')).toBe('web-1 · 172.16.0.130');
    // summary-tiles.ts: "N running · M not", "no pods", a tile's brief.
    expect(say('30 running')).toBe('30 个运行中');
    expect(say('28 running · 2 not')).toBe('28 个运行中 · 2 个未运行');
    expect(say('no pods')).toBe('无 Pod');
    // The vRouter's folded rows (layout/routes.ts).
    expect(say('+12 earlier')).toBe('+12 条更早的');
    expect(say('node-7 · no pod CIDR yet')).toBe('node-7 · 尚无 Pod CIDR');
    // A value never spans parts: the name before " · " is not taken for a number.
    expect(say('node-a · 3 running')).toBe('node-a · 3 个运行中');
  });
});
