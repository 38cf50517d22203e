import { describe, expect, it } from 'vitest';
import { answerTells } from './answer-tells.ts';
import { askedView } from './asked.ts';
import { LESSONS } from './catalog/index.ts';
import { resolveLesson } from './resolve.ts';
import { walkHopNumber } from './resolved.ts';

const QUESTIONS = LESSONS.flatMap((lesson) => {
  const resolved = resolveLesson(lesson);
  return resolved.stops.flatMap((stop) =>
    stop.question
      ? [{ name: `${lesson.id} stop ${stop.number}`, lesson: resolved, stop, question: stop.question }]
      : [],
  );
});

/** Answer texts worth looking for in words: not a bare number, which any text may hold. */
const wordy = (label: string) => !/^\d+$/.test(label);

describe('a question never shows its answer', () => {
  it('has questions to check', () => expect(QUESTIONS.length).toBeGreaterThan(20));

  for (const { name, lesson, stop, question } of QUESTIONS) {
    it(`${name}: asked before the deciding step or hop, nothing pointing at the answer`, () => {
      const asked = askedView(stop);
      if (!asked) throw new Error('a question without an asked view');
      // Never the answer's or the proof's element selected.
      expect(asked.select).not.toBe(question.proof.element);
      if (question.kind === 'click') expect(asked.select).not.toBe(question.answer);
      // The step that proves it, and anything after the step shown, kept back.
      if (question.proof.step !== undefined)
        expect(asked.withheld.stepsFrom).toBeLessThanOrEqual(question.proof.step);
      expect(asked.withheld.stepsFrom).toBeLessThanOrEqual(asked.step + 1);
      if (stop.packet) {
        const hopsFrom = asked.withheld.hopsFrom;
        if (hopsFrom === null) throw new Error('a packet question keeps no hop back');
        // Shown before the deciding hop, which is kept back with the proof's and the stop's.
        expect(asked.hop ?? 0).toBeLessThan(hopsFrom);
        if (question.proof.hop !== undefined)
          expect(walkHopNumber(stop.packet, question.proof.hop)).toBeGreaterThanOrEqual(hopsFrom);
        if (stop.packet.hop !== null)
          expect(walkHopNumber(stop.packet, stop.packet.hop)).toBeGreaterThanOrEqual(hopsFrom);
      } else {
        expect(asked.hop).toBeNull();
      }
      // The stop's own words do not say it (a click question's answer is a component's name,
      // which the diagram shows anyway: there, its element is what must not be picked out).
      if (question.kind === 'choice' && wordy(question.answerLabel))
        expect(stop.narration).not.toContain(question.answerLabel);
      // Nor the story of a step still listed (flanneld-vs-cni stop 5's own step "runs bridge").
      const listed = stop.packet ? [] : lesson.construction.steps.slice(0, asked.withheld.stepsFrom - 1);
      for (const shown of listed.slice(-3))
        for (const tell of answerTells(question))
          expect(`${shown.title} ${shown.explanation}`, `step ${shown.index}`).not.toContain(tell);
    });
  }
});

describe('a stop that shows its deciding step', () => {
  const deciding = QUESTIONS.filter(
    ({ stop, question }) => !stop.packet && question.proof.step === stop.step && stop.select !== null,
  );

  it('exists (why-it-stops-growing stop 4 shows the refused route)', () =>
    expect(deciding.map((q) => q.name)).toContain('why-it-stops-growing stop 4'));

  for (const { name, stop } of deciding)
    it(`${name}: selects nothing and opens no artifact while asked`, () => {
      const asked = askedView(stop);
      expect(asked?.select).toBeNull();
      expect(asked?.artifact).toBeNull();
      expect(asked?.withheld.stepsFrom).toBeLessThanOrEqual(stop.step);
    });
});

describe('a stop whose own step tells the answer', () => {
  const telling = QUESTIONS.filter(({ question }) => question.ownStepTells);

  it('exists (flanneld-vs-cni stop 5: its step runs bridge)', () =>
    expect(telling.map((q) => q.name)).toContain('flanneld-vs-cni stop 5'));

  for (const { name, stop } of telling)
    it(`${name}: keeps its own step back while asked`, () =>
      expect(askedView(stop)?.withheld.stepsFrom).toBe(stop.step));
});
