/** The explorer store's shape: one store made of four slices (STYLE.md: thin zustand store). */
import type { StateCreator } from 'zustand/vanilla';
import type { Construction, Dataplane, PresetName, Scenario, Text } from '../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { PacketInit, PacketSlice, WhatIfSlice } from './packet-types.ts';
import type { Progress } from './progress.ts';
import type { Speed } from './timing.ts';
import type { LessonLocation } from './view-state.ts';
import type { Withheld } from './withheld.ts';

/** Where the scenario came from: a built-in preset, or one the user supplied (URL, file, editor). */
export type ScenarioSource =
  | { readonly kind: 'preset'; readonly name: PresetName }
  | { readonly kind: 'custom' };

export interface ScenarioSlice {
  readonly scenario: Scenario;
  readonly construction: Construction;
  readonly source: ScenarioSource;
  /** Why the last scenario offered (URL, file, editor) was refused; the shown one stays. */
  readonly loadError: Text | null;
  /** Builds a preset and rewinds to step 0 with nothing selected. */
  loadPreset(name: PresetName): void;
  /**
   * Builds a validated scenario and rewinds to step 0 with nothing selected; `origin` is its
   * `s=` value and file, when the caller knows them.
   */
  loadScenario(scenario: Scenario, source?: ScenarioSource, origin?: ScenarioOrigin): void;
  /** Keeps the current scenario and says why another one was refused. */
  refuseScenario(message: Text): void;
}

/** What ties a custom scenario to a link: its `s=` value (null: too large for one) and its file. */
export interface ScenarioOrigin {
  readonly param: string | null;
  /** The scenario file as the user wrote it (defaults left out). */
  readonly file: unknown;
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
  /** The inspector's open artifact, picked by the learner or a lesson; null: the view picks. */
  readonly tab: string | null;
  select(id: string | null): void;
  /** Opens an artifact's tab in the inspector (null: back to the one the view picks). */
  openTab(artifact: string | null): void;
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

/** The parts of the view (view-state.ts) that no other slice holds, and the view applied whole. */
export interface LinkSlice {
  /** The custom scenario's link and file; null when not known (a preset, or a lesson's own). */
  readonly scenarioOrigin: ScenarioOrigin | null;
  /** The lesson stop open, or null. */
  readonly lesson: LessonLocation | null;
  /** Whether the lesson picker is showing. */
  readonly lessonPicker: boolean;
  /** What the view keeps back while a lesson question is open (withheld.ts); null: nothing. */
  readonly withheld: Withheld | null;
  readonly embed: boolean;
  readonly present: boolean;
  /** The compare view's two dataplanes (`compare=alloc,vxlan`); null when closed. */
  readonly compare: readonly Dataplane[] | null;
  setCompare(compare: readonly Dataplane[] | null): void;
  /** The language the link names (`lang=zh`); null: `preferredLang`. */
  readonly lang: Lang | null;
  /** The language shown when the link names none: the one chosen last, or the browser's. */
  readonly preferredLang: Lang;
  /** Shows the page in a language, names it in the link and makes it the preferred one. */
  setLang(lang: Lang): void;
  /** URL parameters this version does not know, kept for the link (view-state.ts). */
  readonly unknownParams: readonly (readonly [string, string])[];
  /** Opens a lesson at a stop (closing the picker); the same stop keeps its location object. */
  openLesson(location: LessonLocation): void;
  /** Enters or leaves presentation mode (`present=1`): the diagram fills the window. */
  setPresent(present: boolean): void;
  /** Follow the action: at each step or hop the diagram brings what changed into view (default on). */
  readonly follow: boolean;
  setFollow(follow: boolean): void;
  /** Leaves the lesson; the explorer stays as it is. */
  exitLesson(): void;
  showLessonPicker(open: boolean): void;
  /** Keeps back what would give an open question's answer away (null: shows everything). */
  withhold(withheld: Withheld | null): void;
  /**
   * Shows the view a link describes, exactly as a store made from it would (create-explorer-store.ts
   * does the same): the scenario, rebuilt only when it is another one, then the what-if, the walk,
   * the step, the selection, the lesson and the embed. Theme, speed and reduced motion stay.
   */
  applyView(init: ExplorerInit): void;
}

/** The learner's lesson progress, kept by the app's persistence (app/persistence.ts). */
export interface ProgressSlice {
  readonly progress: Progress;
  /** False when the browser will not keep progress past this visit (storage missing or failing). */
  readonly progressKept: boolean;
  setProgress(progress: Progress): void;
  setProgressKept(kept: boolean): void;
}

export type ExplorerState = ScenarioSlice &
  LinkSlice &
  ProgressSlice &
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
  /** Lesson progress from an earlier visit, and whether it can be kept. */
  readonly progress?: Progress;
  readonly progressKept?: boolean;
  readonly speed?: number;
  readonly reducedMotion?: boolean;
  readonly loadError?: Text | null;
  /** The custom scenario's `s=` value and file. */
  readonly scenarioOrigin?: ScenarioOrigin | null;
  /** The inspector's open artifact. */
  readonly tab?: string | null;
  readonly lesson?: LessonLocation | null;
  readonly embed?: boolean;
  readonly present?: boolean;
  readonly compare?: readonly Dataplane[] | null;
  readonly lang?: Lang | null;
  readonly preferredLang?: Lang;
  readonly unknownParams?: readonly (readonly [string, string])[];
  /** The packet walk and what-if from the URL (trace, hop, faults, quota, clustermask). */
  readonly packet?: PacketInit;
  /** Connect the Redux devtools extension when present (default: only in development). */
  readonly devtools?: boolean;
}
