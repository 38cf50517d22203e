import type { VpcRouteEntry, WorldState } from '../world/types.ts';
import { type ArtifactResult, fromRows, missing } from './result.ts';

const NEXT_HOP_TYPE: Record<VpcRouteEntry['nextHopType'], string> = {
  local: 'vSwitch',
  instance: 'ECS instance',
  'nat-gateway': 'NAT gateway',
  service: 'cloud service',
};

// Fixed widths (the longest destination is 18 characters), with the one unbounded column last,
// so a new entry never re-pads the lines above it and a line diff shows only what changed.
const DESTINATION_WIDTH = 20;
const TYPE_WIDTH = 8;
const NEXT_HOP_TYPE_WIDTH = 15;

function row(destination: string, type: string, nextHopType: string, nextHop: string): string {
  return `${destination.padEnd(DESTINATION_WIDTH)}${type.padEnd(TYPE_WIDTH)}${nextHopType.padEnd(NEXT_HOP_TYPE_WIDTH)}${nextHop}`;
}

function nextHop(world: WorldState, entry: VpcRouteEntry): string {
  if (entry.nextHopType === 'instance')
    return entry.node ? `${entry.nextHop} (${entry.node})` : entry.nextHop;
  if (entry.nextHopType === 'nat-gateway') {
    const eip = world.scenario.vpc.natGateway?.eip;
    return eip ? `${entry.nextHop} (EIP ${eip})` : entry.nextHop;
  }
  return entry.nextHop;
}

/**
 * The VPC route table as a readable text table, in the order the entries were added: system
 * entries (vSwitches, cloud services) and custom ones (the NAT gateway, one per node from the
 * CCM), then how much of the custom-entry quota is used.
 */
export function vpcRouteTable(world: WorldState): ArtifactResult {
  if (!world.vpc.created)
    return missing('the VPC route table does not exist yet: the VPC has not been created');
  const entries = world.vpc.routeTable;
  const custom = entries.filter((e) => e.type === 'custom').length;
  // Each entry's row is keyed by its destination, which is what a routing decision's evidence names.
  return fromRows([
    { key: null, text: row('DESTINATION', 'TYPE', 'NEXT HOP TYPE', 'NEXT HOP') },
    ...entries.map((e) => ({
      key: e.destination,
      text: row(e.destination, e.type, NEXT_HOP_TYPE[e.nextHopType], nextHop(world, e)),
    })),
    { key: null, text: '' },
    { key: null, text: `custom entries: ${custom} of ${world.scenario.vpc.routeQuota} (route quota)` },
  ]);
}
