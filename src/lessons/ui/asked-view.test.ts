import '../../test-support/packet-engine.ts';
import { describe, expect, it } from 'vitest';
import { createExplorerStore, selectCurrentHop } from '../../store/index.ts';
import { askedView, LESSONS, resolveLesson, walkHopNumber } from '../index.ts';
import { applyAsked, showProof, showWhenPassed } from './apply-stop.ts';

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

describe('a learner who goes past the question on their own', () => {
  for (const { lesson, stop } of QUESTIONS) {
    const asked = askedView(stop);
    if (!asked) continue;
    const total = lesson.construction.steps.length;
    const canPass = stop.packet !== null || Math.max(asked.step, asked.withheld.stepsFrom - 1) < total;
    if (!canPass) continue;
    it(`${lesson.id} stop ${stop.number}: sees what they went to, nothing kept back any more`, () => {
      const store = createExplorerStore({ devtools: false });
      applyAsked(store, lesson, stop, asked);
      const unwatch = showWhenPassed(store, asked);
      // Going back keeps it back.
      if (!stop.packet && asked.step > 0) {
        store.getState().previous();
        expect(store.getState().withheld).toEqual(asked.withheld);
        store.getState().next();
      }
      expect(store.getState().withheld).toEqual(asked.withheld);
      if (stop.packet) {
        const packet = stop.packet;
        if (asked.hop === null) store.getState().sendPacket(packet.from, packet.to);
        else store.getState().nextHop();
        const state = store.getState();
        expect(state.hop).toBeGreaterThanOrEqual(asked.withheld.hopsFrom ?? 1);
      } else {
        while (store.getState().step <= Math.max(asked.step, asked.withheld.stepsFrom - 1))
          store.getState().next();
      }
      expect(store.getState().withheld).toBeNull();
      unwatch();
    });
  }
});
