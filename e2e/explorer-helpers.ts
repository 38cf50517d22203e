import type { Page } from '@playwright/test';
import type { Step } from '../src/engine/index.ts';

/** The explorer's controls, found by their accessible names (DESIGN.md §3.4). */
export function explorer(page: Page) {
  const steps = page.getByRole('list', { name: 'Construction steps', exact: true });
  return {
    steps,
    current: steps.locator('[aria-current="step"]'),
    first: page.getByRole('button', { name: 'First step', exact: true }),
    previous: page.getByRole('button', { name: 'Previous step', exact: true }),
    play: page.getByRole('button', { name: 'Play', exact: true }),
    next: page.getByRole('button', { name: 'Next step', exact: true }),
    last: page.getByRole('button', { name: 'Last step', exact: true }),
    narration: page.getByRole('status'),
  };
}

/** The `step` parameter of the page's hash URL, as a number. */
export function stepInUrl(url: string): number {
  const hash = new URL(url).hash;
  return Number(new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get('step'));
}

/** The 1-based index of the step whose title matches. */
export function stepTitled(steps: readonly Step[], title: RegExp): number {
  const index = steps.findIndex((s) => title.test(s.title));
  if (index < 0) throw new Error(`no step titled ${title}`);
  return index + 1;
}
