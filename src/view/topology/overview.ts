/**
 * When the diagram is drawn too small for its text (a large scenario at fit), it switches to an
 * overview: each element's brief in a font that reads about 12 px on screen, the detail gone
 * until the user zooms in.
 */
import { type Box, focusBox, type TopologyLayout } from '../../layout/index.ts';
import { MAX_ZOOM } from './zoom-extent.ts';

/**
 * Below this many screen pixels per diagram unit, 12-unit text would read under about 7 px: too
 * small to read, so the briefs (names and addresses at BRIEF_PX) read better. (The article preset
 * fills a 1280×720 window at about 0.85 and a 1024×768 one at about 0.63; an 800×500 embed draws
 * it at about 0.5, in the overview.)
 */
export const OVERVIEW_BELOW = 0.6;

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
export const FOCUS_SCALE = 0.9;

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

/** The box around the elements `ids` name, each with its node around it; undefined when none is drawn. */
export function actionBox(layout: TopologyLayout, ids: Iterable<string>): Box | undefined {
  let box: Box | undefined;
  for (const id of ids) {
    // A route row is drawn in the vRouter's table: its own box.
    const b = focusBox(layout, id) ?? layout.routes.rows.find((r) => r.id === id)?.box;
    if (!b) continue;
    if (!box) box = b;
    else {
      const x = Math.min(box.x, b.x);
      const y = Math.min(box.y, b.y);
      const right = Math.max(box.x + box.width, b.x + b.width);
      const bottom = Math.max(box.y + box.height, b.y + b.height);
      box = { x, y, width: right - x, height: bottom - y };
    }
  }
  return box;
}

/**
 * The zoom that centres `box` of a `width` × `height` diagram drawn at `fit` so that it reads at
 * `scale` screen pixels per unit: never below the whole (k = 1), and centred on the whole when
 * that already reads so. `inset` is the fraction of the height a caption covers at the foot: the
 * box is centred in what is above it.
 */
export function followZoom(box: Box, width: number, height: number, fit: number, scale: number, inset = 0) {
  const k = Math.min(MAX_ZOOM, Math.max(1, scale / fit));
  if (k === 1) return { x: width / 2, y: height / 2, k };
  // Centred on the box, but not past the diagram's edges (no empty margin beyond them, except
  // under the caption).
  const half = { x: width / (2 * k), y: height / (2 * k) };
  const shift = (height / k) * (inset / 2);
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const c = panTo(box, k);
  return {
    x: clamp(c.x, half.x, width - half.x),
    y: clamp(c.y + shift, half.y, height - half.y + 2 * shift),
    k,
  };
}
