import { formatSnatEntry, snatEntries } from '../tables/snat.ts';
import type { WorldState } from '../world/types.ts';
import { type ArtifactResult, keyedLines, missing } from './result.ts';

/** The NAT gateway's SNAT table: one line per entry, source CIDR → the EIP it leaves as. */
export function snatTable(world: WorldState): ArtifactResult {
  if (!world.scenario.vpc.natGateway)
    return missing('this VPC has no NAT gateway, so no SNAT table: nothing inside reaches the Internet');
  if (!world.vpc.natGateway)
    return missing('the SNAT table does not exist yet: the NAT gateway has not been created');
  return keyedLines(snatEntries(world).map(formatSnatEntry));
}
