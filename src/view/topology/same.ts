/**
 * Structural equality of layout data. Each step yields a fresh layout, but most elements look
 * exactly as before: comparing content lets memoized components skip them, so a step costs a
 * render of what changed, not of the whole diagram.
 */
import type { Badge, Box, TextLine, TopologyElement, TopologyLink } from '../../layout/index.ts';

function sameBox(a: Box, b: Box): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

function sameLine(a: TextLine, b: TextLine): boolean {
  return (
    a.key === b.key &&
    a.text === b.text &&
    a.x === b.x &&
    a.y === b.y &&
    a.style === b.style &&
    a.anchorEnd === b.anchorEnd
  );
}

function sameBadge(a: Badge, b: Badge): boolean {
  return a.text === b.text && a.tone === b.tone && sameBox(a.box, b.box);
}

export function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i] as T, b[i] as T)) return false;
  return true;
}

export function sameElement(a: TopologyElement, b: TopologyElement): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.kind === b.kind &&
      a.name === b.name &&
      a.status === b.status &&
      a.dashed === b.dashed &&
      a.brief === b.brief &&
      a.layer === b.layer &&
      sameBox(a.box, b.box) &&
      sameList(a.lines, b.lines, sameLine) &&
      sameList(a.badges, b.badges, sameBadge))
  );
}

export function sameLink(a: TopologyLink, b: TopologyLink): boolean {
  return a === b || (a.id === b.id && a.kind === b.kind && a.d === b.d);
}

/** Props equality for memo(): `element`/`link` by content, everything else by identity. */
export function samePropsBy<K extends string>(key: K, same: (a: never, b: never) => boolean) {
  return (prev: Record<string, unknown>, next: Record<string, unknown>): boolean => {
    for (const name of Object.keys(next)) {
      if (name === key) {
        if (!same(prev[name] as never, next[name] as never)) return false;
      } else if (!Object.is(prev[name], next[name])) return false;
    }
    return true;
  };
}
