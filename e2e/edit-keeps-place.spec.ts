import { construct } from '../src/engine/index.ts';
import { presetScenario } from '../src/engine/scenario/presets.ts';
import { author, hashParams } from './author-helpers.ts';
import { expect, test } from './fixtures.ts';

const LAST = construct(presetScenario('article')).steps.length;

test('at the last step, Edit scenario → Add node shows the last step of the new construction', async ({
  page,
}) => {
  await page.goto(`/#/?preset=article&step=${LAST}`);
  const ui = author(page);
  await expect(page.getByText(`Step ${LAST} of ${LAST}`, { exact: true }).first()).toBeVisible();
  await ui.open.click();
  await ui.editor.getByRole('button', { name: 'Add node', exact: true }).click();
  // The new node's steps come in: the learner is still at the end, now of the longer construction.
  await expect.poll(() => hashParams(page.url()).get('s')).toMatch(/^v1\./);
  const counter = page.getByText(/^Step \d+ of \d+$/).first();
  await expect(counter).not.toHaveText(`Step ${LAST} of ${LAST}`);
  const [, at, total] = /^Step (\d+) of (\d+)$/.exec((await counter.textContent()) ?? '') ?? [];
  expect(Number(total)).toBeGreaterThan(LAST);
  expect(at).toBe(total);
  expect(hashParams(page.url()).get('step')).toBe(total);
});
