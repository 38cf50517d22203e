import { bridgeFdb, type FdbEntry } from '../tables/fdb.ts';
import type { NodeState, WorldState } from '../world/types.ts';
import { type ArtifactResult, keyedLines, missing } from './result.ts';

/** One line of `bridge fdb show br cni0`; learned entries carry no `permanent` flag. */
export function formatFdbEntry(entry: FdbEntry): string {
  return `${entry.mac} dev ${entry.dev} master cni0${entry.permanent ? ' permanent' : ''}`;
}

/**
 * `bridge fdb show br cni0` on a node: the bridge's and its ports' own MACs (permanent) and the
 * pod MACs learned behind each veth (tables/fdb.ts).
 */
// NOTE: the multicast `self permanent` entries (33:33:…, 01:00:5e:…) the kernel lists for each
// device are left out; with vlan_filtering off (the bridge plugin's default) there are no
// `vlan 1` duplicates.
export function bridgeFdbShow(world: WorldState, node: NodeState): ArtifactResult {
  if (!node.cni0) {
    return missing(
      `cni0 on ${node.name} does not exist yet: the bridge plugin creates it with the node's first pod`,
    );
  }
  return keyedLines(bridgeFdb(node, world.pods.values()).map(formatFdbEntry));
}
