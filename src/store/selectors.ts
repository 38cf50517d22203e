/**
 * Narrow selectors over the explorer store, defined once so components subscribe to exactly what
 * they draw. Worlds come from the engine's fold through a small cache (world-cache.ts).
 */
import { DATAPLANE_LABELS, type Step, type Text, type WorldState } from '../engine/index.ts';
import { isWalkActive } from './packet-selectors.ts';
import { progressOf } from './timing.ts';
import type { ExplorerState } from './types.ts';
import { worldAt } from './world-cache.ts';

export const selectScenario = (s: ExplorerState) => s.scenario;
/** The scenario's title, and the dataplane it is shown on when `&cni=` switched it. */
export const selectScenarioTitle = (s: ExplorerState): string => {
  const cni = s.whatIf?.settings.cni;
  return cni ? `${s.scenario.title} · on ${DATAPLANE_LABELS[cni]}` : s.scenario.title;
};
export const selectSource = (s: ExplorerState) => s.source;
export const selectSteps = (s: ExplorerState): readonly Step[] => s.construction.steps;
export const selectTotal = (s: ExplorerState): number => s.construction.steps.length;
export const selectStepIndex = (s: ExplorerState): number => s.step;
export const selectPlaying = (s: ExplorerState): boolean => s.playing;
export const selectSpeed = (s: ExplorerState): number => s.speed;
export const selectSelectedId = (s: ExplorerState): string | null => s.selectedId;
/** The inspector's artifact tab picked by the learner or a lesson, or null. */
export const selectArtifactTab = (s: ExplorerState): string | null => s.tab;
export const selectTheme = (s: ExplorerState) => s.theme;
/** The language the page is shown in: the link's, else the preferred one. */
export const selectLang = (s: ExplorerState) => s.lang ?? s.preferredLang;
export const selectZoomRequest = (s: ExplorerState) => s.zoomRequest;
export const selectReducedMotion = (s: ExplorerState): boolean => s.reducedMotion;

/** The step the cursor is on, or undefined before the first step. */
export const selectCurrentStep = (s: ExplorerState): Step | undefined => s.construction.steps[s.step - 1];

/** The world after the current step. */
export const selectWorld = (s: ExplorerState): WorldState => worldAt(s.construction, s.step);

/** The Services of the finished construction, which a walk can call (its world is the last step's). */
export const selectFinalServices = (s: ExplorerState): WorldState['services'] =>
  worldAt(s.construction, s.construction.steps.length).services;

/**
 * The world before the current step: what the current step changed is the difference. While a
 * packet walks the finished network there is no step to compare with: it is the world itself.
 */
export const selectPreviousWorld = (s: ExplorerState): WorldState =>
  isWalkActive(s) ? selectWorld(s) : worldAt(s.construction, s.step - 1);

/** The current step's animation progress in [0, 1]; with reduced motion always 1 (the step's end). */
export const selectProgress = (s: ExplorerState): number => (s.reducedMotion ? 1 : progressOf(s.time));

/** Whether the clock has anything to do: playing, or the current step still animating. */
export const selectClockRunning = (s: ExplorerState): boolean => s.playing || selectProgress(s) < 1;

/** How many custom entries the VPC route table may hold. */
export const selectScenarioRouteQuota = (s: ExplorerState): number => s.scenario.vpc.routeQuota;

/** Why the last scenario offered was refused, or null. */
export const selectLoadError = (s: ExplorerState): Text | null => s.loadError;
