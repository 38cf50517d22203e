/**
 * Sizes of the pieces around the nodes: the vRouter with its compact route table, the NAT
 * gateway, the external endpoints and the control-plane box. Planned from the scenario alone.
 */
import type { Scenario } from '../engine/index.ts';
import { LINE_HEIGHT, textWidth } from './metrics.ts';
import type { Box } from './types.ts';

/** Rows the vRouter badge shows at most; older entries collapse into "+N earlier". */
export const MAX_ROUTE_ROWS = 8;
export const ROUTE_HEADER = 44;
export const DEST_COLUMN = textWidth('255.255.255.255/32', 'mono') + 10;

export const CP_TEXT = {
  title: 'Kubernetes control plane',
  kcm: 'kube-controller-manager',
  ccm: 'cloud-controller-manager',
};
const CHIP = 22;

export interface RouteTablePlan {
  /** Rows reserved for entries. */
  readonly rows: number;
  /** Whether a "+N earlier" line is reserved. */
  readonly moreLine: boolean;
  /** Whether a "refused: QuotaExceeded" line is reserved (more routes wanted than the quota). */
  readonly refusedLine: boolean;
}

/** How many entries the route table can reach, and what the badge must make room for. */
export function planRouteTable(scenario: Scenario): RouteTablePlan {
  const { vpc, nodes } = scenario;
  const expected = 1 + vpc.vswitches.length + vpc.customRoutes.length + nodes.length;
  return {
    rows: Math.min(expected, MAX_ROUTE_ROWS),
    moreLine: expected > MAX_ROUTE_ROWS,
    refusedLine: vpc.customRoutes.length + nodes.length > vpc.routeQuota,
  };
}

/**
 * The widest next hop a route can name, per scenario: the planner sizes the vRouter once per wrap
 * width it tries (some 40 for a large scenario), and measuring 5,000 node names each time cost
 * a few hundred ms of the first draw.
 */
const widestTarget = new WeakMap<Scenario, number>();

function longestTarget(scenario: Scenario): number {
  let longest = widestTarget.get(scenario);
  if (longest === undefined) {
    const targets = [
      'nat-gateway',
      'cloud-service',
      ...scenario.vpc.vswitches.map((v) => v.name),
      ...scenario.nodes.map((n) => n.name),
    ];
    longest = Math.max(...targets.map((t) => textWidth(`→ ${t}`, 'mono')));
    widestTarget.set(scenario, longest);
  }
  return longest;
}

/** The vRouter box size: title, header, reserved rows. */
export function vrouterSize(scenario: Scenario, table: RouteTablePlan): { width: number; height: number } {
  const longest = longestTarget(scenario);
  const extra = (table.moreLine ? 1 : 0) + (table.refusedLine ? 1 : 0);
  return {
    width: Math.min(480, Math.max(300, 24 + DEST_COLUMN + longest)),
    height: ROUTE_HEADER + (table.rows + extra) * LINE_HEIGHT + 10,
  };
}

export function natSize(scenario: Scenario): { width: number; height: number } {
  const eip = scenario.vpc.natGateway?.eip ?? '';
  return { width: Math.max(170, textWidth(`EIP ${eip}`, 'mono') + 24), height: 56 };
}

export function externalSize(name: string, ip: string): { width: number; height: number } {
  return { width: Math.max(130, textWidth(name, 'title') + 24, textWidth(ip, 'mono') + 24), height: 48 };
}

export interface ControlPlanePlan {
  readonly box: Box;
  readonly kcm: Box;
  readonly ccm: Box;
}

/** The control-plane box with its two actor chips stacked, at (x, y). */
export function planControlPlane(x: number, y: number): ControlPlanePlan {
  const chipWidth = Math.max(textWidth(CP_TEXT.kcm, 'label'), textWidth(CP_TEXT.ccm, 'label')) + 16;
  const width = Math.max(textWidth(CP_TEXT.title, 'title'), chipWidth) + 20;
  return {
    box: { x, y, width, height: 30 + CHIP * 2 + 6 + 10 },
    kcm: { x: x + 10, y: y + 30, width: chipWidth, height: CHIP },
    ccm: { x: x + 10, y: y + 30 + CHIP + 6, width: chipWidth, height: CHIP },
  };
}
