/**
 * A lesson stop shown in the explorer: its scenario, the step, the packet walk and hop, the
 * selection; and, once a question is answered, the element, hop or step that proves the answer.
 * Everything goes through the explorer store's own actions; nothing is worked out here.
 */

import { parsePlace } from '../../engine/index.ts';
import type { ExplorerStore, ScenarioSource } from '../../store/index.ts';
import {
  type AskedView,
  passedAsked,
  type ResolvedLesson,
  type ResolvedQuestion,
  type ResolvedStop,
  walkHopNumber,
} from '../index.ts';

/** Route rows (`route:DEST`) are rows of tables, not elements to select: the walk marks them. */
function selectable(id: string | null): id is string {
  return id !== null && parsePlace(id)?.kind !== 'route';
}

function sourceOf(lesson: ResolvedLesson): ScenarioSource {
  const scenario = lesson.lesson.scenario;
  const plainPreset = 'preset' in scenario && (scenario.faults ?? []).length === 0;
  return plainPreset ? { kind: 'preset', name: scenario.preset } : { kind: 'custom' };
}

/** Loads the lesson's scenario unless the explorer already shows it. */
export function ensureScenario(store: ExplorerStore, lesson: ResolvedLesson): void {
  const state = store.getState();
  const source = sourceOf(lesson);
  const samePreset =
    source.kind === 'preset' &&
    state.source.kind === 'preset' &&
    state.source.name === source.name &&
    state.whatIf === null;
  if (state.scenario === lesson.scenario || samePreset) return;
  state.loadScenario(lesson.scenario, source);
}

/** Shows a stop: the step (or the finished cluster and the packet at its hop) and the selection. */
export function applyStop(store: ExplorerStore, lesson: ResolvedLesson, stop: ResolvedStop): void {
  ensureScenario(store, lesson);
  const state = store.getState();
  state.pause();
  const packet = stop.packet;
  if (!packet) {
    state.closeWalk();
    state.goTo(stop.step);
    state.select(stop.select);
    // The stop's artifact, opened in the inspector as a learner would pick its tab.
    state.openTab(stop.artifact ?? null);
    return;
  }
  if (packet.hop === null) {
    // The whole walk, played from its first hop.
    state.sendPacket(packet.from, packet.to);
    if (selectable(stop.select)) store.getState().select(stop.select);
    return;
  }
  state.goTo(lesson.construction.steps.length);
  state.restoreWalk({ from: packet.from, to: packet.to }, 1);
  // Going to the hop selects the element that holds its evidence, so the tables show its line.
  store.getState().goToHop(walkHopNumber(packet, packet.hop));
}

/**
 * Shows a stop as its open question is asked: the state before the deciding step or hop, nothing
 * selected that points at the answer, and the view told what to keep back until it is answered.
 */
export function applyAsked(
  store: ExplorerStore,
  lesson: ResolvedLesson,
  stop: ResolvedStop,
  asked: AskedView,
): void {
  ensureScenario(store, lesson);
  const state = store.getState();
  state.pause();
  const packet = stop.packet;
  if (packet && asked.hop !== null) {
    state.goTo(lesson.construction.steps.length);
    // Restored, not gone to: going to a hop would select its evidence, the table line to come.
    state.restoreWalk({ from: packet.from, to: packet.to }, asked.hop);
  } else {
    state.closeWalk();
    state.goTo(asked.step);
  }
  const now = store.getState();
  now.select(asked.select);
  now.openTab(asked.artifact);
  now.withhold(asked.withheld);
}

/**
 * While the question waits, a learner who goes past what it keeps back (the next step, Play, the
 * next hop, a packet of their own) sees what they went to, as it is: nothing is kept back any
 * more. The answer is still theirs to give. Returns the unsubscribe.
 */
export function showWhenPassed(store: ExplorerStore, asked: AskedView): () => void {
  return store.subscribe((state) => {
    if (state.withheld !== null && passedAsked(asked, state.step, state.hop)) state.withhold(null);
  });
}

/**
 * Points at what proves an answer: the hop whose table line decided it, or the step that did it
 * when the question asked ahead of it, and the element.
 */
export function showProof(store: ExplorerStore, stop: ResolvedStop, question: ResolvedQuestion): void {
  const { proof } = question;
  const state = store.getState();
  state.pause();
  state.withhold(null);
  const packet = stop.packet;
  if (packet && proof.hop !== undefined) {
    // The question may have been asked before the packet left: send it now.
    if (state.walk?.from !== packet.from || state.walk.to !== packet.to) {
      state.goTo(stop.step);
      state.restoreWalk({ from: packet.from, to: packet.to }, 1);
    }
    store.getState().goToHop(walkHopNumber(packet, proof.hop));
    if (selectable(proof.element)) store.getState().select(proof.element);
    return;
  }
  if (!stop.packet && proof.step !== undefined && proof.step > stop.step) state.goTo(proof.step);
  if (selectable(proof.element)) store.getState().select(proof.element);
  if (proof.artifact && !stop.packet) store.getState().openTab(proof.artifact.name);
}
