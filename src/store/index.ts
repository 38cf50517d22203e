export { ExplorerStoreContext, useExplorer, useExplorerStore } from './context.ts';
export { createExplorerStore, type ExplorerStore } from './create-explorer-store.ts';
export * from './selectors.ts';
export { isSpeed, progressOf, SPEEDS, type Speed, STEP_ANIMATION_MS, STEP_HOLD_MS } from './timing.ts';
export type { ExplorerInit, ExplorerState, ScenarioSource, Theme, ZoomKind } from './types.ts';
export { isTheme, THEMES } from './view-slice.ts';
export { worldAt } from './world-cache.ts';
