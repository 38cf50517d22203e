/**
 * Terway's, the Services' and the what-if (faults) construction, loaded on demand (engine loadConstructionExtras): the
 * first screen, the article on VPC routes, builds without them. `extrasReady` tells whether a
 * scenario can be built now; `loadExtras` starts the import once (a failed one is retried by the
 * next call). The store's actions that take a scenario needing them wait for them and run again.
 */
import {
  type ConstructionExtras,
  loadConstructionExtras,
  needsConstructionExtras,
  type Scenario,
} from '../engine/index.ts';
import { loadOnce } from './load-once.ts';
import { presetScenarioOf } from './preset-scenarios.ts';
import type { ExplorerInit } from './types.ts';

const extras = loadOnce(loadConstructionExtras);

/** Starts loading the extras (once) and resolves with them. */
export function loadExtras(): Promise<ConstructionExtras> {
  return extras.load();
}

/** The extras once they have loaded, else undefined. */
export function readyExtras(): ConstructionExtras | undefined {
  return extras.now();
}

/** Whether the store can build this scenario now (it needs no extras, or they have loaded). */
export function extrasReady(scenario: Scenario): boolean {
  return extras.now() !== undefined || !needsConstructionExtras(scenario);
}

/** Resolves once the store can build this scenario. */
export async function extrasFor(scenario: Scenario): Promise<void> {
  if (!extrasReady(scenario)) await loadExtras();
}

/**
 * Resolves once the store can open on `init`: its preset loaded, the construction's extras
 * too if its scenario or a what-if (`cni=terway`, `faults=`) runs them. A link opens at its
 * step only if that step exists when the store is made.
 */
export async function readyForInit(init: ExplorerInit): Promise<void> {
  const source = init.source ?? { kind: 'preset', name: 'article' };
  const scenario =
    init.scenario ?? (await presetScenarioOf(source.kind === 'preset' ? source.name : 'article'));
  const whatIf = init.packet?.whatIf;
  if (whatIf?.cni === 'terway' || (whatIf?.faults?.length ?? 0) > 0) await loadExtras();
  else await extrasFor(scenario);
}
