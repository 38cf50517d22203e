import { describe, expect, it } from 'vitest';
import { construct, presetNotes, stateAt } from '../engine/index.ts';
import { ARTICLE } from '../engine/test-support/scenario.ts';
import { presetNote } from '../i18n/zh-CN/preset-notes.ts';

describe("the article's notes in Chinese", () => {
  it('say every note of every step, carrying the numbers over', () => {
    const construction = construct(ARTICLE);
    const said = new Set<string>();
    for (let at = 0; at <= construction.steps.length; at++)
      for (const note of presetNotes('article', stateAt(construction, at))) {
        const zh = presetNote(note.text);
        expect(zh, note.text).not.toBe(note.text);
        expect(zh, note.text).not.toMatch(/\b(the|is|to|with|of|as)\b/);
        for (const number of note.text.match(/\d+(?:\.\d+)*(?:\/\d+)?/g) ?? [])
          if (!/^\d+$/.test(number) || Number(number) > 3) expect(zh, note.text).toContain(number);
        said.add(zh);
      }
    expect([...said]).toContain(
      '原文给出节点 B 的 Pod CIDR 为 172.16.8.1/25：这是 FLANNEL_SUBNET 的网关写法（网络地址 + 1），即 172.16.8.0/25，172.16.0.0/16 中的第 17 个 /25 地址块。在原文的集群中，节点 B 是第 17 个注册的节点。此处 node-b 是第 3 个注册的节点，获得第 3 个地址块 172.16.1.0/25（FLANNEL_SUBNET=172.16.1.1/25）。',
    );
  });
});
