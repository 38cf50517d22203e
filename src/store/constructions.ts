import { type Construction, constructWith, type Scenario } from '../engine/index.ts';
import { readyExtras } from './construction-extras.ts';

/**
 * The store's one way to a scenario's construction: built once per scenario object and kept as
 * long as the scenario is (construct is pure, so a kept one is the one it would build). A large
 * scenario is built ahead a slice at a time, so the page keeps answering (app/url/build-large.ts),
 * and handed over with keepConstruction: the store then takes it instead of building again.
 * Terway's and the Services' phases come from construction-extras.ts: the store's actions load them
 * before they take a scenario that runs them (extrasReady), so that this never throws.
 */
const built = new WeakMap<Scenario, Construction>();

export function constructionOf(scenario: Scenario): Construction {
  let construction = built.get(scenario);
  if (!construction) {
    construction = constructWith(scenario, readyExtras());
    built.set(scenario, construction);
  }
  return construction;
}

/** Hands the store a construction built elsewhere (constructInSlices) for its scenario. */
export function keepConstruction(construction: Construction): void {
  built.set(construction.scenario, construction);
}

/** Whether the store already has this scenario's construction. */
export function hasConstruction(scenario: Scenario): boolean {
  return built.has(scenario);
}
