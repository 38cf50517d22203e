/**
 * Every lesson in Chinese: its words exist stop by stop, with the English text's `{tokens}`, and
 * resolved, nothing a reader meets (titles, narration, questions, options, verdicts, proofs) is
 * left in English but what the components print (paths, flags, rules, names) and the engine's
 * texts that are not messages yet.
 */
import { describe, expect, it } from 'vitest';
import { sayIn, type Text } from '../../engine/index.ts';
import { engine } from '../../i18n/zh-CN/engine/index.ts';
import { lessonAnswers } from '../../i18n/zh-CN/lesson-texts/answers.ts';
import { lessonWords } from '../../i18n/zh-CN/lesson-texts/index.ts';
import { LESSONS, type LessonText, resolveLesson, sayLesson } from '../index.ts';
import { lessonInLanguage } from './lesson-in-language.ts';

const tokens = (text: string) => [...text.matchAll(/\{([a-z][\w:.-]*)\}/g)].map((m) => m[1]).sort();
const engineZh = (text: Text) =>
  typeof text === 'string' ? text : sayIn(text, (m) => engine[m.id], 'zh-CN');
const say = (text: LessonText) =>
  sayLesson(text, { template: (m) => lessonAnswers[m.key] ?? m.en, engine: engineZh, locale: 'zh-CN' });
const CJK = /[\u4e00-\u9fff]/;
/** Two English words in a row (lower case, three letters or more): prose, not an identifier. */
const ENGLISH_PROSE = /\b[a-z]{3,} (?:the |a |an )?[a-z]{3,}\b/;

describe('every lesson in Chinese', () => {
  it('has its words, and no words for a lesson there is not', () => {
    expect(Object.keys(lessonWords).sort()).toEqual(LESSONS.map((l) => l.id).sort());
  });

  describe.each(LESSONS.map((l) => [l.id, l] as const))('%s', (id, lesson) => {
    const words = lessonWords[id];
    it('has the same stops, questions and tokens as the English', () => {
      expect(words?.stops.length).toBe(lesson.stops.length);
      lesson.stops.forEach((stop, i) => {
        const own = words?.stops[i];
        expect(tokens(own?.narration ?? ''), `stop ${i + 1}`).toEqual(tokens(stop.narration));
        expect(own?.question === undefined, `stop ${i + 1}`).toBe(stop.question === undefined);
        if (!stop.question || !own?.question) return;
        expect(tokens(own.question.prompt)).toEqual(tokens(stop.question.prompt));
        expect(tokens(own.question.explanation)).toEqual(tokens(stop.question.explanation));
      });
    });

    it('resolves with nothing left in English prose', () => {
      if (!words) throw new Error(`no Chinese words for ${id}`);
      const zh = lessonInLanguage(resolveLesson(lesson), words, say);
      const texts = [zh.title, zh.summary];
      for (const stop of zh.stops) {
        texts.push(stop.title, stop.narration);
        const q = stop.question;
        if (!q) continue;
        texts.push(q.prompt, q.explanation);
        // A proof that is the engine's own sentence (a capacity's reason) is the engine's to say.
        if (typeof q.proof.said !== 'string') texts.push(q.proof.text);
        // Options that are words (not addresses, numbers or rules) are said in Chinese.
        for (const option of q.options) if (option.said !== undefined) texts.push(option.label);
      }
      for (const text of texts) {
        expect(text, text).not.toMatch(/\{[a-z]/);
        if (ENGLISH_PROSE.test(text)) expect(text, text).toMatch(CJK);
      }
      for (const stop of zh.stops) {
        expect(stop.narration).toMatch(CJK);
        if (stop.question) expect(stop.question.prompt).toMatch(CJK);
      }
    });
  });
});
