/**
 * Flow placement of node boxes: left to right, wrapping into rows like words in a paragraph,
 * each row as tall as its tallest box. Boxes never overlap by construction.
 */

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface FlowResult {
  /** Top-left of each item, relative to the flow's origin, in input order. */
  readonly positions: readonly { readonly x: number; readonly y: number; readonly row: number }[];
  /** Top of each row. */
  readonly rowTops: readonly number[];
  readonly width: number;
  readonly height: number;
}

export interface FlowGaps {
  readonly x: number;
  readonly y: number;
}

/** Places items in rows no wider than `maxWidth` (an item wider than that gets a row of its own). */
export function flow(items: readonly Size[], maxWidth: number, gaps: FlowGaps): FlowResult {
  const positions: { x: number; y: number; row: number }[] = [];
  const rowTops: number[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const item of items) {
    if (x > 0 && x + item.width > maxWidth) {
      y += rowHeight + gaps.y;
      x = 0;
      rowHeight = 0;
    }
    if (x === 0) rowTops.push(y);
    positions.push({ x, y, row: rowTops.length - 1 });
    x += item.width + gaps.x;
    rowHeight = Math.max(rowHeight, item.height);
    width = Math.max(width, x - gaps.x);
  }
  return { positions, rowTops, width, height: items.length === 0 ? 0 : y + rowHeight };
}

/**
 * Candidate wrap widths worth trying: one per row count from 1 to n, each the narrowest width
 * that could hold the items in that many rows.
 */
export function candidateWidths(items: readonly Size[], gapX: number): number[] {
  if (items.length === 0) return [0];
  const widest = Math.max(...items.map((i) => i.width));
  const total = items.reduce((sum, i) => sum + i.width + gapX, -gapX);
  const widths = new Set<number>();
  // Past ~40 row counts the differences stop mattering; sample them so big scenarios stay cheap.
  const stride = Math.max(1, Math.floor(items.length / 40));
  const add = (rows: number) => {
    widths.add(Math.max(widest, Math.ceil(total / rows) + widest));
    widths.add(Math.max(widest, Math.ceil(total / rows)));
  };
  for (let rows = 1; rows <= items.length; rows += stride) add(rows);
  // And a tenth apart among the first strides: with 5,000 node tiles the stride is 125 rows, and
  // the row counts that fill a wide screen (some 70) fell between 1 and 126.
  if (stride > 1) for (let rows = 2; rows < stride * 2; rows = Math.ceil(rows * 1.1)) add(rows);
  return [...widths].sort((a, b) => b - a);
}
