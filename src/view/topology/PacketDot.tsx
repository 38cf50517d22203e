import { FONT_SIZE, type Point } from '../../layout/index.ts';
import { textWidth } from '../../layout/metrics.ts';

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
  return { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k };
}

/**
 * The label in a pill above the dot, so it stays readable over the diagram's own text; moved
 * sideways, if need be, to stay inside the diagram's width.
 */
function PacketLabel({
  label,
  dropped,
  x,
  maxX,
  scale,
}: {
  label: string;
  dropped: boolean;
  x: number;
  maxX?: number;
  scale: number;
}) {
  const width = textWidth(label, 'label') + 14;
  // The pill is drawn `scale` times its size: keep its drawn width inside the diagram.
  const left = x - (width * scale) / 2;
  const right = left + width * scale;
  const overflow = left < 2 ? 2 - left : maxX !== undefined && right > maxX - 2 ? maxX - 2 - right : 0;
  const shift = overflow / scale;
  return (
    <g transform={`translate(${shift.toFixed(1)} -31)`}>
      <rect
        x={-width / 2}
        width={width}
        height={20}
        rx={10}
        strokeWidth={1.5}
        className={
          dropped
            ? 'fill-red-50 stroke-red-600 dark:fill-red-950 dark:stroke-red-400'
            : 'fill-white stroke-rose-500 dark:fill-slate-900 dark:stroke-rose-400'
        }
      />
      <text
        y={14.5}
        textAnchor="middle"
        fontSize={FONT_SIZE.label}
        className={`font-semibold ${dropped ? 'fill-red-800 dark:fill-red-200' : 'fill-rose-800 dark:fill-rose-200'}`}
      >
        {label}
      </text>
    </g>
  );
}

/**
 * The packet as a dot (the hop list, not the dot, tells where it is and why), a dropped one red
 * with a cross; its label in a pill above it.
 */
export function PacketDot(props: {
  at: Point;
  dropped?: boolean;
  label?: string;
  maxX?: number;
  /** Drawn this many times its size (in the overview, to keep its size on screen). */
  scale?: number;
}) {
  const { at, dropped, label, maxX, scale = 1 } = props;
  const zoom = scale === 1 ? '' : ` scale(${scale})`;
  return (
    <g pointerEvents="none" transform={`translate(${at.x} ${at.y})${zoom}`}>
      <circle
        r={8}
        strokeWidth={2.5}
        className={dropped ? 'fill-red-600 stroke-white' : 'fill-rose-500 stroke-white dark:stroke-slate-900'}
      />
      {dropped && <path d="M-3.5 -3.5L3.5 3.5M3.5 -3.5L-3.5 3.5" strokeWidth={2} className="stroke-white" />}
      {label && <PacketLabel label={label} dropped={dropped === true} x={at.x} maxX={maxX} scale={scale} />}
    </g>
  );
}
