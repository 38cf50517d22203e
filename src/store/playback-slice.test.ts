import '../test-support/packet-engine.ts';
import { describe, expect, it } from 'vitest';
import { createExplorerStore } from './create-explorer-store.ts';
import { selectClockRunning, selectProgress } from './selectors.ts';
import { STEP_ANIMATION_MS, STEP_HOLD_MS } from './timing.ts';

const fresh = (step = 0) => createExplorerStore({ step, devtools: false });

describe('playback cursor', () => {
  it('starts at step 0 with the construction of the article preset', () => {
    const store = fresh();
    const s = store.getState();
    expect(s.step).toBe(0);
    expect(s.playing).toBe(false);
    expect(s.construction.steps.length).toBeGreaterThan(20);
  });

  it('next, previous, first and last move the cursor and stay within the steps', () => {
    const store = fresh();
    const total = store.getState().construction.steps.length;
    store.getState().previous();
    expect(store.getState().step).toBe(0);
    store.getState().next();
    store.getState().next();
    expect(store.getState().step).toBe(2);
    store.getState().previous();
    expect(store.getState().step).toBe(1);
    store.getState().last();
    expect(store.getState().step).toBe(total);
    store.getState().next();
    expect(store.getState().step).toBe(total);
    store.getState().first();
    expect(store.getState().step).toBe(0);
  });

  it('goTo clamps and truncates, and ignores non-numbers', () => {
    const store = fresh();
    const total = store.getState().construction.steps.length;
    store.getState().goTo(7.8);
    expect(store.getState().step).toBe(7);
    store.getState().goTo(10_000);
    expect(store.getState().step).toBe(total);
    store.getState().goTo(-3);
    expect(store.getState().step).toBe(0);
    store.getState().goTo(Number.NaN);
    expect(store.getState().step).toBe(0);
  });

  it('a starting step past the end is clamped to the last step', () => {
    const store = fresh(9999);
    expect(store.getState().step).toBe(store.getState().construction.steps.length);
  });

  it('stepping forward animates from 0; stepping back shows the step ended', () => {
    const store = fresh(5);
    expect(selectProgress(store.getState())).toBe(1);
    store.getState().next();
    expect(selectProgress(store.getState())).toBe(0);
    store.getState().tick(STEP_ANIMATION_MS / 2);
    expect(selectProgress(store.getState())).toBeCloseTo(0.5);
    store.getState().tick(STEP_ANIMATION_MS);
    expect(selectProgress(store.getState())).toBe(1);
    expect(selectClockRunning(store.getState())).toBe(false);
    store.getState().previous();
    expect(selectProgress(store.getState())).toBe(1);
  });

  it('speed scales the clock; unknown speeds are refused', () => {
    const store = fresh(3);
    store.getState().setSpeed(2);
    store.getState().setSpeed(3);
    expect(store.getState().speed).toBe(2);
    store.getState().next();
    store.getState().tick(STEP_ANIMATION_MS / 4);
    expect(selectProgress(store.getState())).toBeCloseTo(0.5);
  });

  it('with reduced motion the progress is always the step end', () => {
    const store = createExplorerStore({ reducedMotion: true, devtools: false });
    store.getState().next();
    expect(selectProgress(store.getState())).toBe(1);
  });
});

describe('play', () => {
  it('advances one step per animation + hold, and stops at the end', () => {
    const store = fresh();
    const total = store.getState().construction.steps.length;
    store.getState().play();
    expect(store.getState().playing).toBe(true);
    let frames = 0;
    while (store.getState().playing && frames < 100_000) {
      store.getState().tick(16);
      frames++;
    }
    expect(store.getState().step).toBe(total);
    const perStep = Math.ceil((STEP_ANIMATION_MS + STEP_HOLD_MS) / 16);
    expect(frames).toBeGreaterThanOrEqual(total * perStep);
    expect(frames).toBeLessThanOrEqual((total + 1) * (perStep + 1));
  });

  it('togglePlay pauses; Play at the end starts over', () => {
    const store = fresh(9999);
    store.getState().togglePlay();
    expect(store.getState()).toMatchObject({ playing: true, step: 0 });
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(false);
    store.getState().tick(STEP_ANIMATION_MS + STEP_HOLD_MS + 1);
    expect(store.getState().step).toBe(0);
  });

  it('ignores zero, negative and NaN ticks', () => {
    const store = fresh();
    store.getState().play();
    const before = store.getState().time;
    store.getState().tick(0);
    store.getState().tick(-5);
    store.getState().tick(Number.NaN);
    expect(store.getState().time).toBe(before);
  });
});
