import { select } from 'd3-selection';
import { type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';
import { MAX_ZOOM, MIN_ZOOM } from './zoom-extent.ts';

export type ZoomKind = 'fit' | 'in' | 'out';

/** The pan and scale d3-zoom reports; React applies it to the diagram's <g>. */
export interface ViewTransform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** A zoom that centres a point of the diagram (in viewBox units) at scale `k`. */
export interface ZoomFocus {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

export interface AttachedZoom {
  readonly zoomTo: (kind: ZoomKind) => void;
  /** Centres `focus` in the viewBox (`width` × `height`) at its scale. */
  readonly focusOn: (focus: ZoomFocus, width: number, height: number) => void;
  readonly detach: () => void;
}

const STEP = 1.3;

/**
 * d3-zoom on one <svg>: D3 listens to wheel, drag and pinch and reports each transform. The svg's
 * viewBox is the whole layout, so "fit" is the identity.
 */
export function attachZoom(svg: SVGSVGElement, onZoom: (t: ViewTransform) => void): AttachedZoom {
  const behavior = zoom<SVGSVGElement, unknown>()
    .scaleExtent([MIN_ZOOM, MAX_ZOOM])
    .on('zoom', (event: { transform: ZoomTransform }) => {
      const { x, y, k } = event.transform;
      onZoom({ x, y, k });
    });
  const selection = select(svg);
  selection.call(behavior);
  return {
    zoomTo(kind) {
      if (kind === 'fit') selection.call(behavior.transform, zoomIdentity);
      else selection.call(behavior.scaleBy, kind === 'in' ? STEP : 1 / STEP);
    },
    focusOn({ x, y, k }, width, height) {
      selection.call(
        behavior.transform,
        zoomIdentity.translate(width / 2 - k * x, height / 2 - k * y).scale(k),
      );
    },
    detach() {
      selection.on('.zoom', null);
    },
  };
}
