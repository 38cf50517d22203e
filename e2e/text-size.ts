import type { Locator, Page } from '@playwright/test';

/** One text of the diagram as drawn: its content, its size on screen and its box. */
export interface DrawnText {
  readonly text: string;
  /** Font size × the SVG's screen scale (getScreenCTM), in CSS pixels. */
  readonly px: number;
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/** The diagram's svg in `scope` (a page, or an embed's frame). */
export const diagramSvg = (scope: Page | Locator | import('@playwright/test').FrameLocator) =>
  scope.locator('svg[aria-label="Network topology"]');

/**
 * Every text the diagram draws that shows on screen (inside the svg's box, not hidden, not
 * transparent), with its rendered size: the font size times the svg's screen scale.
 */
export async function drawnTexts(svg: Locator): Promise<DrawnText[]> {
  return svg.evaluate((root: SVGSVGElement) => {
    const frame = root.getBoundingClientRect();
    const out: DrawnText[] = [];
    for (const text of root.querySelectorAll('text')) {
      const box = text.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || !text.textContent) continue;
      if (box.right <= frame.left || box.left >= frame.right) continue;
      if (box.bottom <= frame.top || box.top >= frame.bottom) continue;
      const style = getComputedStyle(text);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      let opacity = 1;
      for (let e: Element | null = text; e && e !== root; e = e.parentElement) {
        opacity *= Number(getComputedStyle(e).opacity);
      }
      if (opacity < 0.5) continue;
      const m = text.getScreenCTM();
      const scale = m ? Math.hypot(m.a, m.b) : 1;
      out.push({
        text: text.textContent,
        px: Number.parseFloat(style.fontSize) * scale,
        box: { x: box.x, y: box.y, width: box.width, height: box.height },
      });
    }
    return out;
  });
}

/** The median of the texts' sizes on screen (0 when there is none). */
export function medianPx(texts: readonly DrawnText[]): number {
  const sizes = texts.map((t) => t.px).sort((a, b) => a - b);
  if (sizes.length === 0) return 0;
  const mid = Math.floor(sizes.length / 2);
  return sizes.length % 2 ? (sizes[mid] ?? 0) : ((sizes[mid - 1] ?? 0) + (sizes[mid] ?? 0)) / 2;
}

/** The largest size on screen of a text that starts with `name` (0 when none is drawn). */
export function nameSize(texts: readonly DrawnText[], name: string): number {
  const word = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);
  return Math.max(0, ...texts.filter((t) => word.test(t.text)).map((t) => t.px));
}

/** Whether two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: DrawnText['box'], b: DrawnText['box']): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
