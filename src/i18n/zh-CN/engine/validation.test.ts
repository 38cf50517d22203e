/**
 * Every problem the bad scenario corpus meets (engine/scenario/bad-corpus.ts) says its reason as a
 * message: in English word for word the sentence the CLI prints, in Chinese with every parameter
 * put in.
 */
import { describe, expect, it } from 'vitest';
import { english, sayIn, type Text } from '../../../engine/index.ts';
import { BAD_CORPUS } from '../../../engine/scenario/bad-corpus.ts';
import { firstProblem } from '../../../engine/scenario/first-problem.ts';
import { parseScenario } from '../../../engine/scenario/parse.ts';
import { engine } from './index.ts';

const chinese = (text: Text) => sayIn(text, (m) => engine[m.id], 'zh-CN');
/** A `{name}` left in a text that its English does not have. */
const leftovers = (zh: string, en: string) =>
  (zh.match(/\{[A-Za-z]+\}/g) ?? []).filter((p) => !en.includes(p));
const CJK = /[\u4e00-\u9fff]/;

describe('validation reasons in Chinese', () => {
  it.each(BAD_CORPUS)('$name', ({ input }) => {
    const result = parseScenario(input);
    if (result.ok) throw new Error('expected the scenario to be refused');
    for (const error of result.errors) {
      expect(typeof error.reason, error.message).toBe('object');
      const reason = error.reason as Text;
      expect(english(reason)).toBe(error.message);
      const zh = chinese(reason);
      expect(leftovers(zh, error.message), zh).toEqual([]);
      expect(zh, error.message).toMatch(CJK);
    }
    const first = firstProblem(result.errors);
    expect(english(first.reason)).toBe(first.text);
    expect(chinese(first.reason)).toMatch(CJK);
  });

  it('counts the other problems in Chinese', () => {
    const one = { path: 'nodes[0].ip', message: 'is bad' };
    expect(chinese(firstProblem([one, one, one]).reason)).toBe('is bad（另有 2 个问题）');
    expect(chinese(firstProblem([one]).reason)).toBe('is bad');
  });
});
