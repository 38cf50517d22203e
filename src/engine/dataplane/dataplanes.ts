/**
 * The dataplanes a learner can pick and compare (`&cni=`, `&compare=`): Flannel's backends. A
 * dataplane another CNI adds (Terway) joins by its id here and its label below.
 */
import type { FlannelBackend } from '../scenario/types.ts';

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
