import { describe, expect, it } from 'vitest';
import { construct, english, type Message, paramsOf, sayIn, type Text } from '../../../engine/index.ts';
import { stepWorlds } from '../../../engine/test-support/step-worlds.ts';
import { engine } from './index.ts';

const CJK = /[\u4e00-\u9fff]/;

function isMessage(text: Text): text is Message {
  return typeof text !== 'string';
}

/** A message in Chinese, and the parameters it names that the step did not give. */
function chinese(text: Message): { readonly said: string; readonly missing: string[] } {
  const template = engine[text.id];
  const missing = paramsOf(template).filter((name) => !(name in text.params));
  return { said: sayIn(text, () => template, 'zh-CN'), missing };
}

describe('every construction step says its title and explanation as messages', () => {
  it.each(stepWorlds())('%s', (_, scenario) => {
    for (const step of construct(scenario).steps) {
      const where = `step ${step.index}: ${step.title}`;
      const { titleText, explanationText } = step;
      expect(isMessage(titleText) && isMessage(explanationText), where).toBe(true);
      if (!isMessage(titleText) || !isMessage(explanationText)) continue;
      // The messages read in English are, word for word, what the step says.
      expect(english(titleText), where).toBe(step.title);
      expect(english(explanationText), where).toBe(step.explanation);
      for (const text of [titleText, explanationText]) {
        const { said, missing } = chinese(text);
        expect(missing, `${where}: ${text.id}`).toEqual([]);
        expect(said, `${where}: ${text.id}`).toMatch(CJK);
      }
    }
  });
});
