import type { Page } from '@playwright/test';

/**
 * Records the page's long tasks (over 50 ms) from its first script, by the page's own clock, in
 * `window.podpathLongTasks` ({ start, duration }): a click waits for at most the task running when
 * it comes. Call before `goto`.
 */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    Object.assign(window, { podpathLongTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}
