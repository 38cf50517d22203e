/**
 * The dataplanes a learner can pick and compare (`&cni=`, `&compare=`): Flannel's backends. A
 * dataplane another CNI adds (Terway) joins by its id here and its label below.
 */
import type { FlannelBackend, Scenario } from '../scenario/types.ts';

export const DATAPLANES = ['alloc', 'vxlan', 'host-gw'] as const satisfies readonly FlannelBackend[];

export type Dataplane = (typeof DATAPLANES)[number];

/** How the compare view and the narration name each dataplane. */
export const DATAPLANE_LABELS: Readonly<Record<Dataplane, string>> = {
  alloc: 'VPC routes (Flannel alloc)',
  vxlan: 'VXLAN overlay (Flannel vxlan)',
  'host-gw': 'host-gw (Flannel)',
};

/** The scenario on another Flannel backend (`cluster.cni`). */
export function onDataplane(scenario: Scenario, backend: FlannelBackend): Scenario {
  return { ...scenario, cluster: { ...scenario.cluster, cni: { plugin: 'flannel', backend } } };
}
