/**
 * The overview of a diagram drawn too small for its text: each element's brief, in a font that
 * stays readable on screen, cut to fit its box or left out.
 */
import { FONT_SIZE, textWidth } from './metrics.ts';
import type { TopologyElement } from './types.ts';

/** Fewer characters than this say nothing useful: then the shape stands alone. */
const MIN_CHARS = 4;
/** A brief's parts: "node-a · 172.16.0.128/25" is the name, then what to know about it. */
const SEPARATOR = ' · ';

export interface BriefLine {
  readonly text: string;
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly fontSize: number;
}

/** A wide character (CJK and above, as a Chinese brief has): about a whole em, where textWidth counts 0.6 of one. */
const WIDE = /[^\0-\u2e7f]/g;

/** Characters of `text` that fit `width` at `fontSize` (a brief the view said in Chinese counts its wide characters). */
function charsIn(text: string, width: number, fontSize: number): number {
  const wide = text.match(WIDE)?.length ?? 0;
  const estimate = textWidth(text, 'title') + wide * FONT_SIZE.title * 0.4;
  const perChar = (estimate / text.length) * (fontSize / FONT_SIZE.title);
  return Math.floor(width / perChar);
}

/** `text`, or `text` cut with "…" to fit `width`; null when too little would be left. */
function cut(text: string, width: number, fontSize: number): string | null {
  const chars = charsIn(text, width, fontSize);
  if (chars >= text.length) return text;
  return chars > MIN_CHARS ? `${text.slice(0, chars - 1).trimEnd()}…` : null;
}

/**
 * The brief's lines at `fontSize` (diagram units): the whole brief on one line if it fits; else,
 * where the box is tall enough, its parts on lines of their own; else its first part, cut if need
 * be. Top-left in a box that holds others, centred vertically in the rest. None when the element
 * has no brief or its box is too small.
 */
export function briefLines(element: TopologyElement, fontSize: number): BriefLine[] {
  const { brief, box } = element;
  const pad = fontSize * 0.4;
  const pitch = fontSize * 1.2;
  if (!brief || box.height < fontSize * 1.3) return [];
  const width = box.width - pad * 2;
  const parts = brief.split(SEPARATOR);
  const room = Math.floor((box.height - pad) / pitch);
  let texts: (string | null)[];
  if (charsIn(brief, width, fontSize) >= brief.length) texts = [brief];
  else if (room >= parts.length) texts = parts.map((part) => cut(part, width, fontSize));
  else texts = [cut(parts[0] ?? brief, width, fontSize)];
  const kept = texts.filter((text): text is string => text !== null);
  if (kept.length === 0 || texts[0] === null) return [];
  const top =
    element.layer === 'back'
      ? box.y + pad + fontSize * 0.85
      : box.y + box.height / 2 + fontSize * 0.35 - ((kept.length - 1) * pitch) / 2;
  return kept.map((text, i) => ({ text, x: box.x + pad, y: top + i * pitch, fontSize }));
}
