/** The packet on the diagram: where it is, between which places, and its label. */
import type { Point } from '../../layout/index.ts';

/** A place on the diagram for a packet: a trace hop's `at` and optional `device`. */
export interface PacketPlace {
  readonly at: string;
  readonly device?: string;
}

/**
 * A Service's virtual address, drawn beside the node that resolved it (`place`): what the walk
 * called and what kube-proxy's rules made of it.
 */
export interface ServiceTag {
  readonly place: PacketPlace;
  readonly label: string;
  /** The Service had no endpoints: its packet was refused. */
  readonly refused: boolean;
}

/** Where to draw the packet: at `from`, or between `from` and `to` at `t` ∈ [0, 1]. */
export interface PacketMarker {
  readonly from: PacketPlace;
  readonly to?: PacketPlace;
  readonly t?: number;
  readonly dropped?: boolean;
  readonly label?: string;
  readonly service?: ServiceTag;
}

/** The point between two anchors at t (linear; the caller eases t). */
export function between(a: Point, b: Point | undefined, t: number): Point {
  if (!b) return a;
  const k = Math.min(1, Math.max(0, t));
  return { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k };
}
