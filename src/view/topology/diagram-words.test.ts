import { describe, expect, it } from 'vitest';
import { construct, format, type Params } from '../../engine/index.ts';
import { diagram } from '../../i18n/en/diagram.ts';
import { diagram as zh } from '../../i18n/zh-CN/diagram.ts';
import { layoutTopology } from '../../layout/index.ts';
import { ARTICLE } from '../../layout/test-fixtures.ts';
import { sayDrawn } from './diagram-words.ts';

const f = (message: string, params: Params) => format(message, params, 'zh-CN');

describe("the diagram's words", () => {
  const layout = layoutTopology(construct(ARTICLE).final);
  const drawn = layout.elements.flatMap((e) => e.lines.map((l) => l.text));

  it('are the texts the layout draws, said in Chinese', () => {
    const say = sayDrawn(diagram, zh, f);
    for (const word of ['Kubernetes control plane', 'destination', 'next hop', 'NAT gateway'])
      expect(drawn).toContain(word);
    expect(say('next hop')).toBe('下一跳');
    expect(say('Kubernetes control plane')).toBe('Kubernetes 控制平面');
    const table = drawn.find((t) => t.startsWith('route table · '));
    expect(table && say(table)).toMatch(/^路由表 · \d+$/);
    const cidr = drawn.find((t) => t.startsWith('pod CIDR '));
    expect(cidr && say(cidr)).toBe(cidr?.replace('pod CIDR', 'Pod CIDR'));
  });

  it('leave names and addresses, and English, as drawn', () => {
    const same = sayDrawn(diagram, diagram, f);
    for (const text of drawn) expect(same(text)).toBe(text);
    const say = sayDrawn(diagram, zh, f);
    for (const name of ['node-a', 'cni0', '192.168.0.10', 'vRouter']) expect(say(name)).toBe(name);
  });
});
