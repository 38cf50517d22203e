/**
 * The inside of one ECS node box, relative to its top-left corner, planned from the scenario
 * alone (every pod the node will ever hold), so nothing moves as the construction proceeds.
 */
import { type NodeSpec, type PodSpec, VXLAN_DEVICE } from '../engine/index.ts';
import { textWidth } from './metrics.ts';
import type { Box } from './types.ts';

export const NODE_PAD = 10;
/** Baselines of the header lines. */
export const NODE_TITLE_Y = 21;
export const NODE_INSTANCE_Y = 42;
export const NODE_CIDR_Y = 60;
const CHIP_HEIGHT = 22;
const ACTORS_Y = 70;
const VTEP_Y = 102;
/** cni0 and the pods, one chip row lower on a vxlan node, where flannel.1 takes the row above. */
const CNI0_Y = 102;
const PODS_Y = 136;
const VTEP_ROW = CHIP_HEIGHT + 6;
/** Width kept free on the right for the eth0 ↔ cni0 host route. */
const LANE = 24;
export const VETH_HEIGHT = 16;
export const POD_WIDTH = 152;
const POD_GAP_X = 12;
const POD_GAP_Y = 14;
const MAX_POD_COLUMNS = 5;
export const CONTAINER_PITCH = 15;

export interface PodSlot {
  readonly name: string;
  readonly row: number;
  readonly column: number;
  readonly box: Box;
  /** The host end of the veth pair, just above the pod box. */
  readonly veth: Box;
  readonly containers: readonly { readonly name: string; readonly box: Box }[];
}

export interface NodePlan {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly eth0: Box;
  readonly flanneld: Box;
  readonly kubelet: Box;
  readonly cniPlugin: Box;
  readonly cni0: Box;
  /** flannel.1 on a vxlan cluster: a bar like cni0's, between the actors and cni0. */
  readonly vtep?: Box;
  /**
   * Terway: the ENIs the node will attach (eth1, eth2…), in cni0's row (a Terway node has no
   * cni0), right-aligned; each one's link runs up the node's right edge, past eth0, to the bus.
   */
  readonly enis?: readonly Box[];
  /** x of the ENIs' lane up the node's right edge, outside eth0. */
  readonly eniLaneX?: number;
  /** x of the vertical host-route lane from eth0 down to cni0. */
  readonly laneX: number;
  readonly pods: readonly PodSlot[];
}

/** Chip widths: label plus padding. */
export const CHIP_TEXT = {
  flanneld: 'flanneld',
  hostNetwork: 'hostNetwork',
  kubelet: 'kubelet',
  cni: 'CNI plugin',
};
const FLANNELD_WIDTH =
  textWidth(CHIP_TEXT.flanneld, 'label') + textWidth(CHIP_TEXT.hostNetwork, 'muted') + 20;
const KUBELET_WIDTH = textWidth(CHIP_TEXT.kubelet, 'label') + 14;
const CNI_WIDTH = textWidth(CHIP_TEXT.cni, 'label') + 14;
/** Narrowest node: the actor chips in one row, then the host-route lane. */
const MIN_NODE_WIDTH = NODE_PAD + FLANNELD_WIDTH + 6 + KUBELET_WIDTH + 6 + CNI_WIDTH + LANE;

/** eth0's label, also used for its chip's width. */
export function eth0Label(ip: string, prefix: number | string): string {
  return `eth0 ${ip}/${prefix}`;
}

/** Pod grid shape: at most five (or `most`) columns, rows balanced (6 pods → 3 × 2, 7 → 4 + 3). */
export function podGrid(count: number, most = MAX_POD_COLUMNS): { columns: number; rows: number } {
  if (count === 0) return { columns: 0, rows: 0 };
  const rows = Math.ceil(count / most);
  const columns = Math.ceil(count / rows);
  return { columns, rows };
}

function podHeight(maxContainers: number): number {
  // name, eth0 address, one line per container, a status line
  return 48 + CONTAINER_PITCH * maxContainers + 18;
}

/** flannel.1's label: its address (the pod CIDR's network as a /32) and MTU. */
export function vtepLabel(address: string, mtu: number): { name: string; address: string; mtu: string } {
  return { name: VXLAN_DEVICE, address: `${address}/32`, mtu: `MTU ${mtu}` };
}

/** The width flannel.1's bar needs for `label`, with room at its right end for the packet's dot. */
function vtepWidth(label: ReturnType<typeof vtepLabel>): number {
  return (
    8 +
    textWidth(label.name, 'label') +
    6 +
    textWidth(label.address, 'mono') +
    8 +
    textWidth(label.mtu, 'muted') +
    2 * DOT_ROOM
  );
}

/** Room for the packet's dot at an ENI chip's right end (layout/anchor.ts DOT_CLEARANCE). */
const ENI_DOT_ROOM = 14;

