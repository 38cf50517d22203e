/**
 * SVG path data for the diagram's links: straight polylines and the vertical or horizontal
 * S-curve between two points. The same strings d3-shape's `line()` and `linkVertical()` /
 * `linkHorizontal()` (its bumpY / bumpX curves) wrote, without the 15 kB of the module's other
 * shapes in the first load. Coordinates are written to 3 decimals, as d3-shape 3.2 does.
 */

export type Point = readonly [number, number];

const r = (n: number): number => Math.round(n * 1000) / 1000;

/** `M x0,y0 L x1,y1 …` through the points, in order. */
export function polyline(points: readonly Point[]): string {
  let d = '';
  for (const [x, y] of points) d += `${d === '' ? 'M' : 'L'}${r(x)},${r(y)}`;
  return d;
}

/** A cubic curve from `source` to `target` that leaves and arrives vertically. */
export function bumpVertical(source: Point, target: Point): string {
  const [x0, y0] = source;
  const [x1, y1] = target;
  const mid = (y0 + y1) / 2;
  return `M${r(x0)},${r(y0)}C${r(x0)},${r(mid)},${r(x1)},${r(mid)},${r(x1)},${r(y1)}`;
}

/** A cubic curve from `source` to `target` that leaves and arrives horizontally. */
export function bumpHorizontal(source: Point, target: Point): string {
  const [x0, y0] = source;
  const [x1, y1] = target;
  const mid = (x0 + x1) / 2;
  return `M${r(x0)},${r(y0)}C${r(mid)},${r(y0)},${r(mid)},${r(y1)},${r(x1)},${r(y1)}`;
}
