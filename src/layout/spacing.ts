/**
 * The sizes and gaps the placement uses. FULL draws every detail (eth0, the actors, cni0, veths,
 * containers, the route table) with its text; COMPACT is for a small window (an embed): the same
 * elements, each only as large as its brief (name and address at BRIEF_FONT) needs, the detail
 * reduced to small shapes without text.
 */
import type { Scenario } from '../engine/index.ts';
import { BRIEF_FONT, briefWidth } from './metrics.ts';
import {
  type ControlPlanePlan,
  externalSize,
  natSize,
  planControlPlane,
  type RouteTablePlan,
  vrouterSize,
} from './plan-infra.ts';

interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Spacing {
  readonly compact: boolean;
  readonly margin: number;
  /** Height of the top row (externals, control plane). */
  readonly topRow: number;
  /** From the top row to the VPC (the Internet link runs there). */
  readonly toVpc: number;
  /** From the VPC's top to the vRouter (room for the VPC's title). */
  readonly vpcTitle: number;
  /** From the VPC's left edge to the vRouter and the vSwitch bands. */
  readonly inset: number;
  /** From the vRouter to the NAT gateway. */
  readonly toNat: number;
  readonly toExternal: number;
  readonly externalGap: number;
  /** From the vRouter's foot to the first vSwitch band. */
  readonly toBand: number;
  readonly band: number;
  /** From a band to its first row of nodes. */
  readonly toGrid: number;
  /** From the VPC's left edge to the node grid, and to the spine of the rows after the first. */
  readonly gridInset: number;
  readonly spine: number;
  /** How far above a row after the first its bus line runs. */
  readonly busAbove: number;
  readonly afterSection: number;
  /** Between node boxes. */
  readonly gap: { readonly x: number; readonly y: number };
  readonly vrouter: (scenario: Scenario, table: RouteTablePlan) => Size;
  readonly nat: (scenario: Scenario) => Size;
  readonly external: (name: string, ip: string) => Size;
  readonly controlPlane: (x: number, y: number) => ControlPlanePlan;
}

export const FULL: Spacing = {
  compact: false,
  margin: 16,
  topRow: 48,
  toVpc: 36,
  vpcTitle: 40,
  inset: 20,
  toNat: 90,
  toExternal: 32,
  externalGap: 16,
  toBand: 38,
  band: 26,
  toGrid: 26,
  gridInset: 34,
  spine: 27,
  busAbove: 22,
  afterSection: 40,
  gap: { x: 16, y: 44 },
  vrouter: vrouterSize,
  nat: natSize,
  external: externalSize,
  controlPlane: planControlPlane,
};

/** A box holding one brief line. */
const ONE_LINE = Math.ceil(BRIEF_FONT * 1.6);

export const COMPACT: Spacing = {
  compact: true,
  margin: 4,
  topRow: ONE_LINE,
  toVpc: 12,
  // The VPC has no brief: the vRouter sits at its top.
  vpcTitle: 6,
  inset: 8,
  toNat: 24,
  toExternal: 12,
  externalGap: 8,
  toBand: 8,
  // brief.ts draws a line in a box at least 1.3 × its font tall.
  band: Math.ceil(BRIEF_FONT * 1.35),
  toGrid: 10,
  gridInset: 14,
  spine: 9,
  busAbove: 6,
  afterSection: 10,
  gap: { x: 8, y: 16 },
  // The route count the brief gives ("vRouter · 12 routes"), at most three digits.
  vrouter: () => ({ width: briefWidth('vRouter · 200 routes'), height: ONE_LINE }),
  nat: () => ({ width: briefWidth('NAT gateway'), height: ONE_LINE }),
  external: (name) => ({ width: briefWidth(name), height: ONE_LINE }),
  // The control plane and its two controllers as small shapes (no brief).
  controlPlane: (x, y) => ({
    box: { x, y, width: 40, height: ONE_LINE },
    kcm: { x: x + 4, y: y + 4, width: 32, height: 6 },
    ccm: { x: x + 4, y: y + ONE_LINE - 10, width: 32, height: 6 },
  }),
};
