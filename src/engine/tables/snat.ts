/**
 * The NAT gateway's SNAT table: which sources leave the VPC as which EIP.
 * NOTE: an Alibaba Cloud SNAT entry names one vSwitch (SourceVSwitchId, or SourceCIDR set to its
 * CIDR block) or one ECS instance, and each vSwitch may be in one entry only (NAT Gateway API,
 * CreateSnatEntry); ACK's "configure SNAT for the VPC" adds an entry per vSwitch of the cluster.
 * So the table has one entry per vSwitch of the VPC. A pod address (outside every vSwitch)
 * matches no entry, which is the point.
 */
import { type Cidr, cidr, formatCidr, formatIp, parseIp } from '../net/ipv4.ts';
import { terwayConfigOf } from '../terway/config.ts';
import { faultedPodVswitches } from '../terway/faults.ts';
import type { WorldState } from '../world/types.ts';

/** One entry: sources in the vSwitch `vswitch` (`source`) leave as `eip`. */
export interface SnatEntry {
  readonly vswitch: string;
  readonly source: Cidr;
  readonly eip: number;
  /** An ECS-instance entry: only this node's own address (source /32) in `vswitch`. */
  readonly node?: string;
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
  const { scenario } = world;
  const config = terwayConfigOf(scenario);
  const podsOnly = config ? faultedPodVswitches(scenario, config, 'snat-entry-missing') : new Set();
  return scenario.vpc.vswitches
    .filter((v) => !listed || listed.includes(v.name))
    .flatMap((v): SnatEntry[] =>
      podsOnly.has(v.name)
        ? instanceEntries(world, v.name, eip)
        : [{ vswitch: v.name, source: cidr(v.cidr), eip }],
    );
}

/**
 * The what-if snat-entry-missing on Terway: the vSwitch of a node's pods has no SNAT entry of its
 * own, only ECS-instance entries for the nodes in it (their primary addresses), so the nodes reach
 * the Internet and the pods' ENI addresses do not.
 */
// NOTE: a SNAT entry's source is a vSwitch, or an ECS instance (its private address), or a CIDR
// block (NAT Gateway CreateSnatEntry); an instance entry covers only that address, not the
// secondary addresses terwayd assigns on the instance's ENIs.
function instanceEntries(world: WorldState, vswitch: string, eip: number): SnatEntry[] {
  return [...world.nodes.values()]
    .filter((n) => n.vswitch === vswitch)
    .map((n) => ({ vswitch, source: { network: n.ip, prefix: 32 }, eip, node: n.name }));
}

/** The entry as the SNAT table and a hop's evidence print it. */
export function formatSnatEntry(entry: SnatEntry): string {
  const owner = entry.node ? `ECS ${entry.node}` : entry.vswitch;
  return `SNAT ${formatCidr(entry.source)} (${owner}) → ${formatIp(entry.eip)}`;
}
