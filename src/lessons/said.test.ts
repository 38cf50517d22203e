import { describe, expect, it } from 'vitest';
import { paramsOf } from '../engine/index.ts';
import { lessonAnswers } from '../i18n/zh-CN/lesson-texts/answers.ts';
import { answerWords } from './answers/words.ts';
import { englishOf, listOf, said } from './said.ts';

describe("the answers' words", () => {
  it('have their Chinese twins: the same ids, the same parameters, none empty', () => {
    expect(Object.keys(lessonAnswers).sort()).toEqual(Object.keys(answerWords).sort());
    for (const [id, en] of Object.entries(answerWords)) {
      expect({ id, params: paramsOf(lessonAnswers[id] ?? '') }).toEqual({ id, params: paramsOf(en) });
      expect(lessonAnswers[id]?.trim(), id).not.toBe('');
    }
  });

  it('read in English as the answers said them, nested messages and lists included', () => {
    expect(englishOf(said('atPlace', { place: said('nodeNamed', { name: 'node-a' }) }))).toBe(
      'At node node-a',
    );
    expect(englishOf(said('ttlLowered', { places: listOf(['a', said('vpcRouter'), 'b']) }))).toBe(
      'The TTL drops by one at each routing hop: a, the VPC router, b.',
    );
    expect(englishOf(said('deliveredAfter', { place: 'x', hops: 3 }))).toBe('Delivered to x after 3 hops.');
  });
});
