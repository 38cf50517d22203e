import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { AttachedZoom, ViewTransform, ZoomFocus, ZoomKind } from './zoom-behavior.ts';

export type { ZoomKind } from './zoom-behavior.ts';

export interface Zoom {
  /** The SVG transform attribute for the zoomed <g>. */
  readonly transform: string;
  /** The current pan and zoom (k = 1 at fit). */
  readonly view: ViewTransform;
  readonly zoomTo: (kind: ZoomKind) => void;
  readonly focusOn: (focus: ZoomFocus, width: number, height: number) => void;
}

const IDENTITY: ViewTransform = { x: 0, y: 0, k: 1 };

// d3-zoom (with d3-selection, d3-transition and d3-color behind it) is not needed to draw the
// first screen: it loads once, right after the diagram mounts.
// If it cannot be fetched, the diagram stays at fit and the next mount tries again.
let behaviorModule: Promise<typeof import('./zoom-behavior.ts') | null> | undefined;
const loadZoomBehavior = () => {
  behaviorModule ??= import('./zoom-behavior.ts').catch(() => {
    behaviorModule = undefined;
    return null;
  });
  return behaviorModule;
};

/** Pan and zoom for one ref'd <svg>; a button pressed before d3-zoom has loaded acts once it has. */
export function useZoom(svgRef: RefObject<SVGSVGElement | null>): Zoom {
  const [view, setView] = useState<ViewTransform>(IDENTITY);
  const attached = useRef<Promise<AttachedZoom | null>>(Promise.resolve(null));
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    let live = true;
    const pending = loadZoomBehavior().then((m) => (live && m ? m.attachZoom(svg, setView) : null));
    attached.current = pending;
    return () => {
      live = false;
      void pending.then((zoom) => zoom?.detach());
    };
  }, [svgRef]);
  const zoomTo = useCallback((kind: ZoomKind) => {
    void attached.current.then((zoom) => zoom?.zoomTo(kind));
  }, []);
  const focusOn = useCallback((focus: ZoomFocus, width: number, height: number) => {
    void attached.current.then((zoom) => zoom?.focusOn(focus, width, height));
  }, []);
  return { transform: `translate(${view.x},${view.y}) scale(${view.k})`, view, zoomTo, focusOn };
}
