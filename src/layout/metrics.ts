/**
 * Sizes shared by the layout and the view. Text widths are estimated from character counts so
 * the layout stays pure (no DOM measuring); the estimates are generous for the fonts used.
 */
import type { Box, LineStyle } from './types.ts';

/**
 * Font sizes in diagram units: ≥ 13 so text stays readable on a projector at fit (the article
 * fills a 1280×720 window at about 0.86 screen pixels per unit: its text at ≥ 11 px).
 */
export const FONT_SIZE: Readonly<Record<LineStyle, number>> = {
  title: 14,
  label: 13,
  mono: 13,
  muted: 13,
};

/** Average advance per character as a fraction of the font size. */
const ADVANCE: Readonly<Record<LineStyle, number>> = {
  title: 0.6,
  label: 0.55,
  mono: 0.61,
  muted: 0.55,
};

/** Estimated width of a text in a style. */
export function textWidth(text: string, style: LineStyle): number {
  return Math.ceil(text.length * FONT_SIZE[style] * ADVANCE[style]);
}

/** Line pitch for stacked lines. */
export const LINE_HEIGHT = 16;

export const BADGE_HEIGHT = 16;

/** Width of a badge pill holding this text. */
export function badgeWidth(text: string): number {
  return textWidth(text, 'muted') + 12;
}

/** A box moved by (dx, dy). */
export function offset(box: Box, dx: number, dy: number): Box {
  return { x: box.x + dx, y: box.y + dy, width: box.width, height: box.height };
}

/** The center of a box. */
export function center(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Whether two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether `inner` lies inside `outer`. */
export function inside(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** The font size of a brief in a compact diagram (names and addresses only), in diagram units. */
export const BRIEF_FONT = 12;

/** Width of a box holding `text` as a brief line (brief.ts pads each side by 0.4 of the font). */
export function briefWidth(text: string): number {
  return Math.ceil(textWidth(text, 'title') * (BRIEF_FONT / FONT_SIZE.title) + BRIEF_FONT * 0.8) + 2;
}
