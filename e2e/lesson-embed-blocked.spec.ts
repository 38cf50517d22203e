import { type Host, serveHost } from './embed-host.ts';
import { expect, test } from './fixtures.ts';
import { lesson } from './lesson-helpers.ts';
import { EMBED_HOST_PORT, SITE_PORT } from './ports.ts';

/**
 * Issue 13, judged by: the lesson embed in a cross-origin iframe whose localStorage throws on
 * access (third-party storage blocked): no error text, the stop shown, answers checked.
 */
const L = lesson('same-node-cross-node');
const STOP = L.stops.find((s) => s.question?.kind === 'choice');

let host: Host;
test.beforeAll(async () => {
  if (!STOP) throw new Error('no choice question');
  host = await serveHost(
    EMBED_HOST_PORT,
    `http://localhost:${SITE_PORT}/#/?lesson=${L.id}&stop=${STOP.number}&embed=1`,
  );
});
test.afterAll(async () => host.close());
test.use({ extraOrigins: [`http://127.0.0.1:${EMBED_HOST_PORT}`] });

test('a lesson embedded on another origin with localStorage throwing shows its stop and checks answers', async ({
  page,
}) => {
  if (!STOP?.question) throw new Error('no choice question');
  // Every frame's localStorage throws on access, as with third-party storage blocked.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(host.url);
  const frame = page.frameLocator('#podpath');
  const embedded = page.frames().find((f) => f.url().startsWith(`http://localhost:${SITE_PORT}/`));
  expect(
    await embedded?.evaluate(() => {
      try {
        return typeof window.localStorage;
      } catch {
        return 'throws';
      }
    }),
  ).toBe('throws');
  const panel = frame.getByRole('region', { name: `Lesson: ${L.title}`, exact: true });
  await expect(panel).toContainText(`Stop ${STOP.number} of ${L.stops.length}`);
  await expect(panel).toContainText(STOP.question.prompt);
  await expect(frame.getByRole('alert')).toHaveCount(0);
  await expect(frame.locator('body')).not.toContainText('SecurityError');
  await expect(frame.locator('body')).not.toContainText('localStorage');
  // A wrong answer, then the right one after "Try again".
  const wrong = STOP.question.options.find((o) => o.id !== STOP.question?.answer);
  await panel
    .getByRole('group')
    .getByRole('button', { name: wrong?.label ?? '', exact: true })
    .click();
  await expect(panel.locator('[data-verdict]')).toHaveText(
    `Not quite. The answer is ${STOP.question.answerLabel}.`,
  );
  await panel.getByRole('button', { name: 'Try again', exact: true }).click();
  await panel
    .getByRole('group')
    .getByRole('button', { name: STOP.question.answerLabel, exact: true })
    .click();
  await expect(panel.locator('[data-verdict]')).toHaveText('Right.');
  await expect(frame.getByRole('alert')).toHaveCount(0);
  await expect(frame.locator('body')).not.toContainText('SecurityError');
});
