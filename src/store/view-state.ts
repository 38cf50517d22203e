/**
 * The view as a link carries it (DESIGN.md §3.3): which scenario, where the cursor is, what is
 * selected and which of its artifacts is open, the packet walk, the what-if, the lesson stop and
 * the embed. The store holds each of these; `selectViewState` reads them out, view-hash.ts maps
 * them to and from the URL, and `applyView` makes the store show one.
 */
import type { Dataplane, PresetName } from '../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { WalkRequest } from './packet-walk.ts';
import type { WhatIfSettings } from './what-if-scenario.ts';

/** A lesson stop: `lesson=ID&stop=N`. */
export interface LessonLocation {
  readonly lesson: string;
  /** 1-based; clamped to the lesson's stops by the player. */
  readonly stop: number;
}

export interface ViewState {
  /** A known preset; null when the view names none (then the default) or shows `scenario`. */
  readonly preset: PresetName | null;
  /** The `s=` value of a custom scenario (it wins over `preset`); null when none or too large. */
  readonly scenario: string | null;
  /** The construction step; null when the URL gives none (then 0, or the last step for a walk). */
  readonly step: number | null;
  /** The selected diagram element. */
  readonly selected: string | null;
  /** The selected element's artifact open in the inspector; null: the one the view picks. */
  readonly tab: string | null;
  /** The packet walk's endpoints. */
  readonly walk: WalkRequest | null;
  /** The hop shown, 1-based over the request's then the reply's hops; only with a walk. */
  readonly hop: number | null;
  /** The what-if settings; null when the view changes nothing. */
  readonly whatIf: WhatIfSettings | null;
  /** `compare=alloc,vxlan`: the compare view of two dataplanes; null when closed. */
  readonly compare: readonly Dataplane[] | null;
  readonly lesson: LessonLocation | null;
  /** `embed=1`: the diagram, the step controls and the narration only. */
  readonly embed: boolean;
  /** `present=1`: presentation mode, the diagram filling the window with the narration as its caption. */
  readonly present: boolean;
  /** `lang=zh` / `lang=en`: the language chosen; null: the visitor's own (docs/i18n.md). */
  readonly lang: Lang | null;
  /**
   * Parameters this version does not know, in order, kept as they are: a link made by a newer
   * PodPath loses nothing when this one rewrites it (README, "URL").
   */
  readonly unknown: readonly (readonly [string, string])[];
}

/** The view of an empty hash: the default preset at step 0 with nothing else. */
export const EMPTY_VIEW: ViewState = {
  preset: null,
  scenario: null,
  step: null,
  selected: null,
  tab: null,
  walk: null,
  hop: null,
  whatIf: null,
  compare: null,
  lesson: null,
  embed: false,
  present: false,
  lang: null,
  unknown: [],
};
