/**
 * The NAT gateway's SNAT table: which sources leave the VPC as which EIP.
 * NOTE: an Alibaba Cloud SNAT entry names one vSwitch (SourceVSwitchId, or SourceCIDR set to its
 * CIDR block) or one ECS instance, and each vSwitch may be in one entry only (NAT Gateway API,
 * CreateSnatEntry); ACK's "configure SNAT for the VPC" adds an entry per vSwitch of the cluster.
 * So the table has one entry per vSwitch of the VPC. A pod address (outside every vSwitch)
 * matches no entry, which is the point.
 */
import { type Cidr, cidr, formatCidr, formatIp, parseIp } from '../net/ipv4.ts';
import type { WorldState } from '../world/types.ts';

/** One entry: sources in the vSwitch `vswitch` (`source`) leave as `eip`. */
export interface SnatEntry {
  readonly vswitch: string;
  readonly source: Cidr;
  readonly eip: number;
}

/**
 * The entries, once the NAT gateway exists: one per vSwitch (or per vSwitch `natGateway.snat`
 * lists), in the scenario's order.
 */
export function snatEntries(world: WorldState): SnatEntry[] {
  const gateway = world.scenario.vpc.natGateway;
  const eipText = world.vpc.natGateway ? gateway?.eip : undefined;
  const eip = eipText === undefined ? undefined : parseIp(eipText);
  if (eip === undefined) return [];
  const listed = gateway?.snat;
  return world.scenario.vpc.vswitches
    .filter((v) => !listed || listed.includes(v.name))
    .map((v) => ({ vswitch: v.name, source: cidr(v.cidr), eip }));
}

/** The entry as the SNAT table and a hop's evidence print it. */
export function formatSnatEntry(entry: SnatEntry): string {
  return `SNAT ${formatCidr(entry.source)} (${entry.vswitch}) → ${formatIp(entry.eip)}`;
}
