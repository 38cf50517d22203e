/**
 * The construction of any scenario, Terway's and the Services' phases included: for the CLI, the
 * tests and the parts of the site that load later. The first screen builds with constructWith
 * (construct-core.ts) and loads those phases only when a scenario runs them.
 */
import type { Scenario } from '../scenario/types.ts';
import { CONSTRUCTION_EXTRAS } from './all-extras.ts';
import { type Construction, constructInSlicesWith, constructWith } from './construct-core.ts';

export { type Construction, stateAt } from './construct-core.ts';

/** The construction of a validated scenario. Pure and deterministic. */
export function construct(scenario: Scenario): Construction {
  return constructWith(scenario, CONSTRUCTION_EXTRAS);
}

/** The same construction a slice at a time (constructInSlicesWith). */
export function constructInSlices(scenario: Scenario): Generator<number, Construction, unknown> {
  return constructInSlicesWith(scenario, CONSTRUCTION_EXTRAS);
}
