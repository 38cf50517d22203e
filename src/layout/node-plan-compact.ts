/**
 * A node box of the compact diagram (an embed, a small window): its brief (name and pod CIDR) on
 * two lines at the top, eth0, the actors and cni0 as small shapes without text, and its pods, each
 * just wide enough for its name and the longest address the cluster can give it.
 */
import type { NodeSpec, PodSpec } from '../engine/index.ts';
import { BRIEF_FONT, briefWidth } from './metrics.ts';
import { type NodePlan, type PodSlot, podGrid } from './node-plan.ts';

const PAD = 6;
/** The brief's two lines (brief.ts: from the top, 1.2 × the font apart). */
const HEADER = Math.ceil(BRIEF_FONT * 3);
const CHIP = { y: HEADER, height: 6, width: 14, eth0: 24 };
const CNI0 = { y: CHIP.y + CHIP.height + 3, height: 5 };
/** On a vxlan node flannel.1 is a bar like cni0's, above it; cni0 and the pods go this much lower. */
const VTEP_ROW = CNI0.height + 3;
const PODS_Y = CNI0.y + CNI0.height + 4;
const VETH = 5;
/**
 * A pod's two brief lines, centred (brief.ts), then its containers as a row of small squares
 * (ElementShape draws each 5 units below its box's top).
 */
const POD_HEIGHT = Math.ceil(BRIEF_FONT * 3.7);
const CONTAINERS_Y = POD_HEIGHT - 12;
const GAP = 6;
/** Room on the right for the host route from eth0 down to cni0. */
const LANE = 10;

/**
 * The longest address text a prefix of `cidr` ("172.16.0.0/16") can give: its fixed octets as
 * written, three digits for each of the others.
 */
export function longestAddress(cidr: string): string {
  const [ip = '', bits = '0'] = cidr.split('/');
  const fixed = Math.floor(Number(bits) / 8);
  return ip
    .split('.')
    .map((octet, i) => (i < fixed ? octet : '255'))
    .join('.');
}

/** The texts a compact node's brief and its pods' briefs will show, for their boxes' widths. */
export interface CompactTexts {
  /** The node's pod CIDR ("172.16.0.128/25"), or a failure's name. */
  readonly node: (name: string) => string;
  /** A pod's address ("172.16.0.130"). */
  readonly pod: (name: string) => string;
}

/**
 * Plans one compact node box for `spec` and its `pods`, each box as wide as `texts` need, with
 * at most `columns` pods side by side, and a flannel.1 bar when `vtep` (a vxlan cluster).
 */
export function planCompactNode(
  spec: NodeSpec,
  pods: readonly PodSpec[],
  texts: CompactTexts,
  columns: number,
  vtep = false,
): NodePlan {
  const down = vtep ? VTEP_ROW : 0;
  const grid = podGrid(pods.length, columns);
  // One width for every pod of the node, so its grid stays even.
  const podWidth = Math.max(
    0,
    ...pods.map((p) => Math.max(briefWidth(p.name), briefWidth(texts.pod(p.name)))),
  );
  const cidr = texts.node(spec.name);
  const gridWidth = grid.columns * podWidth + Math.max(0, grid.columns - 1) * GAP + 4;
  const chipsWidth = 3 * (CHIP.width + 3) + CHIP.eth0 + 8;
  const width = Math.max(briefWidth(spec.name), briefWidth(cidr), gridWidth + LANE, chipsWidth) + PAD * 2;
  const height =
    pods.length === 0
      ? CNI0.y + CNI0.height + PAD + down
      : PODS_Y + down + grid.rows * (VETH + POD_HEIGHT + GAP) - GAP + PAD;
  const slots = pods.map((pod, i): PodSlot => {
    const row = Math.floor(i / grid.columns);
    const column = i % grid.columns;
    const x = PAD + 4 + column * (podWidth + GAP);
    const top = PODS_Y + down + row * (VETH + POD_HEIGHT + GAP);
    const box = { x, y: top + VETH, width: podWidth, height: POD_HEIGHT };
    const each = (podWidth - 8) / Math.max(1, pod.containers.length);
    return {
      name: pod.name,
      row,
      column,
      box,
      veth: { x: x + 8, y: top, width: podWidth - 16, height: VETH },
      containers: pod.containers.map((name, c) => ({
        name,
        box: { x: x + 4 + c * each, y: box.y + CONTAINERS_Y, width: each, height: 8 },
      })),
    };
  });
  const chip = (n: number) => ({
    x: PAD + n * (CHIP.width + 3),
    y: CHIP.y,
    width: CHIP.width,
    height: CHIP.height,
  });
  return {
    name: spec.name,
    width,
    height,
    eth0: { x: width - PAD - CHIP.eth0, y: CHIP.y, width: CHIP.eth0, height: CHIP.height },
    flanneld: chip(0),
    kubelet: chip(1),
    cniPlugin: chip(2),
    cni0: { x: PAD, y: CNI0.y + down, width: width - PAD - LANE, height: CNI0.height },
    ...(vtep && { vtep: { x: PAD, y: CNI0.y, width: width - PAD - LANE, height: CNI0.height } }),
    laneX: width - LANE / 2,
    pods: slots,
  };
}
