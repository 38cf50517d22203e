/**
 * Where a packet dot sits for a hop of a trace (DESIGN.md §3.2: `at` is `pod:NAME`, `node:NAME`,
 * `vpc-router` or `external:NAME`, with an optional device such as `eth0`, `cni0` or a veth name).
 */

import { ownerOf, parsePlace, VPC_ROUTER, VXLAN_DEVICE } from '../engine/index.ts';
import { cni0Id, eniDeviceId, eth0Id, NAT_ID, ROUTER_ID, vtepId } from './ids.ts';
import { center } from './metrics.ts';
import type { Box, Point, TopologyElement, TopologyLayout } from './types.ts';

/** The veth whose host-side name is `device` (veth names are derived from pod names, so unique). */
function vethNamed(layout: TopologyLayout, device: string): TopologyElement | undefined {
  return layout.elements.find((e) => e.kind === 'veth' && e.lines[0]?.text === device);
}

/**
 * Room the packet's dot takes around its point (the view draws it with radius 11 and a 3-unit
 * stroke): a dot put beside a device's text keeps this far from it.
 */
export const DOT_CLEARANCE = 14;

/**
 * Where the pod's eth0 meets its veth: on the pod box's top edge, at its right end (the pod's
 * name and address are written from the left), under the veth's free end.
 */
function podPort(pod: TopologyElement): Point {
  return { x: pod.box.x + pod.box.width - DOT_CLEARANCE - 8, y: pod.box.y + 2 };
}

/** The right end of a chip (cni0, a veth), past its text, which is written from the left. */
function chipEnd(box: Box): Point {
  return { x: box.x + box.width - DOT_CLEARANCE, y: box.y + box.height / 2 };
}

/**
 * In the full layout the dot sits beside the text of the element it visits: on the link just
 * outside the box. A compact layout's small chips carry no text: there it sits on them.
 */
const beside = (layout: TopologyLayout, point: Point, inside: Point): Point =>
  layout.compact ? inside : point;

/**
 * The point for a hop, or undefined when that place is not on the diagram (not built yet).
 * Any element id (`pod:web-1/nginx`, `vswitch:vsw-a`) also works as `at`; a vSwitch with a
 * device (`node:node-a`, `vpc-router`) is the point on its bus under that element.
 */
export function packetAnchor(layout: TopologyLayout, at: string, device?: string): Point | undefined {
  const get = (id: string) => layout.byId.get(id);
  const place = parsePlace(at);
  if (place?.kind === VPC_ROUTER) {
    // At the vRouter's foot, on its uplink to the first vSwitch: its rows stay readable.
    const vr = get(ROUTER_ID)?.box;
    const x = (vr?.x ?? 0) + 40;
    return (
      vr && beside(layout, { x, y: vr.y + vr.height + DOT_CLEARANCE - 2 }, { x, y: vr.y + vr.height / 2 })
    );
  }
  if (at === NAT_ID) {
    // On its left, where the link from the vRouter comes in.
    const nat = get(NAT_ID)?.box;
    return nat && beside(layout, { x: nat.x - DOT_CLEARANCE, y: nat.y + nat.height / 2 }, center(nat));
  }
  if (place?.kind === 'node' && place.part === undefined) {
    const node = place.name;
    if (device === undefined || device === 'eth0') {
      // On the eth0 link just above the chip, its address readable.
      const eth0 = get(eth0Id(node))?.box;
      return (
        eth0 && beside(layout, { x: eth0.x + eth0.width / 2, y: eth0.y - DOT_CLEARANCE + 1 }, center(eth0))
      );
    }
    if (device === 'cni0') {
      const cni0 = get(cni0Id(node))?.box;
      return cni0 && beside(layout, chipEnd(cni0), center(cni0));
    }
    if (device === VXLAN_DEVICE) {
      const vtep = get(vtepId(node))?.box;
      return vtep && beside(layout, chipEnd(vtep), center(vtep));
    }
    const eni = get(eniDeviceId(node, device));
    if (eni?.kind === 'eni') {
      // Terway: at the ENI chip's right end, past its text.
      return beside(layout, chipEnd(eni.box), center(eni.box));
    }
    const veth = vethNamed(layout, device)?.box;
    return veth && beside(layout, chipEnd(veth), center(veth));
  }
  // A vSwitch with a device (`node:NAME` or `vpc-router`): where that element's link meets the
  // bus, so a packet between a node and the vRouter follows the links instead of cutting across.
  if (place?.kind === 'vswitch' && device !== undefined) {
    const band = get(at);
    const above = packetAnchor(layout, device);
    return band && above && { x: above.x, y: band.box.y + band.box.height / 2 };
  }
  if (place?.kind === 'pod' && place.part === undefined) {
    const pod = get(at);
    if (!pod) return undefined;
    if (device?.startsWith('veth')) {
      const veth = layout.elements.find((e) => e.kind === 'veth' && ownerOf(e.id) === at)?.box;
      return veth && beside(layout, chipEnd(veth), center(veth));
    }
    return beside(layout, podPort(pod), { x: pod.box.x + pod.box.width / 2, y: pod.box.y + 2 });
  }
  const element = get(at);
  if (!element) return undefined;
  // An external endpoint: under it, on the link from the NAT gateway.
  if (element.kind === 'external')
    return beside(
      layout,
      { x: element.box.x + element.box.width / 2, y: element.box.y + element.box.height + DOT_CLEARANCE },
      center(element.box),
    );
  return center(element.box);
}
