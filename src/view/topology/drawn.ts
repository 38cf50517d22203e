/**
 * What a diagram of many elements draws: a large scenario's layout holds tens of thousands of
 * elements (1,000 nodes × 30 pods at its last step: 95,915 elements, 31,971 links), which as SVG
 * froze the tab for 14 s. Past DRAW_ALL_BELOW elements, it draws those on screen and at least
 * MIN_DRAWN_PX across there, the selected and highlighted ones always, and says how many it left
 * out: zooming in draws them. The region is rounded (a quarter of the screen, a quarter-octave of
 * the zoom) so that panning and zooming re-draw rarely.
 */
import type { Box, TopologyLayout } from '../../layout/index.ts';

/**
 * Up to this many elements, every one is drawn, whatever the zoom (every preset is below it: the
 * large one has 954). Above it a diagram followed into one node (200 nodes: 5,300 SVG elements
 * drawn, 600 seen) paints what is on screen, not every node, at each step.
 */
export const DRAW_ALL_BELOW = 1_000;

/** An element drawn narrower and lower than this many screen pixels is left out. */
export const MIN_DRAWN_PX = 6;

/** A layout cut to what is drawn, and how many of its elements were left out. */
export interface DrawnPart {
  readonly layout: TopologyLayout;
  readonly left: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The part of `layout` drawn when `region` (layout units) is on screen at `scale` screen pixels
 * per unit; `keep` ids are drawn wherever they are.
 */
export function drawnPart(
  layout: TopologyLayout,
  region: Box,
  scale: number,
  keep: ReadonlySet<string>,
): DrawnPart {
  if (layout.elements.length < DRAW_ALL_BELOW) return { layout, left: 0 };
  const least = MIN_DRAWN_PX / scale;
  const elements = layout.elements.filter(
    (e) => keep.has(e.id) || (overlaps(e.box, region) && Math.max(e.box.width, e.box.height) >= least),
  );
  const ids = new Set(elements.map((e) => e.id));
  const links = layout.links.filter((l) => ids.has(l.from) && ids.has(l.to));
  return { layout: { ...layout, elements, links }, left: layout.elements.length - elements.length };
}

/**
 * The region of the layout on screen, rounded out to a quarter of its size, and the scale rounded
 * down to a quarter-octave: the diagram (`width` × `height` units, drawn at `fit` screen pixels per
 * unit in a `screen` box, centred) under the pan and zoom `view`.
 */
export function screenRegion(
  width: number,
  height: number,
  fit: number,
  screen: { readonly width: number; readonly height: number },
  view: { readonly x: number; readonly y: number; readonly k: number },
): { readonly region: Box; readonly scale: number } {
  const scale = 2 ** (Math.floor(Math.log2(fit * view.k) * 4) / 4);
  const seen = seenRegion(width, height, fit, screen, view);
  const { x: left, y: top } = seen;
  const right = left + seen.width;
  const bottom = top + seen.height;
  // A quarter of the screen at the rounded scale: the same units while the zoom stays in its step.
  const qx = screen.width / scale / 4;
  const qy = screen.height / scale / 4;
  const x = Math.floor(left / qx) * qx;
  const y = Math.floor(top / qy) * qy;
  const region = { x, y, width: Math.ceil(right / qx) * qx - x, height: Math.ceil(bottom / qy) * qy - y };
  return { region, scale };
}

/** The region of the layout on screen, exactly (layout units; arguments as screenRegion's). */
export function seenRegion(
  width: number,
  height: number,
  fit: number,
  screen: { readonly width: number; readonly height: number },
  view: { readonly x: number; readonly y: number; readonly k: number },
): Box {
  // The viewBox units on screen (meet: the diagram centred, the rest of the screen around it).
  const seenWidth = screen.width / fit;
  const seenHeight = screen.height / fit;
  return {
    x: ((width - seenWidth) / 2 - view.x) / view.k,
    y: ((height - seenHeight) / 2 - view.y) / view.k,
    width: seenWidth / view.k,
    height: seenHeight / view.k,
  };
}
