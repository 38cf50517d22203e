/** The explorer store's shape: one store made of four slices (STYLE.md: thin zustand store). */
import type { StateCreator } from 'zustand/vanilla';
import type { Construction, Scenario } from '../engine/index.ts';
import type { PresetName } from '../engine/scenario/presets.ts';
import type { PacketInit, PacketSlice, WhatIfSlice } from './packet-types.ts';
import type { Speed } from './timing.ts';

/** Where the scenario came from: a built-in preset, or one the user supplied (URL, file, editor). */
export type ScenarioSource =
  | { readonly kind: 'preset'; readonly name: PresetName }
  | { readonly kind: 'custom' };

export interface ScenarioSlice {
  readonly scenario: Scenario;
  readonly construction: Construction;
  readonly source: ScenarioSource;
  /** Why the last scenario offered (URL, file, editor) was refused; the shown one stays. */
  readonly loadError: string | null;
  /** Builds a preset and rewinds to step 0 with nothing selected. */
  loadPreset(name: PresetName): void;
  /** Builds a validated scenario and rewinds to step 0 with nothing selected. */
  loadScenario(scenario: Scenario, source?: ScenarioSource): void;
  /** Keeps the current scenario and says why another one was refused. */
  refuseScenario(message: string): void;
}

export interface PlaybackSlice {
  /** The cursor: the world shown is the one after this step (0 = nothing built). */
  readonly step: number;
  readonly playing: boolean;
  readonly speed: Speed;
  /** Milliseconds (already scaled by speed) spent on the current step: its animation clock. */
  readonly time: number;
  goTo(step: number): void;
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: number): void;
  /** Advances the clock by `elapsedMs` of wall time; auto-advances the step while playing. */
  tick(elapsedMs: number): void;
}

export interface SelectionSlice {
  /** The selected diagram element (`vpc`, `node:node-a`, `pod:web-1`, …), or null. */
  readonly selectedId: string | null;
  select(id: string | null): void;
  /** Selects an element and asks the diagram to bring it into view ("Show element"). */
  showElement(id: string): void;
}

export type Theme = 'system' | 'light' | 'dark';
/** A zoom the diagram is asked for; `focus` brings the selected element into view. */
export type ZoomKind = 'fit' | 'in' | 'out' | 'focus';

export interface ViewSlice {
  readonly theme: Theme;
  /** A request for the topology's zoom behaviour; `seq` grows so a repeated request is seen. */
  readonly zoomRequest: { readonly kind: ZoomKind; readonly seq: number } | null;
  /** prefers-reduced-motion: animations jump to each step's end. */
  readonly reducedMotion: boolean;
  setTheme(theme: Theme): void;
  requestZoom(kind: ZoomKind): void;
  setReducedMotion(reduced: boolean): void;
}

export type ExplorerState = ScenarioSlice &
  PlaybackSlice &
  SelectionSlice &
  ViewSlice &
  PacketSlice &
  WhatIfSlice;

/** Each slice sees the whole store; `set` takes an action name for devtools. */
export type SliceCreator<T> = StateCreator<ExplorerState, [['zustand/devtools', never]], [], T>;

/** Optional starting values, e.g. from the URL; bad values fall back to defaults. */
export interface ExplorerInit {
  readonly scenario?: Scenario;
  readonly source?: ScenarioSource;
  readonly step?: number;
  readonly selectedId?: string | null;
  readonly theme?: Theme;
  readonly speed?: number;
  readonly reducedMotion?: boolean;
  readonly loadError?: string | null;
  /** The packet walk and what-if from the URL (trace, hop, faults, quota, clustermask). */
  readonly packet?: PacketInit;
  /** Connect the Redux devtools extension when present (default: only in development). */
  readonly devtools?: boolean;
}
