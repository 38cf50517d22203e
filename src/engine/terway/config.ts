/**
 * A scenario's Terway settings with their defaults applied, or undefined for a Flannel cluster.
 * The one place that reads `cluster.cni` for Terway.
 */
import { type Cidr, cidr } from '../net/ipv4.ts';
import type { Scenario } from '../scenario/types.ts';
import { DEFAULT_ENI_LIMITS, DEFAULT_INSTANCE_TYPE, type EniLimits } from './eni-limits.ts';

export interface TerwayConfig {
  /** `eni_conf.vswitches` for the zone: the vSwitches ENIs are created in, in order; none: each node's own. */
  readonly podVswitches?: readonly string[];
  readonly eni: EniLimits;
  /** The instance type the ENI quotas stand for, when they are the default. */
  readonly instanceType?: string;
}

/** The scenario's Terway settings, or undefined when the cluster runs Flannel. */
export function terwayConfigOf(scenario: Scenario): TerwayConfig | undefined {
  // NOTE: read here rather than through scenario/cni.ts, which the build keeps in the scenario
  // reader's chunk; a cluster without `cni` runs Flannel (DEFAULTS.cni).
  const cni = scenario.cluster.cni;
  if (cni?.plugin !== 'terway') return undefined;
  return {
    podVswitches: cni.podVswitches,
    eni: cni.eni ?? DEFAULT_ENI_LIMITS,
    instanceType: cni.eni ? undefined : DEFAULT_INSTANCE_TYPE,
  };
}

/** Whether the scenario's cluster runs Terway. */
export function isTerway(scenario: Scenario): boolean {
  return terwayConfigOf(scenario) !== undefined;
}

/** The vSwitches terwayd creates a node's ENIs in: the configured pod vSwitches, else the node's own. */
export function podVswitchesOf(config: TerwayConfig, nodeVswitch: string): readonly string[] {
  return config.podVswitches && config.podVswitches.length > 0 ? config.podVswitches : [nodeVswitch];
}

/** The scenario's vSwitches as CIDRs, by name. */
export function vswitchCidrs(scenario: Scenario): { readonly name: string; readonly cidr: Cidr }[] {
  return scenario.vpc.vswitches.map((v) => ({ name: v.name, cidr: cidr(v.cidr) }));
}
