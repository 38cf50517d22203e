/**
 * A what-if written into its base scenario's document and validated by the engine's reader: loaded
 * with the reader (whatIfReady in what-if-scenario.ts), out of the site's first load.
 */
import {
  type Fault,
  faultKindsOf,
  firstProblem,
  type Message,
  message,
  refusals,
  type Scenario,
  type ScenarioReader,
  type ServiceSpec,
} from '../engine/index.ts';
import type { WhatIfDocument, WhatIfResult, WhatIfSettings } from './what-if-scenario.ts';

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

/** The base scenario with the settings applied, validated by the engine's reader. */
export function applyWith(reader: ScenarioReader, base: Scenario, settings: WhatIfSettings): WhatIfResult {
  const made = whatIfDocument(base, settings);
  if (!made.ok) return made;
  const parsed = reader.parseScenario(made.file);
  if (parsed.ok) return { ok: true, scenario: parsed.scenario };
  const { path, reason } = firstProblem(parsed.errors);
  return { ok: false, message: message(refusals, 'atPath', { path, problem: reason }) };
}
