/**
 * Where the packet dot is drawn: a function of the walk, the hop cursor and the hop's progress
 * (the app's one clock). The dot travels from where the last hop left it through the places of
 * this hop (device in, device out), via the vSwitch between a node and the vRouter.
 */

import {
  format,
  type Hop,
  nameOf,
  nodePart,
  nodePlace,
  parsePlace,
  type ResolvedEndpoint,
  routePlace,
  VPC_ROUTER,
  VXLAN_DEVICE,
  vswitchPlace,
  type WorldState,
} from '../../engine/index.ts';
import { packet as en } from '../../i18n/en/packet.ts';
import { vethId } from '../../layout/index.ts';
import type { WalkHop } from '../../store/index.ts';
import { easeCubicInOut } from '../ease.ts';
import type { PacketMarker, PacketPlace } from '../topology/index.ts';
import { vpcEvidenceDestination } from './evidence-target.ts';
import { packetLabel } from './hop-text.ts';
import { serviceTag } from './service-tag.ts';

export interface WalkEnds {
  readonly from: ResolvedEndpoint;
  readonly to: ResolvedEndpoint;
}

const samePlace = (a: PacketPlace, b: PacketPlace) => a.at === b.at && a.device === b.device;

function startPlace(ends: WalkEnds): PacketPlace {
  const { at, container } = ends.from;
  return container ? { at: `${at}/${container}` } : { at };
}

/** Where a hop leaves the packet: its device out, or the container a delivery ends in. */
function restPlace(entry: WalkHop, ends: WalkEnds): PacketPlace {
  const { hop, direction } = entry;
  const end = direction === 'request' ? ends.to : ends.from;
  if (hop.action === 'deliver' && end.container && hop.at === end.at)
    return { at: `${end.at}/${end.container}` };
  const device = hop.deviceOut ?? hop.deviceIn ?? hop.device;
  return device === undefined ? { at: hop.at } : { at: hop.at, device };
}

function nodeOf(place: PacketPlace): string | null {
  return nameOf(place.at, 'node') ?? null;
}

/** The places the packet passes to reach hop `index` (0-based), starting where it was. */
export function hopWaypoints(
  hops: readonly WalkHop[],
  index: number,
  ends: WalkEnds,
  vswitchOf: (node: string) => string | undefined,
): PacketPlace[] {
  const entry = hops[index];
  const previous = hops[index - 1];
  const start = previous ? restPlace(previous, ends) : startPlace(ends);
  if (!entry) return [start];
  const { hop } = entry;
  const points: PacketPlace[] = [start];
  // Between a node and the vRouter the packet follows the links over the node's vSwitch bus.
  const up = hop.at === VPC_ROUTER;
  const node = up ? nodeOf(start) : start.at === VPC_ROUTER ? nodeOf({ at: hop.at }) : null;
  const vswitch = node === null ? undefined : vswitchOf(node);
  if (node !== null && vswitch) {
    const bus = vswitchPlace(vswitch);
    const crossings = [
      { at: bus, device: nodePlace(node) },
      { at: bus, device: VPC_ROUTER },
    ];
    points.push(...(up ? crossings : crossings.reverse()));
  }
  if (hop.deviceIn) points.push({ at: hop.at, device: hop.deviceIn });
  points.push(restPlace(entry, ends));
  return points.filter((p, i) => i === 0 || !samePlace(p, points[i - 1] as PacketPlace));
}

/** The marker's words: the packet part's, in the page's language. */
export type MarkerWords = Pick<typeof en, 'droppedMarker' | 'serviceDnatTag' | 'serviceRejectTag'>;

/** The dot for hop `number` (1-based) at `progress` ∈ [0, 1] of its movement. */
export function walkMarker(
  hops: readonly WalkHop[],
  number: number,
  progress: number,
  ends: WalkEnds,
  vswitchOf: (node: string) => string | undefined,
  words: MarkerWords = en,
): PacketMarker | undefined {
  const entry = hops[number - 1];
  if (!entry) return undefined;
  const points = hopWaypoints(hops, number - 1, ends, vswitchOf);
  const arrived = progress >= 1;
  const { hop } = entry;
  const dropped = arrived && hop.action === 'drop';
  const label = dropped
    ? format(words.droppedMarker, { packet: packetLabel(hop.before) }, 'en')
    : packetLabel(arrived ? hop.after : hop.before);
  const tag = serviceTag(hops, number, ends.to, words);
  const service = tag ? { service: tag } : {};
  const segments = points.length - 1;
  if (segments === 0 || arrived) return { from: points[segments] as PacketPlace, dropped, label, ...service };
  const k = easeCubicInOut(Math.max(0, progress)) * segments;
  const seg = Math.min(segments - 1, Math.floor(k));
  return {
    from: points[seg] as PacketPlace,
    to: points[seg + 1] as PacketPlace,
    t: k - seg,
    label,
    ...service,
  };
}

/** The diagram elements a hop happens at (ringed), with the vRouter's matched route row. */
export function hopHighlightIds(hop: Hop, world: WorldState): string[] {
  const place = parsePlace(hop.at);
  if (place?.kind === VPC_ROUTER) {
    const destination = vpcEvidenceDestination(hop.evidence);
    return destination === null ? [VPC_ROUTER] : [VPC_ROUTER, routePlace(destination)];
  }
  if (place?.kind === 'node') {
    const device = hop.deviceOut ?? hop.deviceIn ?? hop.device;
    if (device === 'eth0' || device === 'cni0' || device === VXLAN_DEVICE)
      return [nodePart(place.name, device)];
    // Terway: an ENI of the node (eth1, eth2…).
    if (world.terway?.nodes.get(place.name)?.enis.some((e) => e.device === device))
      return [nodePart(place.name, device as `eth${number}`)];
    // A veth is drawn with its pod: find the pod whose host-side veth this is.
    const pod = [...world.pods.values()].find((p) => p.veth?.hostName === device);
    return pod ? [vethId(pod.name, pod.containers)] : [hop.at];
  }
  return place?.kind === 'host' ? [] : [hop.at];
}
