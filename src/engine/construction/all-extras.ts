/**
 * Terway's, the Services' and the what-if construction: the module that loads on demand
 * (engine/index.ts loadConstructionExtras). construct.ts builds with it always.
 */
import { buildTerwayClusterPhase } from '../terway/cluster-phase.ts';
import { buildTerwayNodePhase } from '../terway/node-phase.ts';
import { buildTerwayPodPhase } from '../terway/pod-phase.ts';
import { buildTerwayWhatIf } from '../terway/what-if-phase.ts';
import type { ConstructionExtras } from './extras.ts';
import { buildServicePhase } from './service-phase.ts';
import { buildWhatIfPhase } from './what-if-phase.ts';

export const CONSTRUCTION_EXTRAS: ConstructionExtras = {
  terwayCluster: buildTerwayClusterPhase,
  terwayNode: buildTerwayNodePhase,
  terwayPod: buildTerwayPodPhase,
  terwayWhatIf: buildTerwayWhatIf,
  services: buildServicePhase,
  whatIf: buildWhatIfPhase,
};
