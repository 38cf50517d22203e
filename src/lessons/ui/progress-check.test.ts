import '../../test-support/packet-engine.ts';
import { describe, expect, it } from 'vitest';
import { pruneProgress } from '../../store/progress-prune.ts';
import { parseProgress } from '../../store/progress-read.ts';
import { LESSONS, type ResolvedStop, resolveLesson } from '../index.ts';
import { checkedAnswer, progressCatalog } from './progress-check.ts';

const catalog = progressCatalog(LESSONS);

/** Every question stop of every lesson, resolved. */
const asked: { lesson: string; stop: ResolvedStop }[] = LESSONS.flatMap((lesson) =>
  resolveLesson(lesson)
    .stops.filter((stop) => stop.question !== null)
    .map((stop) => ({ lesson: lesson.id, stop })),
);

describe('stored answers are checked against the lesson', () => {
  it('a stored "right": true for a wrong choice shows as wrong, and the other way round', () => {
    const choices = asked.filter(({ stop }) => stop.question?.kind === 'choice');
    expect(choices.length).toBeGreaterThan(0);
    for (const { stop } of choices) {
      const question = stop.question;
      if (!question) continue;
      const wrong = question.options.find((o) => o.id !== question.answer)?.id ?? 'nothing';
      expect(checkedAnswer(question, { choice: wrong, right: true })).toEqual({
        choice: wrong,
        right: false,
      });
      expect(checkedAnswer(question, { choice: question.answer, right: false })).toEqual({
        choice: question.answer,
        right: true,
      });
    }
  });

  it('a click question judges the element clicked, a part of the right one included', () => {
    const click = asked.find(({ stop }) => stop.question?.kind === 'click')?.stop.question ?? null;
    if (!click) return;
    expect(checkedAnswer(click, { choice: `${click.answer}/part`, right: false })?.right).toBe(true);
    expect(checkedAnswer(click, { choice: 'vpc', right: true })?.right).toBe(click.answer === 'vpc');
  });

  it('no question or nothing stored: no answer', () => {
    expect(checkedAnswer(null, { choice: 'x', right: true })).toBeNull();
    expect(checkedAnswer(asked[0]?.stop.question ?? null, undefined)).toBeNull();
  });
});

describe('stored progress is read through the validating reader, then pruned to the lessons', () => {
  const [first] = LESSONS;
  if (!first) throw new Error('no lessons');
  const questionStop = first.stops.findIndex((s) => s.question) + 1;
  const plainStop = first.stops.findIndex((s) => !s.question) + 1;

  it('drops unknown lessons, stops past the end and answers to stops that ask nothing', () => {
    const stored = JSON.stringify({
      [first.id]: {
        seen: [1, first.stops.length, first.stops.length + 1, 9999],
        answers: {
          [String(questionStop)]: { choice: 'x', right: true },
          [String(plainStop)]: { choice: 'y', right: true },
          '9999': { choice: 'z', right: true },
        },
      },
      'no-such-lesson': { seen: [1], answers: {} },
      junk: { seen: Array.from({ length: 1000 }, (_, i) => i + 1), answers: {} },
    });
    const pruned = pruneProgress(parseProgress(stored), catalog);
    expect(Object.keys(pruned)).toEqual([first.id]);
    expect(pruned[first.id]?.seen).toEqual([1, first.stops.length]);
    expect(Object.keys(pruned[first.id]?.answers ?? {})).toEqual([String(questionStop)]);
  });

  it('keeps progress that fits as the same object, so nothing is saved again', () => {
    const progress = parseProgress(JSON.stringify({ [first.id]: { seen: [1], answers: {} } }));
    expect(pruneProgress(progress, catalog)).toBe(progress);
  });

  it('reads megabytes of stored junk as no progress, without parsing it', () => {
    const junk = JSON.stringify(
      Object.fromEntries(
        Array.from({ length: 40_000 }, (_, i) => [`lesson-${i}`, { seen: [1], answers: {} }]),
      ),
    );
    expect(junk.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    expect(parseProgress(junk)).toEqual({});
    expect(performance.now() - started).toBeLessThan(50);
  });
});
