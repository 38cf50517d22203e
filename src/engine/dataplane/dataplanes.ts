/**
 * The dataplanes a learner can pick and compare (`&cni=`, `&compare=`): Flannel's backends. A
 * dataplane another CNI adds (Terway) joins by its id here and its label below.
 */
import type { Message } from '../messages/message.ts';
import { faultKindsOf } from '../scenario/defaults.ts';
import type { FlannelBackend, Scenario } from '../scenario/types.ts';

export const DATAPLANES = ['alloc', 'vxlan', 'host-gw', 'terway'] as const satisfies readonly (
  | FlannelBackend
  | 'terway'
)[];

export type Dataplane = (typeof DATAPLANES)[number];

/** How the compare view and the narration name each dataplane. */
export const DATAPLANE_LABELS: Readonly<Record<Dataplane, string>> = {
  alloc: 'VPC routes (Flannel alloc)',
  vxlan: 'VXLAN overlay (Flannel vxlan)',
  'host-gw': 'host-gw (Flannel)',
  terway: 'Terway (ENIs, policy routing)',
};

/** The id of each label in the engine's catalog part `dataplanes` (the same English, a test holds). */
const LABEL_IDS = {
  alloc: 'labelAlloc',
  vxlan: 'labelVxlan',
  'host-gw': 'labelHostGw',
  terway: 'labelTerway',
} as const satisfies Record<Dataplane, string>;

/**
 * A dataplane's label as a message, for another language. Made from DATAPLANE_LABELS so that the
 * first load does not carry the comparison's catalog part for four names.
 */
export function dataplaneLabel(dataplane: Dataplane): Message {
  return { id: LABEL_IDS[dataplane], en: DATAPLANE_LABELS[dataplane], params: {} };
}

/**
 * The scenario on another dataplane (`cluster.cni`): a Flannel backend, or Terway with its
 * defaults. Faults of the other CNI do not exist there, so they are left out.
 */
export function onDataplane(scenario: Scenario, dataplane: Dataplane): Scenario {
  const cni =
    dataplane === 'terway'
      ? { plugin: 'terway' as const }
      : { plugin: 'flannel' as const, backend: dataplane };
  const kinds = faultKindsOf(cni.plugin);
  const faults = scenario.faults.filter((f) => kinds.includes(f.kind));
  return {
    ...scenario,
    cluster: { ...scenario.cluster, cni },
    ...(faults.length === scenario.faults.length ? {} : { faults }),
  };
}
