/**
 * The topology's geometry as plain data: positioned boxes, text lines and link paths. The view
 * renders it as it is; nothing here knows React or the DOM.
 */
import type { WorldState } from '../engine/index.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type ElementKind =
  | 'vpc'
  | 'vpc-router'
  | 'vswitch'
  | 'nat-gateway'
  | 'external'
  | 'control-plane'
  | 'actor'
  | 'node'
  | 'eth0'
  /** Terway: an ENI attached to the node (eth1, eth2…), a NIC like eth0. */
  | 'eni'
  | 'flanneld'
  | 'cni0'
  | 'vtep'
  | 'pod'
  | 'veth'
  | 'container';

/** How an element stands: `pending` is work in progress (ContainerCreating), `failed` is an error. */
export type ElementStatus = 'ok' | 'pending' | 'failed';

export type LineStyle = 'title' | 'label' | 'mono' | 'muted';

/** One line of text, placed in diagram coordinates (x, y is the text's left baseline). */
export interface TextLine {
  /** Stable key; a line that appears with a step (`node:node-a#podCidr`) animates by it. */
  readonly key: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly style: LineStyle;
  /** Right-aligned at x instead of left-aligned. */
  readonly anchorEnd?: boolean;
}

/** A small pill naming a failure or a state ("CIDRNotAvailable", "host network"). */
export interface Badge {
  readonly text: string;
  readonly tone: 'error' | 'info';
  readonly box: Box;
}

export interface TopologyElement {
  /** Stable id: `vpc`, `node:node-a`, `node:node-a/cni0`, `pod:web-1/veth`, `pod:web-1/nginx`, … */
  readonly id: string;
  readonly kind: ElementKind;
  readonly box: Box;
  /** The accessible name ("ECS node node-a, 192.168.0.10, pod CIDR 172.16.0.128/25"). */
  readonly name: string;
  readonly lines: readonly TextLine[];
  readonly badges: readonly Badge[];
  readonly status: ElementStatus;
  /**
   * The one line shown instead of `lines` and badges when the diagram is drawn too small for them
   * (the overview of a large scenario): "node-a · 172.16.0.128/25". None: the shape alone.
   */
  readonly brief?: string;
  /** Drawn dashed: a host-network pod, a bridge that is down. */
  readonly dashed?: boolean;
  /** `back` boxes (VPC, nodes, …) hold others: their fill goes under the links, the rest over them. */
  readonly layer: 'back' | 'front';
}

export type LinkKind =
  | 'vswitch-bus'
  | 'uplink'
  | 'nat'
  | 'internet'
  | 'eth0'
  | 'host-route'
  | 'vtep'
  | 'veth';

export interface TopologyLink {
  /** `link:FROM~TO`, e.g. `link:pod:web-1/veth~node:node-a/cni0`. */
  readonly id: string;
  readonly kind: LinkKind;
  readonly from: string;
  readonly to: string;
  /** SVG path data. */
  readonly d: string;
}

/** One entry of the vRouter's compact route table. */
export interface RouteRow {
  /** `route:DESTINATION`, e.g. `route:172.16.0.128/25`. */
  readonly id: string;
  readonly destination: string;
  /** Short next hop for the badge: a node name, `nat-gateway`, a vSwitch, `cloud-service`. */
  readonly target: string;
  readonly type: 'system' | 'custom';
  readonly name: string;
  readonly box: Box;
}

export interface RouteBadge {
  readonly rows: readonly RouteRow[];
  /** Entries left out of the compact view (the oldest), shown as "+N earlier". */
  readonly hidden: number;
  /** The "+N earlier" line, when there is one. */
  readonly more?: TextLine;
  /** Nodes whose VPC route was refused (QuotaExceeded), shown as an error line. */
  readonly refused: readonly string[];
  readonly refusedLine?: TextLine;
}

export interface TopologyLayout {
  /** Laid out compact (LayoutOptions.compact): only the briefs are drawn, at BRIEF_FONT. */
  readonly compact: boolean;
  readonly width: number;
  readonly height: number;
  /** In reading (and tab) order; a holder always comes before what it holds. */
  readonly elements: readonly TopologyElement[];
  readonly links: readonly TopologyLink[];
  readonly routes: RouteBadge;
  readonly byId: ReadonlyMap<string, TopologyElement>;
  /** Drawn as a summary (summary.ts): one tile per node, no devices, no pods. */
  readonly summary?: boolean;
  /** In a summary, the tile holding an element not drawn (a pod, a node's part). */
  readonly holder?: (id: string) => string | undefined;
}

export interface LayoutOptions {
  /** The width available on screen; nodes wrap into rows to fit it (default 1280). */
  readonly width?: number;
  /** The height available; with both, the wrap width that gives the largest fit is chosen. */
  readonly height?: number;
  /**
   * Each element only as large as its brief needs (names and addresses, spacing.ts): for a
   * window too small for the detail's text. The view draws the briefs, not the lines.
   */
  readonly compact?: boolean;
  /**
   * The world at the construction's last step: the compact boxes are made as wide as its
   * addresses and pod CIDRs need (the longest the cluster could give, without it).
   */
  readonly final?: WorldState;
}
