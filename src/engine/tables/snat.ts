/**
 * The NAT gateway's SNAT table: which sources leave the VPC as which EIP.
 * NOTE: Alibaba Cloud SNAT entries match a source vSwitch CIDR or an ECS address
 * (CreateSnatEntry, SourceCIDR / SourceVSwitchId); ACK's "configure SNAT for the VPC" covers the
 * VPC's vSwitches. One entry for the VPC CIDR gives the same answer for every instance; a pod
 * address (outside the VPC CIDR) matches no entry, which is the point.
 */
import { type Cidr, cidr, formatCidr, formatIp, parseIp } from '../net/ipv4.ts';
import type { WorldState } from '../world/types.ts';

/** One entry: sources in `source` leave as `eip`. */
export interface SnatEntry {
  readonly source: Cidr;
  readonly eip: number;
}

/** The entries, once the NAT gateway exists: one for the VPC CIDR. */
export function snatEntries(world: WorldState): SnatEntry[] {
  const eipText = world.vpc.natGateway ? world.scenario.vpc.natGateway?.eip : undefined;
  const eip = eipText === undefined ? undefined : parseIp(eipText);
  if (eip === undefined) return [];
  return [{ source: cidr(world.scenario.vpc.cidr), eip }];
}

/** The entry as the SNAT table and a hop's evidence print it. */
export function formatSnatEntry(entry: SnatEntry): string {
  return `SNAT ${formatCidr(entry.source)} → ${formatIp(entry.eip)}`;
}
