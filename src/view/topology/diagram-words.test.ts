import { describe, expect, it } from 'vitest';
import { construct } from '../../engine/index.ts';
import { drawn } from '../../i18n/zh-CN/drawn.ts';
import { layoutTopology } from '../../layout/index.ts';
import { ARTICLE } from '../../layout/test-fixtures.ts';
import { sayDrawn } from './diagram-words.ts';

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
    const english = sayDrawn(undefined);
    for (const text of article) expect(english(text)).toBe(text);
    const say = sayDrawn(drawn);
    for (const name of ['node-a', 'cni0', '192.168.0.10', 'vRouter']) expect(say(name)).toBe(name);
  });
});
