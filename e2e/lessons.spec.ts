import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { diagramElement, lesson, player, stopInUrl } from './lesson-helpers.ts';

const CROSS = lesson('same-node-cross-node');

test('a lesson played from its link to the end: one answer wrong, one right', async ({ page }) => {
  await page.goto(`/#/?lesson=${CROSS.id}&stop=1`);
  const ui = player(page, CROSS.title);
  await expect(ui.panel).toBeVisible();
  await expect(ui.previous).toBeDisabled();
  const routeStop = CROSS.stops.find((s) => s.question?.answer.startsWith('route:'));
  const addressStop = CROSS.stops.find((s) => s.question?.answer.startsWith('ip:'));
  if (!routeStop?.question || !addressStop?.question) throw new Error('the lesson lost its questions');

  for (const stop of CROSS.stops) {
    await expect(ui.panel).toContainText(`Stop ${stop.number} of ${CROSS.stops.length}`);
    await expect(ui.panel.getByRole('heading', { name: stop.title, exact: true })).toBeVisible();
    await expect(ui.panel).toContainText(stop.narration);
    expect(stopInUrl(page.url())).toBe(stop.number);

    if (stop === routeStop && stop.question) {
      // Wrong: the explanation shows, and the hop whose table line proves the answer is marked.
      const wrong = stop.question.options.find((o) => o.id !== stop.question?.answer);
      if (!wrong) throw new Error('no wrong option');
      await ui.option(wrong.label).click();
      await expect(ui.feedback).toHaveText(`Not quite. The answer is ${stop.question.answerLabel}.`);
      await expect(ui.panel).toContainText(stop.question.explanation);
      const destination = stop.question.answer.slice('route:'.length);
      const table = page.getByRole('table', { name: 'VPC route table', exact: true });
      await expect(table.locator('tr[data-matched]')).toHaveCount(1);
      await expect(table.locator('tr[data-matched]')).toContainText(destination);
      await expect(diagramElement(page, 'vpc-router')).toHaveAttribute('aria-pressed', 'true');
    }
    if (stop === addressStop && stop.question) {
      await ui.option(stop.question.answerLabel).click();
      await expect(ui.feedback).toHaveText('Right.');
      await expect(ui.panel).toContainText(stop.question.proof.text);
    }
    if (stop.number < CROSS.stops.length) await ui.next.click();
  }
  await expect(ui.next).toBeDisabled();
  await expect(ui.panel).toContainText('End of the lesson.');
  await ui.previous.click();
  expect(stopInUrl(page.url())).toBe(CROSS.stops.length - 1);
});

test('a "click the element" question is answered in the diagram', async ({ page }) => {
  const l = lesson('flanneld-vs-cni');
  const stop = l.stops.find((s) => s.question?.kind === 'click');
  if (!stop?.question) throw new Error('no click question');
  await page.goto(`/#/?lesson=${l.id}&stop=${stop.number}`);
  const ui = player(page, l.title);
  await expect(ui.panel).toContainText(stop.question.prompt);
  await diagramElement(page, stop.question.answer).click();
  await expect(ui.feedback).toHaveText('Right.');
  await expect(diagramElement(page, stop.question.answer)).toHaveAttribute('aria-pressed', 'true');
});

test('progress survives a reload and can be reset', async ({ page }) => {
  const l = lesson('troubleshooting');
  const first = l.stops[0];
  if (!first?.question) throw new Error('the first stop lost its question');
  await page.goto(`/#/?lesson=${l.id}&stop=1`);
  const ui = player(page, l.title);
  const wrong = first.question.options.find((o) => o.id !== first.question?.answer);
  await ui.option(wrong?.label ?? '').click();
  await expect(ui.feedback).toHaveText(/^Not quite\./);
  await ui.next.click();
  await expect(ui.panel).toContainText(`Stop 2 of ${l.stops.length}`);

  await page.reload();
  await expect(ui.panel).toContainText(`Stop 2 of ${l.stops.length}`);
  await ui.previous.click();
  await expect(ui.feedback).toHaveText(/^Not quite\./);
  await expect(ui.stops.getByRole('button', { name: /^Stop 2: .*\(seen\)$/ })).toBeVisible();

  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Lessons', exact: true });
  await expect(picker).toBeVisible();
  const entry = picker.getByRole('listitem').filter({ hasText: l.title });
  await expect(entry).toContainText(`2 of ${l.stops.length} stops seen`);
  await expectNoAxeViolations(page);
  await picker.getByRole('button', { name: 'Reset progress', exact: true }).click();
  await expect(entry).toContainText(`0 of ${l.stops.length} stops seen`);
  await picker.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(ui.feedback).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(picker.getByRole('listitem').filter({ hasText: l.title })).toContainText(
    `1 of ${l.stops.length} stops seen`,
  );
});

test('a lesson is picked from the list and shows its first stop', async ({ page }) => {
  await page.goto('/#/?preset=article');
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const l = lesson('why-it-stops-growing');
  await page.getByRole('button', { name: `Start lesson: ${l.title}`, exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Lessons' })).toHaveCount(0);
  const ui = player(page, l.title);
  await expect(ui.panel).toContainText(`Stop 1 of ${l.stops.length}`);
  expect(new URL(page.url()).hash).toContain(`lesson=${l.id}&stop=1`);
  await page.getByRole('button', { name: 'Exit lesson', exact: true }).click();
  await expect(ui.panel).toHaveCount(0);
  expect(new URL(page.url()).hash).not.toContain('lesson=');
});

test('a lesson stop in embed mode shows the same view', async ({ page }) => {
  const l = lesson('leaving-the-cluster');
  // A stop without a question: one that asks selects nothing until answered (lesson-questions.spec.ts).
  const stop = l.stops.find((s) => s.packet?.hop != null && !s.question);
  if (!stop?.packet) throw new Error('no packet stop');
  const views = [];
  for (const embed of ['', '&embed=1']) {
    // A new document each time: only the hash would differ, and the mode is read at start.
    await page.goto('about:blank');
    await page.goto(`/#/?lesson=${l.id}&stop=${stop.number}${embed}`);
    const ui = player(page, l.title);
    await expect(ui.panel).toContainText(stop.narration);
    const selected = page.getByRole('region', { name: 'Topology' }).locator('[aria-pressed="true"]');
    await expect(selected).toHaveCount(1);
    views.push({
      selected: await selected.getAttribute('data-id'),
      counter: await page
        .getByText(/^Hop \d+ of \d+$/)
        .first()
        .textContent(),
      exit: await page.getByRole('button', { name: 'Exit lesson' }).count(),
    });
  }
  expect(views[1]?.selected).toBe(views[0]?.selected);
  expect(views[1]?.counter).toBe(views[0]?.counter);
  expect(views.map((v) => v.exit)).toEqual([1, 0]);
  await expectNoAxeViolations(page);
});

test('a lesson stop with its question answered has no serious accessibility violations', async ({ page }) => {
  const stop = CROSS.stops.find((s) => s.question);
  if (!stop?.question) throw new Error('no question');
  await page.goto(`/#/?lesson=${CROSS.id}&stop=${stop.number}`);
  const ui = player(page, CROSS.title);
  await ui.option(stop.question.answerLabel).click();
  await expect(ui.feedback).toHaveText('Right.');
  await expectNoAxeViolations(page);
});
