/**
 * Link paths between elements that exist: the vSwitch buses, node uplinks, the NAT path, the
 * host route from eth0 to cni0, and each pod's veth. Curves and polylines: ./path.ts.
 */
import type { WorldState } from '../engine/index.ts';
import {
  cni0Id,
  eniDeviceId,
  eth0Id,
  externalId,
  linkId,
  NAT_ID,
  ROUTER_ID,
  vethId,
  vswitchId,
  vtepId,
} from './ids.ts';
import { bumpHorizontal, bumpVertical, type Point, polyline } from './path.ts';
import type { TopologyPlan } from './plan.ts';
import type { LinkKind, TopologyLink } from './types.ts';

function link(kind: LinkKind, from: string, to: string, d: string): TopologyLink {
  return { id: linkId(from, to), kind, from, to, d };
}

/** Links of the VPC level: vRouter ↔ vSwitches, vSwitch buses, NAT gateway ↔ vRouter and Internet. */
export function infraLinks(world: WorldState, plan: TopologyPlan): TopologyLink[] {
  const out: TopologyLink[] = [];
  const { vrouter, nat } = plan;
  const vr = vrouter;
  plan.vswitches.forEach((placed, k) => {
    if (!world.vpc.created || !world.vpc.vswitches.includes(placed.name)) return;
    const band = placed.band;
    const midY = band.y + band.height / 2;
    const d =
      k === 0
        ? bumpVertical([vr.x + 40, vr.y + vr.height], [vr.x + 40, band.y])
        : polyline([
            [vr.x, vr.y + 16],
            [plan.laneX, vr.y + 16],
            [plan.laneX, midY],
            [band.x, midY],
          ]);
    out.push(link('uplink', vswitchId(placed.name), ROUTER_ID, d));
    const members = [...plan.nodes.values()].filter(
      (n) => n.vswitch === placed.name && world.nodes.has(n.plan.name),
    );
    const rows = placed.buses.filter((bus) => members.some((n) => n.busY === bus.y));
    if (rows.length > 0) {
      const last = rows[rows.length - 1]?.y ?? band.y;
      const spine = `M${placed.spineX},${band.y + band.height}V${last}`;
      const buses = rows.map((bus) => `M${placed.spineX},${bus.y}H${bus.right}`).join('');
      out.push(link('vswitch-bus', vswitchId(placed.name), `${vswitchId(placed.name)}#rows`, spine + buses));
    }
  });
  if (nat && world.vpc.natGateway && world.vpc.created) {
    const source: Point = [vr.x + vr.width, nat.y + nat.height / 2];
    out.push(link('nat', NAT_ID, ROUTER_ID, bumpHorizontal(source, [nat.x, nat.y + nat.height / 2])));
    for (const [name, box] of plan.externals) {
      const target: Point = [box.x + box.width / 2, box.y + box.height];
      const d = bumpVertical([nat.x + nat.width / 2, nat.y], target);
      out.push(link('internet', externalId(name), NAT_ID, d));
    }
  }
  return out;
}

/**
 * Links inside and out of one node: eth0 ↔ its bus, cni0 ↔ eth0, flannel.1 ↔ eth0 on a vxlan
 * node (on the same lane: the route to another node's pods leaves cni0 for flannel.1, whose UDP
 * goes out of eth0), each veth ↔ cni0.
 */
