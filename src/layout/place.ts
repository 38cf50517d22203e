/**
 * Placement of everything the scenario can ever build, for one wrap width of the node grid:
 * the top row (externals, control plane), the VPC with its vRouter strip, and one section per
 * vSwitch (its band, then its nodes flowing into rows hung from bus lines).
 */
import type { Scenario } from '../engine/index.ts';
import { flow } from './flow.ts';
import type { NodePlan } from './node-plan.ts';
import {
  type ControlPlanePlan,
  externalSize,
  natSize,
  planControlPlane,
  planRouteTable,
  type RouteTablePlan,
  vrouterSize,
} from './plan-infra.ts';
import type { Box, Point } from './types.ts';

const MARGIN = 16;
export const GAP = { x: 24, y: 44 };
const BAND_HEIGHT = 26;

export interface NodePlacement {
  readonly origin: Point;
  readonly plan: NodePlan;
  readonly vswitch: string;
  /** y of the bus line this node's eth0 hangs from (the band for the first row). */
  readonly busY: number;
}

export interface VSwitchPlacement {
  readonly name: string;
  readonly cidr: string;
  readonly band: Box;
  /** x of the spine that carries the bus down to the rows below the first. */
  readonly spineX: number;
  /** Bus lines of rows after the first: y and right end. */
  readonly buses: readonly { readonly y: number; readonly right: number }[];
}

export interface TopologyPlan {
  readonly width: number;
  readonly height: number;
  readonly vpc: Box;
  readonly vrouter: Box;
  readonly table: RouteTablePlan;
  readonly nat?: Box;
  readonly externals: ReadonlyMap<string, Box>;
  readonly controlPlane: ControlPlanePlan;
  readonly vswitches: readonly VSwitchPlacement[];
  readonly nodes: ReadonlyMap<string, NodePlacement>;
  /** x of the lane on the VPC's left edge that links the vRouter to the vSwitches after the first. */
  readonly laneX: number;
}

/** Places everything with node rows wrapping at `gridMax`; `plans` are the node plans per vSwitch. */
export function placeAll(
  scenario: Scenario,
  plans: ReadonlyMap<string, readonly NodePlan[]>,
  gridMax: number,
): TopologyPlan {
  const table = planRouteTable(scenario);
  const topHeight = Math.max(48, planControlPlane(0, 0).box.height);
  const vpcX = MARGIN;
  const vpcY = MARGIN + topHeight + 36;
  const vrouter = { x: vpcX + 20, y: vpcY + 40, ...vrouterSize(scenario, table) };
  const nat = scenario.vpc.natGateway
    ? { x: vrouter.x + vrouter.width + 90, y: vrouter.y, ...natSize(scenario) }
    : undefined;
  // The control plane sits above the vRouter whose table the CCM writes; externals above the NAT.
  const controlPlane = planControlPlane(vrouter.x, MARGIN);
  const externals = new Map<string, Box>();
  let extX = Math.max(nat?.x ?? 0, controlPlane.box.x + controlPlane.box.width + 32);
  for (const e of scenario.externals) {
    const size = externalSize(e.name, e.ip);
    externals.set(e.name, { x: extX, y: MARGIN + topHeight - size.height, ...size });
    extX += size.width + 16;
  }
  const gridX = vpcX + 40;
  let y = Math.max(vrouter.y + vrouter.height, nat ? nat.y + nat.height : 0) + 44;
  let contentRight = Math.max(vrouter.x + vrouter.width, nat ? nat.x + nat.width : 0);
  const nodes = new Map<string, NodePlacement>();
  const sections: Omit<VSwitchPlacement, 'band'>[] = [];
  const bandYs: number[] = [];
  for (const vswitch of scenario.vpc.vswitches) {
    const members = plans.get(vswitch.name) ?? [];
    const gridY = y + BAND_HEIGHT + 30;
    const placed = flow(members, gridMax, GAP);
    const rowRight = placed.rowTops.map(() => 0);
    members.forEach((plan, i) => {
      const p = placed.positions[i] ?? { x: 0, y: 0, row: 0 };
      const origin = { x: gridX + p.x, y: gridY + p.y };
      const busY = p.row === 0 ? y + BAND_HEIGHT : gridY + (placed.rowTops[p.row] ?? 0) - 22;
      nodes.set(plan.name, { origin, plan, vswitch: vswitch.name, busY });
      rowRight[p.row] = Math.max(rowRight[p.row] ?? 0, origin.x + plan.width);
    });
    const buses = placed.rowTops
      .slice(1)
      .map((top, r) => ({ y: gridY + top - 22, right: rowRight[r + 1] ?? 0 }));
    sections.push({ name: vswitch.name, cidr: vswitch.cidr, spineX: vpcX + 30, buses });
    bandYs.push(y);
    contentRight = Math.max(contentRight, gridX + placed.width);
    y = (members.length > 0 ? gridY + placed.height : y + BAND_HEIGHT) + 40;
  }
  const extRight = extX - 16;
  const vpcRight = Math.max(contentRight + 16, externals.size > 0 ? extRight + 16 : 0);
  const vpc = { x: vpcX, y: vpcY, width: vpcRight - vpcX, height: y - 20 - vpcY };
  const vswitches = sections.map((s, i) => ({
    ...s,
    band: { x: vpcX + 20, y: bandYs[i] ?? 0, width: vpcRight - 16 - (vpcX + 20), height: BAND_HEIGHT },
  }));
  return {
    width: vpcRight + MARGIN,
    height: vpc.y + vpc.height + MARGIN,
    vpc,
    vrouter,
    table,
    ...(nat ? { nat } : {}),
    externals,
    controlPlane,
    vswitches,
    nodes,
    laneX: vpcX + 10,
  };
}
