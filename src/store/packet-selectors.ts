/**
 * Narrow selectors for the packet walk and the what-if, and the timeline: what the playback
 * controls and keys drive (construction steps, or the hops of an active walk).
 */
import type { Text } from '../engine/index.ts';
import { hopProgressOf } from './packet-timing.ts';
import { type PacketWalk, type WalkHop, walkOf } from './packet-walk.ts';
import type { ExplorerState } from './types.ts';
import type { WhatIfSettings } from './what-if-scenario.ts';

const NO_HOPS: readonly WalkHop[] = [];
const NO_WHAT_IF: WhatIfSettings = {};

export const selectWalkRequest = (s: ExplorerState) => s.walk;
export const selectHopIndex = (s: ExplorerState): number => s.hop;
export const selectWalkPlaying = (s: ExplorerState): boolean => s.walkPlaying;
export const selectWhatIfError = (s: ExplorerState): Text | null => s.whatIfError;
export const selectWhatIfSettings = (s: ExplorerState): WhatIfSettings => s.whatIf?.settings ?? NO_WHAT_IF;

/** The scenario before any what-if: what a share link or the editor should start from. */
export const selectBaseScenario = (s: ExplorerState) => s.whatIf?.base ?? s.scenario;

/** The walk's trace and numbered hops over the finished construction, or null. */
export const selectPacketWalk = (s: ExplorerState): PacketWalk | null =>
  s.walk ? walkOf(s.construction, s.walk, s.engine) : null;

export const selectWalkHops = (s: ExplorerState): readonly WalkHop[] => selectPacketWalk(s)?.hops ?? NO_HOPS;

/** Whether the traffic phase is on screen: a walk exists and the cursor is past the last step. */
export const selectTrafficShown = (s: ExplorerState): boolean =>
  s.walk !== null && s.step >= s.construction.steps.length;

/** Why the walk on screen sent nothing (an unknown or unusable endpoint), or null. */
export const selectShownWalkError = (s: ExplorerState): Text | null =>
  selectTrafficShown(s) ? (selectPacketWalk(s)?.error ?? null) : null;

/** Whether the controls and keys step through hops (the walk is shown and has hops). */
export function isWalkActive(s: ExplorerState): boolean {
  return selectTrafficShown(s) && selectWalkHops(s).length > 0;
}
export const selectWalkActive = isWalkActive;

/** The hop at the cursor while the walk is active. */
export const selectCurrentHop = (s: ExplorerState): WalkHop | undefined =>
  isWalkActive(s) ? selectWalkHops(s)[s.hop - 1] : undefined;

/** The current hop's movement progress in [0, 1]; with reduced motion always 1. */
export const selectHopProgress = (s: ExplorerState): number =>
  s.reducedMotion ? 1 : hopProgressOf(s.hopTime);

/** Whether the walk needs the clock: playing, or the packet still moving to its hop. */
export const selectWalkClockRunning = (s: ExplorerState): boolean =>
  isWalkActive(s) && (s.walkPlaying || selectHopProgress(s) < 1);

/**
 * The timeline the controls and keys drive (First / Previous / Play / Next / Last, ← → Space Home
 * End): the construction's steps, or the hops of the walk while it is active. One cursor either
 * way (cursor.ts); this says which, where it is and what moves it.
 */
export interface Timeline {
  readonly unit: 'step' | 'hop';
  readonly position: number;
  readonly min: number;
  readonly total: number;
  readonly playing: boolean;
  readonly first: () => void;
  readonly previous: () => void;
  readonly togglePlay: () => void;
  readonly next: () => void;
  readonly last: () => void;
}

/** The timeline now; compare it shallowly (its parts are values and the store's own actions). */
export function selectTimeline(s: ExplorerState): Timeline {
  return isWalkActive(s)
    ? {
        unit: 'hop',
        position: s.hop,
        min: 1,
        total: selectWalkHops(s).length,
        playing: s.walkPlaying,
        first: s.firstHop,
        previous: s.previousHop,
        togglePlay: s.toggleWalkPlay,
        next: s.nextHop,
        last: s.lastHop,
      }
    : {
        unit: 'step',
        position: s.step,
        min: 0,
        total: s.construction.steps.length,
        playing: s.playing,
        first: s.first,
        previous: s.previous,
        togglePlay: s.togglePlay,
        next: s.next,
        last: s.last,
      };
}
