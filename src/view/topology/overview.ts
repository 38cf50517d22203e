/**
 * When the diagram is drawn too small for its text (a large scenario at fit), it switches to an
 * overview: each element's brief in a font that reads about 12 px on screen, the detail gone
 * until the user zooms in.
 */
import type { Box } from '../../layout/index.ts';
import { MAX_ZOOM } from './zoom-extent.ts';

/**
 * Below this many screen pixels per diagram unit, 12-unit text would read under 5.5 px: not
 * legible at all. (Above it, small text still shows the structure; the article preset on a
 * 1280×720 window is drawn at about 0.5.)
 */
export const OVERVIEW_BELOW = 0.45;

/** The briefs' size on screen, in CSS pixels. */
export const BRIEF_PX = 12;

/** Steps of the text scale, per doubling of the zoom: coarse, so zooming re-renders rarely. */
const STEPS_PER_OCTAVE = 4;

/**
 * Diagram units per screen pixel for the overview's text at `scale` (screen pixels per diagram
 * unit: the fit times the zoom), rounded to a quarter-octave; 0 when the detail is readable.
 */
export function overviewTextScale(scale: number): number {
  if (!(scale > 0) || scale >= OVERVIEW_BELOW) return 0;
  return 2 ** (Math.ceil(Math.log2(1 / scale) * STEPS_PER_OCTAVE) / STEPS_PER_OCTAVE);
}

/** Screen pixels per diagram unit a focused box is shown at: the detail's text reads at ~11 px. */
const FOCUS_SCALE = 0.9;

/**
 * The zoom that centres `box` of a `width` × `height` diagram drawn at `fit` screen pixels per
 * unit: enough to read its detail, less if the box would not fit, never less than the whole.
 */
export function focusZoom(box: Box, width: number, height: number, fit: number) {
  const fits = Math.min(width / (box.width * 1.1), height / (box.height * 1.1));
  return panTo(box, Math.max(1, Math.min(FOCUS_SCALE / fit, fits, MAX_ZOOM)));
}

/** The pan and zoom of the diagram: a point p of the layout is drawn at k·p + (x, y). */
interface View {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** Whether `box` lies wholly inside what a `width` × `height` diagram shows under `view`. */
export function inView(box: Box, view: View, width: number, height: number): boolean {
  const left = -view.x / view.k;
  const top = -view.y / view.k;
  return (
    box.x >= left &&
    box.y >= top &&
    box.x + box.width <= left + width / view.k &&
    box.y + box.height <= top + height / view.k
  );
}

/** The zoom that centres `box` at scale `k` (a pan, when k is the current one). */
export function panTo(box: Box, k: number) {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, k };
}
