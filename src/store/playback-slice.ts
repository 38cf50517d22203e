import { type Cursor, type CursorMoves, createCursor } from './cursor.ts';
import { isSpeed, type Speed, STEP_ANIMATION_MS, STEP_HOLD_MS } from './timing.ts';
import type { ExplorerState, PlaybackSlice, SliceCreator } from './types.ts';

/** The construction's steps as the cursor's track: from 0 (nothing built) to the last step. */
function stepsOf(state: ExplorerState) {
  return createCursor({
    min: 0,
    max: state.construction.steps.length,
    moveMs: STEP_ANIMATION_MS,
    holdMs: STEP_HOLD_MS,
  });
}

function cursorOf(state: ExplorerState): Cursor {
  return { position: state.step, time: state.time, playing: state.playing };
}

/** The state for a move of the step cursor. */
function stepMove(
  state: ExplorerState,
  move: (moves: CursorMoves, cursor: Cursor) => Cursor,
): Pick<PlaybackSlice, 'step' | 'time' | 'playing'> {
  const next = move(stepsOf(state), cursorOf(state));
  return { step: next.position, time: next.time, playing: next.playing };
}

export function createPlaybackSlice(initial: { step: number; speed: Speed }): SliceCreator<PlaybackSlice> {
  return (set, get) => ({
    step: initial.step,
    playing: false,
    speed: initial.speed,
    time: STEP_ANIMATION_MS,
    goTo: (step) =>
      set(
        stepMove(get(), (m, c) => m.moveTo(c, step)),
        false,
        'playback/go-to',
      ),
    next: () =>
      set(
        stepMove(get(), (m, c) => m.next(c)),
        false,
        'playback/next',
      ),
    previous: () =>
      set(
        stepMove(get(), (m, c) => m.previous(c)),
        false,
        'playback/previous',
      ),
    first: () =>
      set(
        stepMove(get(), (m, c) => m.first(c)),
        false,
        'playback/first',
      ),
    last: () =>
      set(
        stepMove(get(), (m, c) => m.last(c)),
        false,
        'playback/last',
      ),
    play: () => {
      if (!get().playing)
        set(
          stepMove(get(), (m, c) => m.play(c)),
          false,
          'playback/play',
        );
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
      const next = stepMove(state, (m, c) => m.tick(c, elapsedMs * state.speed));
      if (next.step !== state.step || next.time !== state.time || next.playing !== state.playing) {
        set(next, false, 'playback/tick');
      }
    },
  });
}
