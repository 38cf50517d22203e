import { describe, expect, it } from 'vitest';
import { glossary } from '../../i18n/en/glossary.ts';
import { glossary as glossaryZh } from '../../i18n/zh-CN/glossary.ts';
import { GLOSSARY, sourceInWords, termName, termsIn } from './glossary.ts';

describe('the glossary', () => {
  it('has the words a newcomer meets, each with a one-line source', () => {
    const terms = GLOSSARY.map((e) => e.term);
    for (const term of ['vRouter', 'CCM', 'FDB', 'MASQUERADE', 'conntrack', 'veth', 'host-local'])
      expect(terms).toContain(term);
    for (const entry of GLOSSARY) {
      expect(entry.source).not.toBe('');
      expect(entry.source).not.toContain('\n');
    }
  });

  it('finds the terms a narration uses, as whole words', () => {
    const found = termsIn('The frame crosses the veth pair and arrives at cni0; the vRouter matches.');
    expect(found.map((e) => e.term)).toEqual(['vRouter', 'cni0', 'veth']);
    expect(termsIn('vethdb5f0a12 → cni0x')).toEqual([]);
  });

  it('finds them in the Chinese narration by their Chinese words too, and names them in Chinese', () => {
    const found = termsIn('数据包经 eth0 到达 VPC 路由器，再由交换机送往 cni0；conntrack 记着它。', 'zh');
    expect(found.map((e) => e.term)).toEqual(['vRouter', 'vSwitch', 'cni0', 'conntrack']);
    expect(found.map((e) => termName(e, 'zh'))).toEqual([
      'vRouter',
      '交换机 vSwitch',
      'cni0',
      'conntrack（连接跟踪）',
    ]);
    expect(termsIn('到达 VPC 路由器', 'en')).toEqual([]);
  });

  it("cites code as its repository and path, and a document in words of the page's language", () => {
    const vRouter = GLOSSARY.find((e) => e.term === 'vRouter');
    expect(vRouter && sourceInWords(vRouter.source) && glossary[vRouter.source]).toBe(
      'Alibaba Cloud VPC API, CreateRouteEntry (route table of a vRouter, 200 custom entries)',
    );
    expect(vRouter && sourceInWords(vRouter.source) && glossaryZh[vRouter.source]).toMatch(
      /^阿里云专有网络 VPC API，CreateRouteEntry（/,
    );
    const cni0 = GLOSSARY.find((e) => e.term === 'cni0');
    expect(cni0 && sourceInWords(cni0.source)).toBe(false);
    for (const entry of GLOSSARY)
      if (!sourceInWords(entry.source)) expect(entry.source).toMatch(/^[\x20-\x7e]+$/);
  });
});
