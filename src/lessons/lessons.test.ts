/**
 * The lesson test (STYLE.md, after learnGitBranching): every lesson is run through the engine and
 * what its author declared — packet outcomes, paths, drop places, expected answers — must match
 * what the engine computes for the lesson's own scenario.
 */
import { describe, expect, it } from 'vitest';
import { diagramIds } from '../layout/index.ts';
import { checkLesson, LESSONS, resolveLesson } from './index.ts';

describe('every lesson', () => {
  it('there are at least six, with unique kebab-case ids', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(6);
    const ids = LESSONS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  describe.each(LESSONS.map((l) => [l.id, l] as const))('%s', (_, lesson) => {
    const resolved = resolveLesson(lesson);

    it('declares outcomes and answers that the engine computes', () => {
      expect(checkLesson(resolved, diagramIds)).toEqual([]);
    });

    it('has stops with filled narration and at least one question', () => {
      expect(resolved.stops.length).toBeGreaterThanOrEqual(3);
      for (const stop of resolved.stops) {
        expect(stop.narration).not.toMatch(/\{[a-z]/);
        expect(stop.step).toBeGreaterThanOrEqual(0);
        expect(stop.step).toBeLessThanOrEqual(resolved.construction.steps.length);
      }
      expect(resolved.stops.some((s) => s.question !== null)).toBe(true);
    });

    it('gives every question its right answer among the options, and a proof', () => {
      for (const stop of resolved.stops) {
        const q = stop.question;
        if (!q) continue;
        if (q.kind === 'choice') expect(q.options.map((o) => o.id)).toContain(q.answer);
        expect(q.proof.text.length).toBeGreaterThan(0);
        expect(q.explanation).not.toMatch(/\{[a-z]/);
      }
    });

    it('resolves the same way every time', () => {
      const again = resolveLesson({ ...lesson });
      expect(again.stops.map((s) => [s.step, s.packet?.hop, s.question?.answer])).toEqual(
        resolved.stops.map((s) => [s.step, s.packet?.hop, s.question?.answer]),
      );
    });
  });

  it('covers the four phases, both Flannel parts, both paths, SNAT, growth and troubleshooting', () => {
    const rules = LESSONS.flatMap((l) => l.stops.flatMap((s) => (s.question ? [s.question.answer.of] : [])));
    for (const rule of [
      'vpc-route',
      'address',
      'drop-place',
      'actor',
      'pod-cidr',
      'capacity',
      'diagnosis',
      'service-rule',
      'service-hook',
      'hop-place',
      'bridge-flag',
    ])
      expect(rules).toContain(rule);
    const faults = LESSONS.flatMap((l) => resolveLesson(l).scenario.faults.map((f) => f.kind));
    expect(faults).toEqual(expect.arrayContaining(['vpc-route-deleted', 'flanneld-down']));
  });
});
