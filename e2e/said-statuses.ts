import type { Page } from '@playwright/test';

/**
 * Records every text a `role="status"` element shows, from the page's first script, in
 * `window.podpathStatuses`: a status that stands only while work runs (a fast build's "Building
 * the steps…") can be gone before a polling assertion looks. Call before `goto`.
 */
export async function watchStatuses(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const said: string[] = [];
    Object.assign(window, { podpathStatuses: said });
    const note = () => {
      for (const element of document.querySelectorAll('[role="status"]')) {
        const text = element.textContent ?? '';
        if (text !== '' && said[said.length - 1] !== text) said.push(text);
      }
    };
    new MutationObserver(note).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

/** Whether a status has said `text` since the page opened (watchStatuses). */
export function statusSaid(page: Page, text: string): Promise<boolean> {
  return page.evaluate(
    (wanted) =>
      (window as unknown as { podpathStatuses: string[] }).podpathStatuses.some((t) => t.includes(wanted)),
    text,
  );
}
