export { extrasFor, loadExtras, readyExtras, readyForInit } from './construction-extras.ts';
export { hasConstruction, keepConstruction } from './constructions.ts';
export { ExplorerStoreContext, useExplorer, useExplorerStore } from './context.ts';
export { createExplorerStore, type ExplorerStore } from './create-explorer-store.ts';
export * from './packet-selectors.ts';
export { HOP_HOLD_MS, HOP_MOVE_MS } from './packet-timing.ts';
export type { PacketInit } from './packet-types.ts';
export {
  type HopDirection,
  hopOwnerId,
  type PacketWalk,
  type WalkHop,
  type WalkRequest,
} from './packet-walk.ts';
export * from './selectors.ts';
export { isSpeed, progressOf, SPEEDS, type Speed, STEP_ANIMATION_MS, STEP_HOLD_MS } from './timing.ts';
export type {
  ExplorerInit,
  ExplorerState,
  ScenarioOrigin,
  ScenarioSource,
  Theme,
  ZoomKind,
} from './types.ts';
export { formatHash, langOfHash, parseHash, type ReadHash, readHash } from './view-hash.ts';
export { selectViewState } from './view-select.ts';
export { isTheme, THEMES } from './view-slice.ts';
export { EMPTY_VIEW, type LessonLocation, type ViewState } from './view-state.ts';
export type { WhatIfResult, WhatIfSettings } from './what-if-scenario.ts';
export { applyLargeWhatIfWith, type LargeWhatIf } from './what-if-slice.ts';
export { hopWithheld, stepWithheld, type Withheld } from './withheld.ts';
export { worldAt } from './world-cache.ts';
