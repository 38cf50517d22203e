/**
 * Placement of everything the scenario can ever build, for one wrap width of the node grid:
 * the top row (externals, control plane), the VPC with its vRouter strip, and one section per
 * vSwitch (its band, then its nodes flowing into rows hung from bus lines).
 */
import type { Scenario } from '../engine/index.ts';
import { flow } from './flow.ts';
import type { NodePlan } from './node-plan.ts';
import { type ControlPlanePlan, planRouteTable, type RouteTablePlan } from './plan-infra.ts';
import { FULL, type Spacing } from './spacing.ts';
import type { Box, Point } from './types.ts';

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
  /** Planned compact (names and addresses only, see spacing.ts), not for the detail's text. */
  readonly compact: boolean;
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

/**
 * Places everything with node rows wrapping at `gridMax`; `plans` are the node plans per vSwitch,
 * `s` the sizes and gaps (the full diagram's, or the compact one's). With `nodesToo` false, only
 * its width and height are right (its nodes and buses left empty): a wrap width is chosen among a
 * hundred or so by size (plan.ts), and placing 1,000 nodes at each was most of the time a large
 * diagram took to lay out.
 */
export function placeAll(
  scenario: Scenario,
  plans: ReadonlyMap<string, readonly NodePlan[]>,
  gridMax: number,
  s: Spacing = FULL,
  table: RouteTablePlan = planRouteTable(scenario),
  nodesToo = true,
): TopologyPlan {
  const MARGIN = s.margin;
  const topHeight = Math.max(s.topRow, s.controlPlane(0, 0).box.height);
  const vpcX = MARGIN;
  const vpcY = MARGIN + topHeight + s.toVpc;
  const vrouter = { x: vpcX + s.inset, y: vpcY + s.vpcTitle, ...s.vrouter(scenario, table) };
  const nat = scenario.vpc.natGateway
    ? { x: vrouter.x + vrouter.width + s.toNat, y: vrouter.y, ...s.nat(scenario) }
    : undefined;
  // The control plane sits above the vRouter whose table the CCM writes; externals above the NAT.
  const controlPlane = s.controlPlane(vrouter.x, MARGIN);
  const externals = new Map<string, Box>();
  let extX = Math.max(nat?.x ?? 0, controlPlane.box.x + controlPlane.box.width + s.toExternal);
  for (const e of scenario.externals) {
    const size = s.external(e.name, e.ip);
    externals.set(e.name, { x: extX, y: MARGIN + topHeight - size.height, ...size });
    extX += size.width + s.externalGap;
  }
  const gridX = vpcX + s.gridInset;
  const BAND_HEIGHT = s.band;
  const GAP = s.gap;
  let y = Math.max(vrouter.y + vrouter.height, nat ? nat.y + nat.height : 0) + s.toBand;
  let contentRight = Math.max(vrouter.x + vrouter.width, nat ? nat.x + nat.width : 0);
  const nodes = new Map<string, NodePlacement>();
  const sections: Omit<VSwitchPlacement, 'band'>[] = [];
  const bandYs: number[] = [];
  for (const vswitch of scenario.vpc.vswitches) {
    const members = plans.get(vswitch.name) ?? [];
    const gridY = y + BAND_HEIGHT + s.toGrid;
    const placed = flow(members, gridMax, GAP);
    const rowRight = placed.rowTops.map(() => 0);
    if (nodesToo)
      members.forEach((plan, i) => {
        const p = placed.positions[i] ?? { x: 0, y: 0, row: 0 };
        const origin = { x: gridX + p.x, y: gridY + p.y };
        const busY = p.row === 0 ? y + BAND_HEIGHT : gridY + (placed.rowTops[p.row] ?? 0) - s.busAbove;
        nodes.set(plan.name, { origin, plan, vswitch: vswitch.name, busY });
        rowRight[p.row] = Math.max(rowRight[p.row] ?? 0, origin.x + plan.width);
      });
    const buses = placed.rowTops
      .slice(1)
      .map((top, r) => ({ y: gridY + top - s.busAbove, right: rowRight[r + 1] ?? 0 }));
    sections.push({ name: vswitch.name, cidr: vswitch.cidr, spineX: vpcX + s.spine, buses });
    bandYs.push(y);
    contentRight = Math.max(contentRight, gridX + placed.width);
    y = (members.length > 0 ? gridY + placed.height : y + BAND_HEIGHT) + s.afterSection;
  }
  const extRight = extX - s.externalGap;
  const right = s.inset * 0.8;
  const vpcRight = Math.max(contentRight + right, externals.size > 0 ? extRight + right : 0);
  const vpc = { x: vpcX, y: vpcY, width: vpcRight - vpcX, height: y - s.afterSection / 2 - vpcY };
  const vswitches = sections.map((section, i) => ({
    ...section,
    band: {
      x: vpcX + s.inset,
      y: bandYs[i] ?? 0,
      width: vpcRight - right - (vpcX + s.inset),
      height: BAND_HEIGHT,
    },
  }));
  return {
    compact: s.compact,
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
    laneX: vpcX + s.spine / 3,
  };
}
