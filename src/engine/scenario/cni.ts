/**
 * Which CNI plugin builds a scenario's pod network, and with which Flannel backend: the one
 * place that applies DEFAULTS.cni to a scenario that does not name its CNI.
 */
import { DEFAULTS } from './defaults.ts';
import type { CniConfig, FlannelBackend, Scenario } from './types.ts';

/** The scenario's CNI, DEFAULTS.cni when it names none. */
export function cniOf(scenario: Pick<Scenario, 'cluster'>): CniConfig {
  return scenario.cluster.cni ?? DEFAULTS.cni;
}

/** The Flannel backend the scenario runs, or undefined when its CNI is not Flannel. */
export function flannelBackend(scenario: Pick<Scenario, 'cluster'>): FlannelBackend | undefined {
  const cni = cniOf(scenario);
  return cni.plugin === 'flannel' ? cni.backend : undefined;
}

/** A CNI as written in a file (`ali-vpc` allowed), as the engine keeps it. */
export function readCni(
  cni:
    | { readonly plugin: 'flannel'; readonly backend: FlannelBackend | 'ali-vpc' }
    | Exclude<CniConfig, { plugin: 'flannel' }>,
): CniConfig {
  if (cni.plugin !== 'flannel') return cni;
  return { plugin: 'flannel', backend: cni.backend === 'ali-vpc' ? 'alloc' : cni.backend };
}
