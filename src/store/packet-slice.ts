import { type Cursor, type CursorMoves, createCursor } from './cursor.ts';
import { isWalkActive } from './packet-selectors.ts';
import { HOP_HOLD_MS, HOP_MOVE_MS, SLOW_GLIDE } from './packet-timing.ts';
import type { PacketSlice } from './packet-types.ts';
import { hopOwnerId, type WalkHop, walkOf } from './packet-walk.ts';
import { STEP_ANIMATION_MS } from './timing.ts';
import { loadTracer, readyTracer, tracerFailure } from './tracer.ts';
import type { ExplorerState, SliceCreator } from './types.ts';

function hopsOf(state: ExplorerState): readonly WalkHop[] {
  return state.walk ? walkOf(state.construction, state.walk, state.engine).hops : [];
}

/** The walk's hops as the cursor's track: from 1 to the last hop (empty without hops). */
function hopTrack(hops: readonly WalkHop[]) {
  return createCursor({ min: 1, max: hops.length, moveMs: HOP_MOVE_MS, holdMs: HOP_HOLD_MS });
}

/** The selection that shows a hop's evidence: its owner element (the current one if none). */
function selectionFor(state: ExplorerState, hops: readonly WalkHop[], hop: number): string | null {
  const entry = hops[hop - 1];
  return (entry && hopOwnerId(entry.hop)) ?? state.selectedId;
}

/**
 * The state for a move of the hop cursor. Landing on a hop (a move, or playback reaching it)
 * selects its evidence owner, so the inspector and tables show its line, and lets the new hop's
 * evidence pick the inspector's tab again.
 */
function hopMove(state: ExplorerState, move: (moves: CursorMoves, cursor: Cursor) => Cursor, lands = true) {
  const hops = hopsOf(state);
  const next = move(hopTrack(hops), { position: state.hop, time: state.hopTime, playing: state.walkPlaying });
  const landed = lands || next.position !== state.hop;
  return {
    hop: next.position,
    hopTime: next.time,
    walkPlaying: next.playing,
    ...(landed
      ? {
          selectedId: selectionFor(state, hops, next.position),
          tab: next.position === state.hop ? state.tab : null,
        }
      : {}),
  };
}

export function createPacketSlice(): SliceCreator<PacketSlice> {
  return (set, get) => ({
    walk: null,
    hop: 0,
    hopTime: HOP_MOVE_MS,
    walkPlaying: false,
    slowGlide: false,
    setSlowGlide: (on) => set({ slowGlide: on }, false, 'packet/slow-glide'),
    engine: readyTracer() ? { kind: 'ready' } : { kind: 'loading' },
    loadEngine: () =>
      loadTracer().then(
        () => {
          if (get().engine.kind !== 'ready') set({ engine: { kind: 'ready' } }, false, 'packet/engine-ready');
          return true;
        },
        () => {
          const reason = tracerFailure() ?? 'unknown error';
          set({ engine: { kind: 'failed', reason } }, false, 'packet/engine-failed');
          return false;
        },
      ),
    sendPacket: (from, to) => {
      if (get().engine.kind !== 'ready') {
        // Without the engine the walk is shown with the reason it could not be loaded.
        void get()
          .loadEngine()
          .then((ready) =>
            ready
              ? get().sendPacket(from, to)
              : set(
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
      const hops = walkOf(state.construction, { from, to }, state.engine).hops;
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
      if (walk && get().engine.kind !== 'ready') {
        void get()
          .loadEngine()
          .then((ready) =>
            ready
              ? get().restoreWalk(walk, hop)
              : set({ walk, hop: 0, walkPlaying: false }, false, 'packet/no-engine'),
          );
        return;
      }
      const hops = walk ? walkOf(get().construction, walk, get().engine).hops : [];
      const at = hopTrack(hops).moveTo({ position: 0, time: 0, playing: false }, hop).position;
      set({ walk, hop: at, hopTime: HOP_MOVE_MS, walkPlaying: false, tab: null }, false, 'packet/restore');
    },
    chooseServiceEndpoint: (endpoint) => {
      const walk = get().walk;
      if (walk) get().restoreWalk({ ...walk, endpoint }, get().hop);
    },
    closeWalk: () => set({ walk: null, hop: 0, walkPlaying: false, tab: null }, false, 'packet/close'),
    // Choosing a hop stops the walk there, to read it.
    goToHop: (hop) =>
      set(
        hopMove(get(), (m, c) => ({ ...m.moveTo(c, hop), playing: false })),
        false,
        'packet/go-to',
      ),
    nextHop: () =>
      set(
        hopMove(get(), (m, c) => m.next(c)),
        false,
        'packet/next',
      ),
    previousHop: () =>
      set(
        hopMove(get(), (m, c) => m.previous(c)),
        false,
        'packet/previous',
      ),
    firstHop: () =>
      set(
        hopMove(get(), (m, c) => m.first(c)),
        false,
        'packet/first',
      ),
    lastHop: () =>
      set(
        hopMove(get(), (m, c) => m.last(c)),
        false,
        'packet/last',
      ),
    toggleWalkPlay: () => {
      const state = get();
      if (state.walkPlaying) set({ walkPlaying: false }, false, 'packet/pause');
      else if (hopsOf(state).length > 0)
        set(
          hopMove(state, (m, c) => m.play(c), false),
          false,
          'packet/play',
        );
    },
    tickWalk: (elapsedMs) => {
      const state = get();
      if (!(elapsedMs > 0) || !isWalkActive(state)) return;
      const pace = state.speed * (state.slowGlide ? SLOW_GLIDE : 1);
      const next = hopMove(state, (m, c) => m.tick(c, elapsedMs * pace), false);
      if (
        next.hop !== state.hop ||
        next.hopTime !== state.hopTime ||
        next.walkPlaying !== state.walkPlaying
      ) {
        set(next, false, 'packet/tick');
      }
    },
  });
}
