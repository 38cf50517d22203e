import type { Scenario } from '../scenario/types.ts';
import type { WorldState } from '../world/types.ts';
import { emptyDraft, freeze } from './apply.ts';
import type { Step } from './changes.ts';
import { applyStep } from './pod-steps.ts';

/**
 * The world after the first `count` steps (0 = nothing built; steps.length = everything).
 * A fold of the steps' changes; each call returns a fresh state.
 */
export function stateAfter(scenario: Scenario, steps: readonly Step[], count: number): WorldState {
  const draft = emptyDraft(scenario);
  const end = Math.max(0, Math.min(count, steps.length));
  for (let i = 0; i < end; i++) {
    const step = steps[i] as Step;
    applyStep(draft, step);
  }
  return freeze(draft);
}
