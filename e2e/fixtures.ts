import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { SITE_PORT } from './ports.ts';

export { expect };

/** Schemes that never leave the browser, so they are no request to another origin. */
const LOCAL_PROTOCOLS = new Set(['data:', 'blob:', 'about:']);

/**
 * Playwright's `test` with an automatic guard on every test: any console error, uncaught page
 * error, or request to an origin other than the site's own fails the test at teardown, with the
 * full list (DESIGN.md §4: no console errors, no request to any other origin).
 */
export const test = base.extend<{
  pageGuard: undefined;
  extraOrigins: readonly string[];
  expectedConsoleErrors: RegExp | null;
}>({
  /** Origins a test serves itself besides the site (a host page for the embed, a static server). */
  extraOrigins: [[], { option: true }],
  /** Console errors a test provokes on purpose (a request it makes fail); any other still fails. */
  expectedConsoleErrors: [null, { option: true }],
  pageGuard: [
    async ({ context, baseURL, extraOrigins, expectedConsoleErrors }, use) => {
      const ownOrigin = new URL(baseURL ?? `http://localhost:${SITE_PORT}/`).origin;
      const problems: string[] = [];
      context.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (expectedConsoleErrors?.test(message.text())) return;
        const { url, lineNumber } = message.location();
        problems.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      context.on('weberror', (error) => {
        problems.push(`page error: ${error.error().stack ?? error.error().message}`);
      });
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (LOCAL_PROTOCOLS.has(url.protocol) || url.origin === ownOrigin) return;
        if (extraOrigins.includes(url.origin)) return;
        problems.push(`request to another origin: ${request.method()} ${request.url()}`);
      });

      await use(undefined);

      expect(problems.length, `the page reported problems:\n  ${problems.join('\n  ')}\n`).toBe(0);
    },
    { auto: true },
  ],
});

/** Runs axe on the page as it stands and fails on any serious or critical violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = blocking
    .map((v) => {
      const nodes = v.nodes
        .map(
          (node) =>
            `    - ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replaceAll('\n', '\n      ')}`,
        )
        .join('\n');
      return `[${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
  expect(blocking.length, `axe found ${blocking.length} serious or critical violation(s):\n${report}\n`).toBe(
    0,
  );
}
