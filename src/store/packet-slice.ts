import { isWalkActive } from './packet-selectors.ts';
import { HOP_HOLD_MS, HOP_MOVE_MS } from './packet-timing.ts';
import type { PacketSlice } from './packet-types.ts';
import { hopOwnerId, type WalkHop, walkOf } from './packet-walk.ts';
import { STEP_ANIMATION_MS } from './timing.ts';
import { loadTracer, readyTracer } from './tracer.ts';
import type { ExplorerState, SliceCreator } from './types.ts';

function hopsOf(state: ExplorerState): readonly WalkHop[] {
  return state.walk ? walkOf(state.construction, state.walk).hops : [];
}

function clampHop(hops: readonly WalkHop[], hop: number): number {
  if (hops.length === 0) return 0;
  const n = Number.isFinite(hop) ? Math.trunc(hop) : 1;
  return Math.max(1, Math.min(n, hops.length));
}

/** The selection that shows a hop's evidence: its owner element (the current one if none). */
function selectionFor(state: ExplorerState, hops: readonly WalkHop[], hop: number): string | null {
  const entry = hops[hop - 1];
  return (entry && hopOwnerId(entry.hop)) ?? state.selectedId;
}

/**
 * Moving forward animates the packet from the hop before; moving back shows the hop as it ended.
 * Either way the hop's evidence owner is selected, so the inspector and tables show its line.
 */
function moveTo(state: ExplorerState, hop: number) {
  const hops = hopsOf(state);
  const target = clampHop(hops, hop);
  return {
    hop: target,
    hopTime: target > state.hop ? 0 : HOP_MOVE_MS,
    selectedId: selectionFor(state, hops, target),
    // The new hop's evidence picks the inspector's tab again.
    tab: target === state.hop ? state.tab : null,
  };
}

export function createPacketSlice(): SliceCreator<PacketSlice> {
  return (set, get) => ({
    walk: null,
    hop: 0,
    hopTime: HOP_MOVE_MS,
    walkPlaying: false,
    sendPacket: (from, to) => {
      if (!readyTracer()) {
        // Without the engine the walk is shown with the reason it could not be loaded.
        void loadTracer().then(
          () => get().sendPacket(from, to),
          () =>
            set(
              {
                walk: { from, to },
                hop: 0,
                walkPlaying: false,
                step: get().construction.steps.length,
                time: STEP_ANIMATION_MS,
                playing: false,
              },
              false,
              'packet/no-engine',
            ),
        );
        return;
      }
      const state = get();
      const hops = walkOf(state.construction, { from, to }).hops;
      set(
        {
          walk: { from, to },
          hop: hops.length > 0 ? 1 : 0,
          hopTime: 0,
          walkPlaying: hops.length > 1,
          step: state.construction.steps.length,
          time: STEP_ANIMATION_MS,
          playing: false,
          selectedId: selectionFor(state, hops, 1),
          tab: null,
        },
        false,
        'packet/send',
      );
    },
    restoreWalk: (walk, hop) => {
      if (walk && !readyTracer()) {
        void loadTracer().then(
          () => get().restoreWalk(walk, hop),
          () => set({ walk, hop: 0, walkPlaying: false }, false, 'packet/no-engine'),
        );
        return;
      }
      const hops = walk ? walkOf(get().construction, walk).hops : [];
      set(
        { walk, hop: clampHop(hops, hop), hopTime: HOP_MOVE_MS, walkPlaying: false, tab: null },
        false,
        'packet/restore',
      );
    },
    closeWalk: () => set({ walk: null, hop: 0, walkPlaying: false, tab: null }, false, 'packet/close'),
    // Choosing a hop stops the walk there, to read it.
    goToHop: (hop) => set({ ...moveTo(get(), hop), walkPlaying: false }, false, 'packet/go-to'),
    nextHop: () => set(moveTo(get(), get().hop + 1), false, 'packet/next'),
    previousHop: () => set(moveTo(get(), get().hop - 1), false, 'packet/previous'),
    firstHop: () => set({ ...moveTo(get(), 1), walkPlaying: false }, false, 'packet/first'),
    lastHop: () =>
      set({ ...moveTo(get(), Number.MAX_SAFE_INTEGER), walkPlaying: false }, false, 'packet/last'),
    toggleWalkPlay: () => {
      const state = get();
      if (state.walkPlaying) {
        set({ walkPlaying: false }, false, 'packet/pause');
        return;
      }
      const hops = hopsOf(state);
      if (hops.length === 0) return;
      // At the end, Play starts over from the first hop.
      const restart = state.hop >= hops.length;
      set(
        { walkPlaying: true, ...(restart ? { ...moveTo({ ...state, hop: 0 }, 1) } : {}) },
        false,
        'packet/play',
      );
    },
    tickWalk: (elapsedMs) => {
      const state = get();
      if (!(elapsedMs > 0) || !isWalkActive(state)) return;
      const time = state.hopTime + elapsedMs * state.speed;
      if (!state.walkPlaying) {
        if (state.hopTime < HOP_MOVE_MS) set({ hopTime: Math.min(HOP_MOVE_MS, time) }, false, 'packet/tick');
        return;
      }
      if (time < HOP_MOVE_MS + HOP_HOLD_MS) set({ hopTime: time }, false, 'packet/tick');
      else if (state.hop < hopsOf(state).length) set(moveTo(state, state.hop + 1), false, 'packet/advance');
      else set({ walkPlaying: false, hopTime: HOP_MOVE_MS }, false, 'packet/end');
    },
  });
}
