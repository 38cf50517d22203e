import { interpolateNumber } from 'd3-interpolate';
import { FONT_SIZE, type Point } from '../../layout/index.ts';

/** A place on the diagram for a packet: a trace hop's `at` and optional `device`. */
export interface PacketPlace {
  readonly at: string;
  readonly device?: string;
}

/** Where to draw the packet: at `from`, or between `from` and `to` at `t` ∈ [0, 1]. */
export interface PacketMarker {
  readonly from: PacketPlace;
  readonly to?: PacketPlace;
  readonly t?: number;
  readonly dropped?: boolean;
  readonly label?: string;
}

/** The point between two anchors at t (linear; the caller eases t). */
export function between(a: Point, b: Point | undefined, t: number): Point {
  if (!b) return a;
  const k = Math.min(1, Math.max(0, t));
  return { x: interpolateNumber(a.x, b.x)(k), y: interpolateNumber(a.y, b.y)(k) };
}

/** The packet as a dot (the hop list, not the dot, tells where it is and why). */
export function PacketDot({ at, dropped, label }: { at: Point; dropped?: boolean; label?: string }) {
  return (
    <g pointerEvents="none" transform={`translate(${at.x} ${at.y})`}>
      <circle
        r={8}
        strokeWidth={2.5}
        className={dropped ? 'fill-red-600 stroke-white' : 'fill-rose-500 stroke-white dark:stroke-slate-900'}
      />
      {label && (
        <text
          x={12}
          y={4}
          fontSize={FONT_SIZE.label}
          className="fill-rose-700 font-semibold dark:fill-rose-300"
        >
          {label}
        </text>
      )}
    </g>
  );
}
