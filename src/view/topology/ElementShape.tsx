import { memo } from 'react';
import type { TopologyElement } from '../../layout/index.ts';
import { sameElement, samePropsBy } from './same.ts';
import { useEnteringProgress } from './step-progress.ts';
import { useStrokeScale } from './stroke-scale.ts';
import { FAILED_STROKE, FILL, RADIUS, STROKE } from './styles.ts';

/**
 * The outline of an element. Holders (`layer: 'back'`) draw only their outline and a
 * transparent hit area here; their fill is painted under the links by BackFill.
 */
export function ElementShape({ element, grow }: { element: TopologyElement; grow: number }) {
  const { box, kind } = element;
  const k = useStrokeScale();
  if (kind === 'container') {
    return (
      <>
        <rect x={box.x} y={box.y} width={box.width} height={box.height} className="fill-transparent" />
        <rect x={box.x + 4} y={box.y + 5} width={5} height={5} rx={1} className={FILL.container} />
      </>
    );
  }
  const stroke = element.status === 'failed' ? FAILED_STROKE : STROKE[kind];
  const fill = element.layer === 'back' ? 'fill-transparent' : FILL[kind];
  const dashed = element.dashed || element.status === 'pending';
  return (
    <rect
      x={box.x}
      y={box.y}
      width={Math.max(0, box.width * grow)}
      height={box.height}
      rx={RADIUS[kind]}
      strokeWidth={(element.status === 'failed' ? 2.5 : kind === 'vpc' ? 2 : 1.5) * k}
      strokeDasharray={dashed ? `${5 * k} ${3 * k}` : undefined}
      className={`${fill} ${stroke}`}
    />
  );
}

/** The fill of a holder (VPC, control plane, node), painted under the links. */
export const BackFill = memo(
  function BackFill({ element, entering }: { element: TopologyElement; entering: boolean }) {
    const { box, kind } = element;
    const opacity = useEnteringProgress(entering);
    return (
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={RADIUS[kind]}
        className={`${FILL[kind]} stroke-none`}
        opacity={opacity < 1 ? opacity : undefined}
      />
    );
  },
  samePropsBy('element', sameElement),
);
