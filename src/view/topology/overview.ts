/**
 * When the diagram is drawn too small for its text (a large scenario at fit), it switches to an
 * overview: each element's brief in a font that reads about 12 px on screen, the detail gone
 * until the user zooms in.
 */

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
