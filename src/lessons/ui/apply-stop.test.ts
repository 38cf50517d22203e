import '../../test-support/packet-engine.ts';
import { describe, expect, it } from 'vitest';
import { createExplorerStore, selectCurrentHop } from '../../store/index.ts';
import { LESSONS, type ResolvedLesson, resolveLesson } from '../index.ts';
import { applyStop, showProof } from './apply-stop.ts';

function lesson(id: string): ResolvedLesson {
  const found = LESSONS.find((l) => l.id === id);
  if (!found) throw new Error(`no lesson ${id}`);
  return resolveLesson(found);
}

function stopOf(l: ResolvedLesson, title: RegExp) {
  const stop = l.stops.find((s) => title.test(s.title));
  if (!stop) throw new Error(`no stop ${title}`);
  return stop;
}

describe('applyStop', () => {
  it('shows a construction stop: the step and the selection', () => {
    const store = createExplorerStore({ devtools: false });
    const l = lesson('construction-phases');
    const stop = stopOf(l, /bridge for the first pod/);
    applyStop(store, l, stop);
    const state = store.getState();
    expect(state.step).toBe(stop.step);
    expect(state.construction.steps[state.step - 1]?.changes.some((c) => c.kind === 'cni0-created')).toBe(
      true,
    );
    expect(state.selectedId).toBe('node:node-a/cni0');
    expect(state.walk).toBeNull();
  });

  it('loads an inline scenario and stops a packet at its hop', () => {
    const store = createExplorerStore({ devtools: false });
    const l = lesson('same-node-cross-node');
    const stop = stopOf(l, /VPC router decides/);
    applyStop(store, l, stop);
    const state = store.getState();
    expect(state.walk).toEqual({ from: 'pod:web-1', to: 'pod:api-1' });
    expect(selectCurrentHop(state)?.hop.at).toBe('vpc-router');
    expect(state.selectedId).toBe('vpc-router');

    const trouble = lesson('troubleshooting');
    applyStop(store, trouble, stopOf(trouble, /never arrives/));
    expect(store.getState().scenario).toBe(trouble.scenario);
    expect(store.getState().source.kind).toBe('custom');
  });

  it('walks to a reply hop in the explorer’s numbering', () => {
    const store = createExplorerStore({ devtools: false });
    const l = lesson('leaving-the-cluster');
    applyStop(store, l, stopOf(l, /finds its way back/));
    const hop = selectCurrentHop(store.getState());
    expect(hop?.direction).toBe('reply');
    expect(hop?.hop.action).toBe('un-nat');
  });

  it('shows the proof: the deciding hop, or the step a prediction was about', () => {
    const store = createExplorerStore({ devtools: false });
    const l = lesson('troubleshooting');
    const drop = stopOf(l, /never arrives/);
    applyStop(store, l, drop);
    if (!drop.question) throw new Error('no question');
    showProof(store, drop, drop.question);
    expect(selectCurrentHop(store.getState())?.hop.evidence?.line).toBe('0.0.0.0/0 → nat-gateway');

    const phases = lesson('construction-phases');
    const predict = stopOf(phases, /one range for all pods/);
    applyStop(store, phases, predict);
    if (!predict.question) throw new Error('no question');
    showProof(store, predict, predict.question);
    const state = store.getState();
    expect(state.step).toBe(predict.question.proof.step);
    expect(state.selectedId).toBe('node:node-a');
  });
});
