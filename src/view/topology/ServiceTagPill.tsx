import { FONT_SIZE, type Point } from '../../layout/index.ts';
import { PILL_HEIGHT, pillWidth } from './label-place.ts';
import type { ServiceTag } from './packet-marker.ts';

/**
 * A Service's virtual address beside the node that resolved it: a dashed pill (it is no place on
 * the network) with a dashed leader to where the node met kube-proxy's rules.
 */
export function ServiceTagPill(props: {
  readonly tag: ServiceTag;
  /** Where the node met the rules, and the pill's centre from there (placeLabel). */
  readonly anchor: Point;
  readonly offset: Point;
  readonly scale: number;
}) {
  const { tag, anchor, offset, scale } = props;
  const width = pillWidth(tag.label);
  const zoom = scale === 1 ? '' : ` scale(${scale})`;
  const tone = tag.refused
    ? 'fill-red-50 stroke-red-700 dark:fill-red-950 dark:stroke-red-400'
    : 'fill-violet-50 stroke-violet-700 dark:fill-violet-950 dark:stroke-violet-300';
  return (
    <g pointerEvents="none" transform={`translate(${anchor.x} ${anchor.y})`} data-service-tag={tag.label}>
      <line
        x1={0}
        y1={0}
        x2={offset.x}
        y2={offset.y}
        strokeWidth={1.5}
        strokeDasharray="3 3"
        className={
          tag.refused ? 'stroke-red-700 dark:stroke-red-400' : 'stroke-violet-700 dark:stroke-violet-300'
        }
      />
      <g transform={`translate(${offset.x.toFixed(1)} ${offset.y.toFixed(1)})${zoom}`}>
        <rect
          x={-width / 2}
          y={-PILL_HEIGHT / 2}
          width={width}
          height={PILL_HEIGHT}
          rx={4}
          strokeWidth={1.5}
          strokeDasharray="4 2"
          className={tone}
        />
        <text
          y={4.5}
          textAnchor="middle"
          fontSize={FONT_SIZE.label}
          className={`font-semibold ${tag.refused ? 'fill-red-800 dark:fill-red-200' : 'fill-violet-900 dark:fill-violet-100'}`}
        >
          {tag.label}
        </text>
      </g>
    </g>
  );
}
