import { FONT_SIZE, type Point } from '../../layout/index.ts';
import { DOT_RADIUS, PILL_HEIGHT, pillWidth } from './label-place.ts';

/** The label in a pill centred at (cx, cy) from the dot (placed by placeLabel, off the diagram's text). */
function PacketLabel({
  label,
  dropped,
  cx,
  cy,
}: {
  label: string;
  dropped: boolean;
  cx: number;
  cy: number;
}) {
  const width = pillWidth(label);
  return (
    <g transform={`translate(${cx.toFixed(1)} ${cy.toFixed(1)})`} data-packet-label="">
      <rect
        x={-width / 2}
        y={-PILL_HEIGHT / 2}
        width={width}
        height={PILL_HEIGHT}
        rx={PILL_HEIGHT / 2}
        strokeWidth={1.5}
        className={
          dropped
            ? 'fill-red-50 stroke-red-600 dark:fill-red-950 dark:stroke-red-400'
            : 'fill-white stroke-blue-600 dark:fill-slate-900 dark:stroke-blue-400'
        }
      />
      <text
        y={4.5}
        textAnchor="middle"
        fontSize={FONT_SIZE.label}
        className={`font-semibold ${dropped ? 'fill-red-800 dark:fill-red-200' : 'fill-blue-800 dark:fill-blue-200'}`}
      >
        {label}
      </text>
    </g>
  );
}

/**
 * The packet as a dot in its own colour (the hop list, not the dot, tells where it is and why), a
 * dropped one red with a cross; its label in a pill beside it, where it covers no text.
 */
export function PacketDot(props: {
  at: Point;
  dropped?: boolean;
  label?: string;
  /** The label pill's centre from the dot, in diagram units (placeLabel). */
  labelAt?: Point;
  /** Drawn this many times its size (in the overview, to keep its size on screen). */
  scale?: number;
}) {
  const { at, dropped, label, labelAt, scale = 1 } = props;
  const zoom = scale === 1 ? '' : ` scale(${scale})`;
  return (
    <g pointerEvents="none" transform={`translate(${at.x} ${at.y})${zoom}`} data-packet-dot="">
      <circle
        r={DOT_RADIUS}
        strokeWidth={3}
        className={
          dropped
            ? 'fill-red-600 stroke-white'
            : 'fill-blue-600 stroke-white dark:fill-blue-400 dark:stroke-slate-900'
        }
      />
      {dropped && (
        <path d="M-4.5 -4.5L4.5 4.5M4.5 -4.5L-4.5 4.5" strokeWidth={2.5} className="stroke-white" />
      )}
      {label && (
        <PacketLabel
          label={label}
          dropped={dropped === true}
          cx={(labelAt?.x ?? 0) / scale}
          cy={(labelAt?.y ?? -(DOT_RADIUS + 4 + PILL_HEIGHT / 2) * scale) / scale}
        />
      )}
    </g>
  );
}
