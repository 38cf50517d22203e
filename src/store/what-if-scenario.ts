/**
 * What-if settings on top of a scenario: the faults of DESIGN.md §3.1, a smaller route quota, a
 * smaller cluster CIDR, a Service without endpoints. The result goes through the engine's parseScenario, so a bad combination
 * is refused with the engine's own sentence. The engine's reader loads on demand (it is not in the
 * site's first load): whatIfReady loads it, and applyWhatIf answers undefined until it has.
 */
import {
  type Dataplane,
  type Fault,
  flannelBackend,
  loadScenarioReader,
  type Scenario,
  type ScenarioReader,
  type Text,
} from '../engine/index.ts';

let reader: ScenarioReader | undefined;
let applier: typeof import('./what-if-apply.ts') | undefined;

/** Loads the scenario reader a what-if validates with, and the code that applies it (once). */
export async function whatIfReady(): Promise<void> {
  [reader, applier] = await Promise.all([
    reader ?? loadScenarioReader(),
    applier ?? import('./what-if-apply.ts'),
  ]);
}

export interface WhatIfSettings {
  /** Replaces the scenario's faults; undefined keeps them. */
  readonly faults?: readonly Fault[];
  /** Replaces vpc.routeQuota. */
  readonly routeQuota?: number;
  /** Replaces the prefix length of cluster.podCidr (its network address stays). */
  readonly clusterMask?: number;
  /** Replaces cluster.cni with Flannel on this backend, or Terway (`&cni=vxlan`, `&cni=terway`). */
  readonly cni?: Dataplane;
  /** A Service (`NAME` or `NAMESPACE/NAME`) whose endpoints are emptied (`&noep=api`). */
  readonly noEndpoints?: string;
}

export type WhatIfResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly message: Text };

function sameFaults(a: readonly Fault[], b: readonly Fault[]): boolean {
  return a.length === b.length && a.every((f, i) => f.kind === b[i]?.kind && f.node === b[i]?.node);
}

/** The cluster CIDR's prefix length (`172.16.0.0/16` → 16). */
export function clusterMaskOf(scenario: Scenario): number {
  return Number(scenario.cluster.podCidr.split('/')[1]);
}

/** The settings without what equals the base scenario; empty when nothing is changed. */
export function normalizeWhatIf(base: Scenario, settings: WhatIfSettings): WhatIfSettings {
  const { faults, routeQuota, clusterMask, cni, noEndpoints } = settings;
  return {
    ...(faults !== undefined && !sameFaults(faults, base.faults) ? { faults } : {}),
    ...(routeQuota !== undefined && routeQuota !== base.vpc.routeQuota ? { routeQuota } : {}),
    ...(clusterMask !== undefined && clusterMask !== clusterMaskOf(base) ? { clusterMask } : {}),
    ...(cni !== undefined && cni !== flannelBackend(base) ? { cni } : {}),
    ...(noEndpoints !== undefined ? { noEndpoints } : {}),
  };
}

export function isEmptyWhatIf(settings: WhatIfSettings): boolean {
  return (
    settings.faults === undefined &&
    settings.routeQuota === undefined &&
    settings.clusterMask === undefined &&
    settings.cni === undefined &&
    settings.noEndpoints === undefined
  );
}

export function sameWhatIf(a: WhatIfSettings, b: WhatIfSettings): boolean {
  const faults =
    a.faults === undefined || b.faults === undefined ? a.faults === b.faults : sameFaults(a.faults, b.faults);
  return (
    faults &&
    a.routeQuota === b.routeQuota &&
    a.clusterMask === b.clusterMask &&
    a.cni === b.cni &&
    a.noEndpoints === b.noEndpoints
  );
}

/** The document a what-if makes: the base scenario's with the settings in it (not yet validated). */
export type WhatIfDocument =
  | { readonly ok: true; readonly file: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly message: Text };

/** The base scenario's document with the settings written in; undefined until whatIfReady. */
export function whatIfDocument(base: Scenario, settings: WhatIfSettings): WhatIfDocument | undefined {
  return applier?.whatIfDocument(base, settings);
}

/** The base scenario with the settings applied, validated by the engine; undefined until whatIfReady. */
export function applyWhatIf(base: Scenario, settings: WhatIfSettings): WhatIfResult | undefined {
  return reader && applier?.applyWith(reader, base, settings);
}
