/**
 * Where a packet dot sits for a hop of a trace (DESIGN.md §3.2: `at` is `pod:NAME`, `node:NAME`,
 * `vpc-router` or `external:NAME`, with an optional device such as `eth0`, `cni0` or a veth name).
 */

import { ownerOf, parsePlace, VPC_ROUTER } from '../engine/index.ts';
import { cni0Id, eth0Id, NAT_ID, ROUTER_ID } from './ids.ts';
import { center } from './metrics.ts';
import type { Point, TopologyElement, TopologyLayout } from './types.ts';

/** The veth whose host-side name is `device` (veth names are derived from pod names, so unique). */
function vethNamed(layout: TopologyLayout, device: string): TopologyElement | undefined {
  return layout.elements.find((e) => e.kind === 'veth' && e.lines[0]?.text === device);
}

/** Where the pod's eth0 meets its veth: the middle of the pod box's top edge. */
function podPort(pod: TopologyElement): Point {
  return { x: pod.box.x + pod.box.width / 2, y: pod.box.y + 2 };
}

/**
 * The point for a hop, or undefined when that place is not on the diagram (not built yet).
 * Any element id (`pod:web-1/nginx`, `vswitch:vsw-a`) also works as `at`; a vSwitch with a
 * device (`node:node-a`, `vpc-router`) is the point on its bus under that element.
 */
export function packetAnchor(layout: TopologyLayout, at: string, device?: string): Point | undefined {
  const get = (id: string) => layout.byId.get(id);
  const place = parsePlace(at);
  if (place?.kind === VPC_ROUTER) {
    const vr = get(ROUTER_ID);
    return vr && { x: vr.box.x + 40, y: vr.box.y + vr.box.height / 2 };
  }
  if (at === NAT_ID) {
    const nat = get(NAT_ID);
    return nat && center(nat.box);
  }
  if (place?.kind === 'node' && place.part === undefined) {
    const node = place.name;
    if (device === undefined || device === 'eth0') {
      const eth0 = get(eth0Id(node));
      return eth0 && center(eth0.box);
    }
    if (device === 'cni0') {
      const cni0 = get(cni0Id(node));
      return cni0 && center(cni0.box);
    }
    const veth = vethNamed(layout, device);
    return veth && center(veth.box);
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
      const veth = layout.elements.find((e) => e.kind === 'veth' && ownerOf(e.id) === at);
      return veth && center(veth.box);
    }
    return podPort(pod);
  }
  const element = get(at);
  return element && center(element.box);
}
