/**
 * Where the packet's address label goes: next to the dot, at the first of a ring of places around
 * it where it covers no text of the diagram (the element it visits included) and stays inside
 * the diagram; else where it covers the least.
 */
import { briefLines } from '../../layout/brief.ts';
import { type Box, FONT_SIZE, overlaps, type Point, type TopologyLayout } from '../../layout/index.ts';
import { textWidth } from '../../layout/metrics.ts';

/** A text's box from its baseline: a little above the cap height to below the descenders. */
function textBox(x: number, y: number, width: number, fontSize: number): Box {
  return { x, y: y - fontSize * 0.95, width, height: fontSize * 1.25 };
}

/**
 * The boxes of the text the diagram draws, in diagram units: the elements' lines, badges and the
 * route rows; in the overview (`briefFont` > 0), the briefs at that font size instead.
 */
export function textBoxes(layout: TopologyLayout, briefFont: number): Box[] {
  const boxes: Box[] = [];
  if (briefFont > 0) {
    for (const element of layout.elements) {
      for (const line of briefLines(element, briefFont)) {
        boxes.push(textBox(line.x, line.y, line.text.length * briefFont * 0.6, briefFont));
      }
    }
    return boxes;
  }
  for (const element of layout.elements) {
    for (const line of element.lines) {
      const width = textWidth(line.text, line.style);
      boxes.push(textBox(line.anchorEnd ? line.x - width : line.x, line.y, width, FONT_SIZE[line.style]));
    }
    for (const badge of element.badges) boxes.push(badge.box);
  }
  for (const row of layout.routes.rows) boxes.push(row.box);
  for (const line of [layout.routes.more, layout.routes.refusedLine]) {
    if (line) boxes.push(textBox(line.x, line.y, textWidth(line.text, line.style), FONT_SIZE[line.style]));
  }
  return boxes;
}

/** The label pill's size in diagram units at scale 1, and the dot's radius. */
export const PILL_HEIGHT = 20;
export const DOT_RADIUS = 11;
export const pillWidth = (label: string) => textWidth(label, 'label') + 14;

/** Places around the dot for the pill's centre, nearest first, in multiples of its size. */
function candidates(width: number): Point[] {
  const gap = DOT_RADIUS + 4;
  const v = gap + PILL_HEIGHT / 2;
  const h = gap + width / 2;
  const out: Point[] = [
    { x: 0, y: -v },
    { x: 0, y: v },
    { x: h, y: 0 },
    { x: -h, y: 0 },
  ];
  for (let ring = 1; ring <= 4; ring++) {
    const dy = v + ring * (PILL_HEIGHT + 4);
    for (const dx of [0, width / 2 + 4, -(width / 2 + 4), width + 8, -(width + 8)]) {
      out.push({ x: dx, y: -dy }, { x: dx, y: dy });
    }
    for (const dy2 of [-(PILL_HEIGHT + 4) * ring, (PILL_HEIGHT + 4) * ring]) {
      out.push({ x: h, y: dy2 }, { x: -h, y: dy2 });
    }
  }
  return out;
}

function covered(box: Box, texts: readonly Box[]): number {
  let area = 0;
  for (const t of texts) {
    if (!overlaps(box, t)) continue;
    const w = Math.min(box.x + box.width, t.x + t.width) - Math.max(box.x, t.x);
    const h = Math.min(box.y + box.height, t.y + t.height) - Math.max(box.y, t.y);
    area += w * h;
  }
  return area;
}

/** Where a pill may go, in diagram units: the diagram, or the part of it on screen. */
export interface Bounds {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
}

/** The best of `offsets` (nearest first) for a pill `width` × `scale` centred there from `at`. */
function best(
  at: Point,
  offsets: Iterable<Point>,
  width: number,
  scale: number,
  texts: readonly Box[],
  bounds: Bounds,
): { offset: Point; cost: number } | undefined {
  const left = bounds.x ?? 0;
  const top = bounds.y ?? 0;
  let found: { offset: Point; cost: number } | undefined;
  for (const c of offsets) {
    const offset = { x: c.x * scale, y: c.y * scale };
    const box = {
      x: at.x + offset.x - (width * scale) / 2,
      y: at.y + offset.y - (PILL_HEIGHT * scale) / 2,
      width: width * scale,
      height: PILL_HEIGHT * scale,
    };
    const outside =
      box.x < left ||
      box.y < top ||
      box.x + box.width > left + bounds.width ||
      box.y + box.height > top + bounds.height;
    const cost = covered(box, texts) + (outside ? 1e6 : 0);
    if (cost === 0) return { offset, cost };
    if (!found || cost < found.cost) found = { offset, cost };
  }
  return found;
}

/**
 * The pill's centre relative to the dot at `at`, in diagram units, for a pill `width` wide drawn
 * `scale` times its size inside `bounds`, off the text that sits in `texts`.
 */
export function placeLabel(
  at: Point,
  width: number,
  scale: number,
  texts: readonly Box[],
  bounds: Bounds,
): Point {
  return (
    best(at, candidates(width), width, scale, texts, bounds)?.offset ?? {
      x: 0,
      y: -(DOT_RADIUS + 4 + PILL_HEIGHT / 2) * scale,
    }
  );
}

/**
 * Every place in `bounds` for a pill's centre, on a grid of half its height and a quarter of its
 * width, nearest to `at` first (offsets at scale 1, as candidates()).
 */
function grid(at: Point, width: number, scale: number, bounds: Bounds): Point[] {
  const w = width * scale;
  const h = PILL_HEIGHT * scale;
  const left = (bounds.x ?? 0) + w / 2;
  const top = (bounds.y ?? 0) + h / 2;
  const out: Point[] = [];
  for (let y = top; y <= top + bounds.height - h; y += h / 2) {
    for (let x = left; x <= left + bounds.width - w; x += w / 4) {
      out.push({ x: (x - at.x) / scale, y: (y - at.y) / scale });
    }
  }
  return out.sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y));
}

/**
 * A tag's centre from its anchor (a Service's pill, wide and away from the dot): the nearest place
 * of placeLabel's ring that covers no text and stays in `bounds`, else the nearest such place
 * anywhere in `bounds`, else where it covers the least.
 */
export function placeTag(
  at: Point,
  width: number,
  scale: number,
  texts: readonly Box[],
  bounds: Bounds,
): Point {
  const ring = best(at, candidates(width), width, scale, texts, bounds);
  if (ring?.cost === 0) return ring.offset;
  // Only the text on screen counts there (a large diagram has tens of thousands of lines).
  const seen = { x: bounds.x ?? 0, y: bounds.y ?? 0, width: bounds.width, height: bounds.height };
  const near = texts.filter((t) => overlaps(t, seen));
  const anywhere = best(at, grid(at, width, scale, bounds), width, scale, near, bounds);
  if (!anywhere || (ring && ring.cost <= anywhere.cost)) return placeLabel(at, width, scale, texts, bounds);
  return anywhere.offset;
}
