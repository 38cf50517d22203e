/** Elements around the nodes: externals, control plane, VPC, vRouter, NAT gateway, vSwitches. */
import type { WorldState } from '../engine/index.ts';
import { CCM_ID, CONTROL_PLANE_ID, externalId, KCM_ID, NAT_ID, ROUTER_ID, VPC_ID, vswitchId } from './ids.ts';
import { textWidth } from './metrics.ts';
import type { TopologyPlan } from './plan.ts';
import { CP_TEXT, DEST_COLUMN } from './plan-infra.ts';
import type { Box, ElementKind, TextLine, TopologyElement } from './types.ts';

/** Builds an element: no badges, status ok, drawn in front, unless told otherwise. */
export function element(
  id: string,
  kind: ElementKind,
  box: Box,
  name: string,
  lines: readonly TextLine[],
  extra: Partial<Pick<TopologyElement, 'badges' | 'status' | 'dashed' | 'layer' | 'brief'>> = {},
): TopologyElement {
  return { id, kind, box, name, lines, badges: [], status: 'ok', layer: 'front', ...extra };
}

/** A line at an offset from a box's top-left corner. */
export function lineIn(
  box: Box,
  key: string,
  text: string,
  dx: number,
  dy: number,
  style: TextLine['style'],
): TextLine {
  return { key, text, x: box.x + dx, y: box.y + dy, style };
}

function outside(world: WorldState, plan: TopologyPlan): TopologyElement[] {
  const out: TopologyElement[] = [];
  for (const external of world.scenario.externals) {
    const box = plan.externals.get(external.name);
    if (!box) continue;
    const id = externalId(external.name);
    const name = `External endpoint ${external.name}, ${external.ip}`;
    out.push(
      element(
        id,
        'external',
        box,
        name,
        [
          lineIn(box, id, external.name, 12, 20, 'title'),
          lineIn(box, `${id}#ip`, external.ip, 12, 38, 'mono'),
        ],
        { brief: external.name },
      ),
    );
  }
  if (world.controllerManagerConfigured) {
    const cp = plan.controlPlane;
    const kcmName = `kube-controller-manager, cluster CIDR ${world.scenario.cluster.podCidr}`;
    out.push(
      element(
        CONTROL_PLANE_ID,
        'control-plane',
        cp.box,
        'Kubernetes control plane',
        [lineIn(cp.box, CONTROL_PLANE_ID, CP_TEXT.title, 10, 20, 'title')],
        { layer: 'back' },
      ),
      element(KCM_ID, 'actor', cp.kcm, kcmName, [lineIn(cp.kcm, KCM_ID, CP_TEXT.kcm, 8, 15, 'label')]),
      element(CCM_ID, 'actor', cp.ccm, 'cloud-controller-manager (CCM), writes the VPC routes', [
        lineIn(cp.ccm, CCM_ID, CP_TEXT.ccm, 8, 15, 'label'),
      ]),
    );
  }
  return out;
}

function vpcParts(world: WorldState, plan: TopologyPlan): TopologyElement[] {
  const { scenario, vpc } = world;
  if (!vpc.created) return [];
  const title = `VPC ${scenario.vpc.cidr}`;
  const vr = plan.vrouter;
  const count = vpc.routeTable.length;
  const out = [
    element(VPC_ID, 'vpc', plan.vpc, title, [lineIn(plan.vpc, VPC_ID, title, 14, 24, 'title')], {
      layer: 'back',
    }),
    element(
      ROUTER_ID,
      'vpc-router',
      vr,
      `vRouter, route table with ${count} entries`,
      [
        lineIn(vr, ROUTER_ID, 'vRouter', 10, 20, 'title'),
        {
          ...lineIn(vr, `${ROUTER_ID}#count`, `route table · ${count}`, vr.width - 10, 20, 'muted'),
          anchorEnd: true,
        },
        lineIn(vr, `${ROUTER_ID}#dest`, 'destination', 10, 38, 'muted'),
        lineIn(vr, `${ROUTER_ID}#hop`, 'next hop', 10 + DEST_COLUMN, 38, 'muted'),
      ],
      { brief: `vRouter · ${count} route${count === 1 ? '' : 's'}` },
    ),
  ];
  const eip = scenario.vpc.natGateway?.eip;
  if (vpc.natGateway && plan.nat && eip) {
    const box = plan.nat;
    out.push(
      element(
        NAT_ID,
        'nat-gateway',
        box,
        `NAT gateway, EIP ${eip}`,
        [
          lineIn(box, NAT_ID, 'NAT gateway', 12, 22, 'title'),
          lineIn(box, `${NAT_ID}#eip`, `EIP ${eip}`, 12, 42, 'mono'),
        ],
        { brief: 'NAT gateway' },
      ),
    );
  }
  for (const placed of plan.vswitches) {
    if (!vpc.vswitches.includes(placed.name)) continue;
    const id = vswitchId(placed.name);
    const label = `vSwitch ${placed.name}`;
    out.push(
      element(
        id,
        'vswitch',
        placed.band,
        `vSwitch ${placed.name}, ${placed.cidr}`,
        [
          lineIn(placed.band, id, label, 10, 18, 'label'),
          lineIn(placed.band, `${id}#cidr`, placed.cidr, 20 + textWidth(label, 'label'), 18, 'mono'),
        ],
        { brief: `${label} ${placed.cidr}` },
      ),
    );
  }
  return out;
}

/** The elements outside the nodes, in reading order: the top row, then the VPC's own parts. */
export function infraElements(world: WorldState, plan: TopologyPlan): TopologyElement[] {
  return [...outside(world, plan), ...vpcParts(world, plan)];
}
