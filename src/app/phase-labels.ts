import type { Phase } from '../engine/index.ts';

export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  initial: 'Initial',
  cluster: 'Cluster',
  node: 'Node',
  pod: 'Pod',
  'what-if': 'What-if',
};
