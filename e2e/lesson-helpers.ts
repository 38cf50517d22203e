import type { Page } from '@playwright/test';
import { LESSONS, type ResolvedLesson, resolveLesson } from '../src/lessons/index.ts';

/** A lesson as the engine resolves it: the spec reads right answers from here, never types them. */
export function lesson(id: string): ResolvedLesson {
  const found = LESSONS.find((l) => l.id === id);
  if (!found) throw new Error(`no lesson ${id}`);
  return resolveLesson(found);
}

/** The lesson player's controls, found by their accessible names. */
export function player(page: Page, title: string) {
  const panel = page.getByRole('region', { name: `Lesson: ${title}`, exact: true });
  return {
    panel,
    next: panel.getByRole('button', { name: 'Next stop', exact: true }),
    previous: panel.getByRole('button', { name: 'Previous stop', exact: true }),
    stops: panel.getByRole('list', { name: 'Lesson stops', exact: true }),
    option: (label: string) => panel.getByRole('group').getByRole('button', { name: label, exact: true }),
    /** The verdict line of the feedback ("Right.", "Not quite. The answer is …"). */
    feedback: panel.locator('[data-verdict]'),
  };
}

/** The diagram element with this id, and whether it is the selected one. */
export function diagramElement(page: Page, id: string) {
  return page.getByRole('region', { name: 'Topology', exact: true }).locator(`[data-id="${id}"]`);
}

/** The `stop` parameter of the page's hash URL, as a number. */
export function stopInUrl(url: string): number {
  const hash = new URL(url).hash;
  return Number(new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get('stop'));
}