export function nodeLinks(world: WorldState, plan: TopologyPlan, name: string): TopologyLink[] {
  const placed = plan.nodes.get(name);
  const node = world.nodes.get(name);
  if (!placed || !node) return [];
  const { origin, plan: np } = placed;
  const ex = origin.x + np.eth0.x + np.eth0.width / 2;
  const out: TopologyLink[] = [];
  if (world.vpc.vswitches.includes(node.vswitch)) {
    const d = polyline([
      [ex, origin.y + np.eth0.y],
      [ex, placed.busY],
    ]);
    out.push(link('eth0', eth0Id(name), vswitchId(node.vswitch), d));
  }
  // Terway: each ENI joins its vSwitch's bus as eth0 does (drawn when it is in the node's vSwitch).
  const enis = world.terway?.nodes.get(name)?.enis ?? [];
  enis.slice(0, np.enis?.length ?? 0).forEach((eni, i) => {
    const box = np.enis?.[i];
    if (!box || eni.vswitch !== node.vswitch || !world.vpc.vswitches.includes(node.vswitch)) return;
    // Up from the chip, over to the node's right edge (between the actor chips and the ENIs), up to the bus.
    const x = origin.x + box.x + box.width / 2;
    const turn = origin.y + box.y - 5 - 2 * i;
    const lane = origin.x + (np.eniLaneX ?? np.width - 4);
    const d = polyline([
      [x, origin.y + box.y],
      [x, turn],
      [lane, turn],
      [lane, placed.busY],
    ]);
    out.push(link('eth0', eniDeviceId(name, eni.device), vswitchId(node.vswitch), d));
  });
  // Terway: each pod's veth (cali…) to the ENI its address belongs to, which its traffic leaves by.
  for (const slot of np.pods) {
    const pod = world.pods.get(slot.name);
    const device = world.terway?.pods.get(slot.name)?.eni;
    const index = device === undefined ? -1 : enis.findIndex((e) => e.device === device);
    const chip = np.enis?.[Math.min(index, (np.enis?.length ?? 0) - 1)];
    if (!pod?.veth || index < 0 || !chip) continue;
    const vx = origin.x + slot.veth.x + slot.veth.width / 2;
    const vy = origin.y + slot.veth.y;
    const bottom = origin.y + chip.y + chip.height;
    const mid = (bottom + origin.y + (np.pods[0]?.veth.y ?? slot.veth.y)) / 2;
    const cx = origin.x + chip.x + chip.width / 2;
    const points: Point[] =
      slot.row === 0
        ? [
            [vx, vy],
            [vx, mid],
            [cx, mid],
            [cx, bottom],
          ]
        : [
            [origin.x + slot.veth.x, vy + slot.veth.height / 2],
            [origin.x + slot.box.x - 6, vy + slot.veth.height / 2],
            [origin.x + slot.box.x - 6, mid],
            [cx, mid],
            [cx, bottom],
          ];
    out.push(
      link('veth', vethId(slot.name, pod.containers), eniDeviceId(name, device as string), polyline(points)),
    );
  }
  const lane = origin.x + np.laneX;
  if (np.vtep && node.flannelLease?.vtep) {
    const mid = origin.y + np.vtep.y + np.vtep.height / 2;
    const d = polyline([
      [lane, origin.y + np.eth0.y + np.eth0.height],
      [lane, mid],
      [origin.x + np.vtep.x + np.vtep.width, mid],
    ]);
    out.push(link('vtep', vtepId(name), eth0Id(name), d));
  }
  if (!node.cni0) return out;
  const cni0 = np.cni0;
  const cniMid = origin.y + cni0.y + cni0.height / 2;
  const hostRoute = polyline([
    [lane, origin.y + np.eth0.y + np.eth0.height],
    [lane, cniMid],
    [origin.x + cni0.x + cni0.width, cniMid],
  ]);
  out.push(link('host-route', cni0Id(name), eth0Id(name), hostRoute));
  const cniBottom = origin.y + cni0.y + cni0.height;
  for (const slot of np.pods) {
    const pod = world.pods.get(slot.name);
    if (!pod?.veth) continue;
    const vx = origin.x + slot.veth.x;
    const vy = origin.y + slot.veth.y;
    const points: Point[] =
      slot.row === 0
        ? [
            [vx + slot.veth.width / 2, cniBottom],
            [vx + slot.veth.width / 2, vy],
          ]
        : [
            [origin.x + slot.box.x - 6, cniBottom],
            [origin.x + slot.box.x - 6, vy + slot.veth.height / 2],
            [vx, vy + slot.veth.height / 2],
          ];
    out.push(link('veth', vethId(slot.name, pod.containers), cni0Id(name), polyline(points)));
  }
  return out;
}
