import type { Phase } from '../../engine/index.ts';
import type { outline } from '../../i18n/en/outline.ts';
import type { timeline } from '../../i18n/en/timeline.ts';
import { PHASE_NAMES } from '../../i18n/phases.ts';

type Id = keyof typeof timeline;

/** Each phase's name, as a message of the timeline's catalog. */
export const PHASE_LABELS: Readonly<Record<Phase, Id>> = PHASE_NAMES;

/** What happens in each phase and who does it, for the outline before the first step. */
export const PHASE_SUMMARIES: Readonly<Record<Phase, keyof typeof outline>> = {
  initial: 'summaryInitial',
  cluster: 'summaryCluster',
  node: 'summaryNode',
  pod: 'summaryPod',
  service: 'summaryService',
  'what-if': 'summaryWhatIf',
};
