import { memo } from 'react';
import type { TopologyLink } from '../../layout/index.ts';
import { sameLink, samePropsBy } from './same.ts';
import { useEnteringProgress } from './step-progress.ts';
import { useStrokeScale } from './stroke-scale.ts';
import { LINK } from './styles.ts';

/**
 * A link. While it enters, it draws itself: with pathLength 1 the dash offset runs 1 → 0
 * whatever the path's real length.
 */
export const LinkPath = memo(
  function LinkPath({
    link,
    entering,
    highlighted,
  }: {
    link: TopologyLink;
    /** Whether it enters with the current step: it draws itself with the step's progress. */
    entering: boolean;
    highlighted: boolean;
  }) {
    const draw = useEnteringProgress(entering);
    const drawing = draw < 1;
    const k = useStrokeScale();
    return (
      <path
        d={link.d}
        fill="none"
        strokeWidth={(highlighted ? 3 : link.kind === 'vswitch-bus' ? 2.5 : 1.75) * k}
        strokeLinecap="round"
        className={LINK[link.kind]}
        pathLength={drawing ? 1 : undefined}
        strokeDasharray={drawing ? '1 1' : link.kind === 'internet' ? `${6 * k} ${4 * k}` : undefined}
        strokeDashoffset={drawing ? 1 - draw : undefined}
      />
    );
  },
  samePropsBy('link', sameLink),
);