/** An ENI chip's label: its device and how many private addresses it holds (primary included). */
export function eniLabel(device: string, ips: number): string {
  return `${device} · ${ips} IP${ips === 1 ? '' : 's'}`;
}

/** An ENI chip's width: the longest label it can show (30 addresses is the default quota). */
export const ENI_WIDTH = textWidth(eniLabel('eth9', 30), 'mono') + 14 + 2 * ENI_DOT_ROOM;
const ENI_GAP = 6;

/** Room the packet's dot takes at the right end of a bar (layout/anchor.ts DOT_CLEARANCE). */
const DOT_ROOM = 14;

/**
 * Plans one node box: header, eth0, the actor chips, cni0 and a grid of pod slots; with `vtep`
 * (the longest flannel.1 label the cluster can give, on a vxlan cluster) a row for flannel.1.
 */
export function planNode(
  spec: NodeSpec,
  pods: readonly PodSpec[],
  vswitchPrefix: number,
  vtep?: ReturnType<typeof vtepLabel>,
  /** Terway: how many ENIs the node will attach (a chip each, left of eth0). */
  enis = 0,
): NodePlan {
  const down = vtep ? VTEP_ROW : 0;
  const { columns, rows } = podGrid(pods.length);
  const maxContainers = Math.max(1, ...pods.map((p) => p.containers.length));
  const podH = podHeight(maxContainers);
  const eth0Width = textWidth(eth0Label(spec.ip, vswitchPrefix), 'mono') + 14;
  const titleWidth = textWidth(`${spec.name} ${spec.role}`, 'title') + 12;
  const gridWidth = columns * POD_WIDTH + Math.max(0, columns - 1) * POD_GAP_X + 8;
  const width = Math.max(
    MIN_NODE_WIDTH,
    NODE_PAD * 2 + titleWidth + eth0Width,
    NODE_PAD * 2 + gridWidth,
    vtep ? NODE_PAD + vtepWidth(vtep) + LANE : 0,
  );
  const gridHeight = rows * (VETH_HEIGHT + podH) + Math.max(0, rows - 1) * POD_GAP_Y;
  const height =
    pods.length === 0 ? ACTORS_Y + CHIP_HEIGHT + NODE_PAD + down : PODS_Y + down + gridHeight + NODE_PAD;
  const slots = pods.map((pod, i): PodSlot => {
    const row = Math.floor(i / columns);
    const column = i % columns;
    const x = NODE_PAD + 8 + column * (POD_WIDTH + POD_GAP_X);
    const top = PODS_Y + down + row * (VETH_HEIGHT + podH + POD_GAP_Y);
    const box = { x, y: top + VETH_HEIGHT, width: POD_WIDTH, height: podH };
    return {
      name: pod.name,
      row,
      column,
      box,
      veth: { x: x + 8, y: top, width: POD_WIDTH - 16, height: VETH_HEIGHT },
      containers: pod.containers.map((name, c) => ({
        name,
        box: {
          x: x + 6,
          y: box.y + 40 + c * CONTAINER_PITCH,
          width: POD_WIDTH - 12,
          height: CONTAINER_PITCH,
        },
      })),
    };
  });
  const flanneld = { x: NODE_PAD, y: ACTORS_Y, width: FLANNELD_WIDTH, height: CHIP_HEIGHT };
  const kubelet = {
    x: flanneld.x + flanneld.width + 6,
    y: ACTORS_Y,
    width: KUBELET_WIDTH,
    height: CHIP_HEIGHT,
  };
  const eth0X = width - NODE_PAD - eth0Width;
  // As many chips as the row holds; the last one counts the rest.
  const fit = Math.max(1, Math.floor((width - 2 * NODE_PAD - LANE + ENI_GAP) / (ENI_WIDTH + ENI_GAP)));
  const shown = Math.min(enis, fit);
  const eniBoxes = Array.from({ length: shown }, (_, i) => ({
    x: width - NODE_PAD - LANE - (shown - i) * (ENI_WIDTH + ENI_GAP) + ENI_GAP,
    y: CNI0_Y,
    width: ENI_WIDTH,
    height: CHIP_HEIGHT,
  }));
  return {
    name: spec.name,
    width,
    height,
    eth0: { x: eth0X, y: 6, width: eth0Width, height: CHIP_HEIGHT },
    ...(enis > 0 && { enis: eniBoxes }),
    flanneld,
    kubelet,
    cniPlugin: { x: kubelet.x + kubelet.width + 6, y: ACTORS_Y, width: CNI_WIDTH, height: CHIP_HEIGHT },
    cni0: { x: NODE_PAD, y: CNI0_Y + down, width: width - NODE_PAD - LANE, height: CHIP_HEIGHT },
    ...(vtep && { vtep: { x: NODE_PAD, y: VTEP_Y, width: width - NODE_PAD - LANE, height: CHIP_HEIGHT } }),
    laneX: width - 15,
    eniLaneX: width - 4,
    pods: slots,
  };
}
