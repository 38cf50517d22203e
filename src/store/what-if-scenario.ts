/**
 * What-if settings on top of a scenario: the faults of DESIGN.md §3.1, a smaller route quota, a
 * smaller cluster CIDR, a Service without endpoints. The result goes through the engine's parseScenario, so a bad combination
 * is refused with the engine's own sentence. The engine's reader loads on demand (it is not in the
 * site's first load): whatIfReady loads it, and applyWhatIf answers undefined until it has.
 */
import {
  type Dataplane,
  type Fault,
  faultKindsOf,
  firstProblem,
  flannelBackend,
  loadScenarioReader,
  type Message,
  message,
  refusals,
  type Scenario,
  type ScenarioReader,
  type ServiceSpec,
  type Text,
} from '../engine/index.ts';

let reader: ScenarioReader | undefined;

/** Loads the scenario reader a what-if validates with (once). */
export async function whatIfReady(): Promise<void> {
  reader ??= await loadScenarioReader();
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

/** Whether a scenario's Service is the one `ref` names (`NAME`, or `NAMESPACE/NAME`). */
function isService(service: ServiceSpec, ref: string): boolean {
  const slash = ref.indexOf('/');
  if (slash < 0) return service.name === ref;
  return service.name === ref.slice(slash + 1) && (service.namespace ?? 'default') === ref.slice(0, slash);
}

/** The scenario's Services with the named one's endpoints emptied; a sentence when there is none such. */
function withoutEndpoints(base: Scenario, ref: string | undefined): Scenario['services'] | Message {
  const services = base.services;
  if (ref === undefined) return services;
  const matching = (services ?? []).filter((s) => isService(s, ref));
  if (matching.length === 1) return services?.map((s) => (isService(s, ref) ? { ...s, endpoints: [] } : s));
  const names = (services ?? []).map((s) => s.name);
  return matching.length > 1
    ? message(refusals, 'noepAmbiguous', { ref })
    : names.length
      ? message(refusals, 'noepNone', { ref, quoted: JSON.stringify(ref), names: names.join(', ') })
      : message(refusals, 'noepNoServices', { ref, quoted: JSON.stringify(ref) });
}

/** The faults that exist on the dataplane the settings switch to: Flannel's or Terway's. */
function faultsOn(settings: WhatIfSettings, faults: readonly Fault[]): readonly Fault[] {
  if (settings.cni === undefined) return faults;
  const kinds = faultKindsOf(settings.cni === 'terway' ? 'terway' : 'flannel');
  return faults.filter((f) => kinds.includes(f.kind));
}

/** The document a what-if makes: the base scenario's with the settings in it (not yet validated). */
export type WhatIfDocument =
  | { readonly ok: true; readonly file: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly message: Text };

/** The base scenario with the settings written into it, for the engine to validate. */
export function whatIfDocument(base: Scenario, settings: WhatIfSettings): WhatIfDocument {
  const services = withoutEndpoints(base, settings.noEndpoints);
  if (services !== undefined && !Array.isArray(services)) return { ok: false, message: services as Message };
  const network = base.cluster.podCidr.split('/')[0];
  const file = {
    ...base,
    vpc: { ...base.vpc, routeQuota: settings.routeQuota ?? base.vpc.routeQuota },
    cluster: {
      ...base.cluster,
      podCidr:
        settings.clusterMask === undefined ? base.cluster.podCidr : `${network}/${settings.clusterMask}`,
      ...(settings.cni === undefined
        ? {}
        : {
            cni:
              settings.cni === 'terway' ? { plugin: 'terway' } : { plugin: 'flannel', backend: settings.cni },
          }),
    },
    faults: faultsOn(settings, settings.faults ?? base.faults),
    ...(services === undefined ? {} : { services }),
  };
  return { ok: true, file };
}

/** The base scenario with the settings applied, validated by the engine; undefined until whatIfReady. */
export function applyWhatIf(base: Scenario, settings: WhatIfSettings): WhatIfResult | undefined {
  if (!reader) return undefined;
  const made = whatIfDocument(base, settings);
  if (!made.ok) return made;
  const parsed = reader.parseScenario(made.file);
  if (parsed.ok) return { ok: true, scenario: parsed.scenario };
  const { path, reason } = firstProblem(parsed.errors);
  return { ok: false, message: message(refusals, 'atPath', { path, problem: reason }) };
}
