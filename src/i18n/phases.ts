import type { timeline } from './en/timeline.ts';

/**
 * Each construction phase's name, as a message of the timeline's catalog (the step list, the
 * narration and the CLI's `steps --lang` read it). Keyed by the engine's phase ids.
 */
export const PHASE_NAMES = {
  initial: 'phaseInitial',
  cluster: 'phaseCluster',
  node: 'phaseNode',
  pod: 'phasePod',
  service: 'phaseService',
  'what-if': 'phaseWhatIf',
} as const satisfies Readonly<Record<string, keyof typeof timeline>>;
