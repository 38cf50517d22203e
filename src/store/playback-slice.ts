import { isSpeed, type Speed, STEP_ANIMATION_MS, STEP_HOLD_MS } from './timing.ts';
import type { ExplorerState, PlaybackSlice, SliceCreator } from './types.ts';

function clampStep(state: ExplorerState, step: number): number {
  const n = Number.isFinite(step) ? Math.trunc(step) : 0;
  return Math.max(0, Math.min(n, state.construction.steps.length));
}

/**
 * Moving forward animates the new step from its start; moving back shows the earlier step as
 * it ended (stepping back removes what the later steps built, with nothing left to animate).
 */
function moveTo(state: ExplorerState, step: number): Pick<PlaybackSlice, 'step' | 'time'> {
  const target = clampStep(state, step);
  return { step: target, time: target > state.step ? 0 : STEP_ANIMATION_MS };
}

export function createPlaybackSlice(initial: { step: number; speed: Speed }): SliceCreator<PlaybackSlice> {
  return (set, get) => ({
    step: initial.step,
    playing: false,
    speed: initial.speed,
    time: STEP_ANIMATION_MS,
    goTo: (step) => set(moveTo(get(), step), false, 'playback/go-to'),
    next: () => set(moveTo(get(), get().step + 1), false, 'playback/next'),
    previous: () => set(moveTo(get(), get().step - 1), false, 'playback/previous'),
    first: () => set({ ...moveTo(get(), 0), playing: false }, false, 'playback/first'),
    last: () => set({ ...moveTo(get(), Number.MAX_SAFE_INTEGER), playing: false }, false, 'playback/last'),
    play: () => {
      const state = get();
      if (state.playing) return;
      // At the end, Play starts over from the beginning.
      const restart = state.step >= state.construction.steps.length;
      set({ playing: true, ...(restart ? { step: 0, time: 0 } : {}) }, false, 'playback/play');
    },
    pause: () => {
      if (get().playing) set({ playing: false }, false, 'playback/pause');
    },
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    setSpeed: (speed) => {
      if (isSpeed(speed)) set({ speed }, false, 'playback/speed');
    },
    tick: (elapsedMs) => {
      const state = get();
      if (!(elapsedMs > 0)) return;
      if (!state.playing) {
        if (state.time >= STEP_ANIMATION_MS) return;
        set(
          { time: Math.min(STEP_ANIMATION_MS, state.time + elapsedMs * state.speed) },
          false,
          'playback/tick',
        );
        return;
      }
      const time = state.time + elapsedMs * state.speed;
      if (time < STEP_ANIMATION_MS + STEP_HOLD_MS) {
        set({ time }, false, 'playback/tick');
      } else if (state.step < state.construction.steps.length) {
        set({ step: state.step + 1, time: 0 }, false, 'playback/advance');
      } else {
        set({ playing: false, time: STEP_ANIMATION_MS }, false, 'playback/end');
      }
    },
  });
}
