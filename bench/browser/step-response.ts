/**
 * How fast a step responds (DESIGN.md §4: within a frame or two): from a click on "Next step" to
 * the end of the frame that shows it, measured in the page (a frame, then a task after it).
 */
import type { Page } from '@playwright/test';

export async function measureStepResponse(page: Page, clicks: number): Promise<number[]> {
  // The page code is a string: tsx would add a `__name` helper that the page does not have.
  const script = `(async () => {
    const out = [];
    const next = document.querySelector('button[aria-label="Next step"]');
    for (let i = 0; i < ${Number(clicks)} && next && !next.disabled; i++) {
      await new Promise((r) => setTimeout(r, 120));
      await new Promise((r) => requestAnimationFrame(r));
      const start = performance.now();
      next.click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      out.push(performance.now() - start);
    }
    return out;
  })()`;
  return (await page.evaluate(script)) as number[];
}
