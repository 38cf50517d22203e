import '../../test-support/packet-engine.ts';
import { describe, expect, it } from 'vitest';
import { createExplorerStore, selectCurrentHop } from '../../store/index.ts';
import { askedView, LESSONS, resolveLesson, walkHopNumber } from '../index.ts';
import { applyAsked, showProof } from './apply-stop.ts';

const QUESTIONS = LESSONS.flatMap((lesson) => {
  const resolved = resolveLesson(lesson);
  return resolved.stops.flatMap((stop) => (stop.question ? [{ lesson: resolved, stop }] : []));
});

describe('a stop as its question is asked, then answered', () => {
  for (const { lesson, stop } of QUESTIONS) {
    it(`${lesson.id} stop ${stop.number}: no proof while asked, the proof once answered`, () => {
      const question = stop.question;
      const asked = askedView(stop);
      if (!question || !asked) throw new Error('no question');
      const store = createExplorerStore({ devtools: false });
      applyAsked(store, lesson, stop, asked);
      let state = store.getState();
      expect(state.withheld).toEqual(asked.withheld);
      expect(state.selectedId).not.toBe(question.proof.element);
      if (stop.packet) {
        // Before the deciding hop, and none of the hops from it on is current.
        expect(state.hop).toBe(asked.hop ?? 0);
        if (asked.hop === null) expect(state.walk).toBeNull();
        if (question.proof.evidence)
          expect(selectCurrentHop(state)?.hop.evidence?.line).not.toBe(question.proof.evidence.line);
      } else {
        expect(state.step).toBe(stop.step);
      }

      showProof(store, stop, question);
      state = store.getState();
      expect(state.withheld).toBeNull();
      if (stop.packet && question.proof.hop !== undefined) {
        expect(state.hop).toBe(walkHopNumber(stop.packet, question.proof.hop));
        if (question.proof.evidence)
          expect(selectCurrentHop(state)?.hop.evidence?.line).toBe(question.proof.evidence.line);
      }
      const element = question.proof.element;
      if (element && !element.startsWith('route:')) expect(state.selectedId).toBe(element);
    });
  }
});
