import { select } from 'd3-selection';
import { type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';
import { type RefObject, useCallback, useEffect, useMemo, useState } from 'react';

export type ZoomKind = 'fit' | 'in' | 'out';

export interface Zoom {
  readonly transform: ZoomTransform;
  readonly zoomTo: (kind: ZoomKind) => void;
}

const STEP = 1.3;

/**
 * d3-zoom on one ref'd <svg>: D3 listens to wheel, drag and pinch and reports the transform;
 * React applies it to a <g>. The svg's viewBox is the whole layout, so "fit" is the identity.
 */
export function useZoom(svgRef: RefObject<SVGSVGElement | null>): Zoom {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behavior: ZoomBehavior<SVGSVGElement, unknown> = useMemo(
    () =>
      zoom<SVGSVGElement, unknown>()
        .scaleExtent([0.5, 8])
        .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform)),
    [],
  );
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const selection = select(svg);
    selection.call(behavior);
    return () => {
      selection.on('.zoom', null);
    };
  }, [behavior, svgRef]);
  const zoomTo = useCallback(
    (kind: ZoomKind) => {
      const svg = svgRef.current;
      if (!svg) return;
      const selection = select(svg);
      if (kind === 'fit') selection.call(behavior.transform, zoomIdentity);
      else selection.call(behavior.scaleBy, kind === 'in' ? STEP : 1 / STEP);
    },
    [behavior, svgRef],
  );
  return { transform, zoomTo };
}
