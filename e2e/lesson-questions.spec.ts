import type { Locator, Page } from '@playwright/test';
import { answerTells, askedView, LESSONS, type ResolvedStop, resolveLesson } from '../src/lessons/index.ts';
import { expect, test } from './fixtures.ts';
import { diagramElement, lesson as lessonById, player } from './lesson-helpers.ts';

/**
 * Issue 13, deliverable 1, for every question of every lesson, from the lesson data: before the
 * answer, neither the answer's words (lessons/answer-tells.ts) nor its element nor its table line
 * are on screen; after it, the proof is.
 */

/**
 * What the learner reads on screen: the story (at a packet stop the packet's, its hops and, once
 * it is sent, the hop's narration; else the construction's, its steps and the step's narration),
 * the inspector and the what-if panel (its operator's view and the room left).
 */
function readOf(page: Page, stop: ResolvedStop, sent: boolean): Locator[] {
  const narration = page.getByRole('region', { name: 'Narration', exact: true });
  const panels = [
    page.getByRole('region', { name: /^Inspector/ }),
    page.getByRole('region', { name: 'What-if', exact: true }),
  ];
  if (!stop.packet)
    return [page.getByRole('list', { name: 'Construction steps', exact: true }), narration, ...panels];
  return [
    page.getByRole('list', { name: 'Packet hops', exact: true }),
    ...(sent ? [narration] : []),
    ...panels,
  ];
}

async function listedNumbers(list: Locator): Promise<number[]> {
  if ((await list.count()) === 0) return [];
  const texts = await list.locator(':scope > li > ol > li button > span:first-child').allTextContents();
  return texts.map(Number);
}

const QUESTIONS = LESSONS.flatMap((l) => {
  const resolved = resolveLesson(l);
  return resolved.stops.flatMap((stop) => (stop.question ? [{ lesson: resolved, stop }] : []));
});

for (const { lesson, stop } of QUESTIONS) {
  test(`${lesson.id} stop ${stop.number}: no answer on screen before it is given, the proof after`, async ({
    page,
  }) => {
    const question = stop.question;
    const asked = askedView(stop);
    if (!question || !asked) throw new Error('no question');
    await page.goto(`/#/?lesson=${lesson.id}&stop=${stop.number}`);
    const ui = player(page, lesson.title);
    await expect(ui.panel).toContainText(question.prompt);
    const topology = page.getByRole('region', { name: 'Topology', exact: true });
    // Shown before the deciding step or hop: nothing from it on is listed.
    if (stop.packet && asked.hop !== null)
      await expect(page.getByText(`Hop ${asked.hop} of`).first()).toBeVisible();
    const steps = await listedNumbers(page.getByRole('list', { name: 'Construction steps', exact: true }));
    expect(steps.every((n) => n < asked.withheld.stepsFrom)).toBe(true);
    const hops = await listedNumbers(page.getByRole('list', { name: 'Packet hops', exact: true }));
    expect(hops.every((n) => n < (asked.withheld.hopsFrom ?? Number.POSITIVE_INFINITY))).toBe(true);
    // Not the answer's words in the story, the inspector or the what-if panel.
    for (const region of readOf(page, stop, asked.hop !== null))
      for (const words of answerTells(question))
        if ((await region.count()) > 0) await expect(region).not.toContainText(words);
    // Not its element picked out, nor its table line marked, nor a badge naming a node's cause.
    const proof = question.proof.element;
    if (proof && !proof.startsWith('route:'))
      await expect(diagramElement(page, proof)).not.toHaveAttribute('aria-pressed', 'true');
    if (question.kind === 'click')
      await expect(diagramElement(page, question.answer)).not.toHaveAttribute('aria-pressed', 'true');
    const evidence = question.proof.evidence?.line;
    if (evidence)
      await expect(page.getByRole('region', { name: 'Narration', exact: true })).not.toContainText(evidence);
    if (proof?.startsWith('route:'))
      await expect(
        page.locator('tr[data-matched]').filter({ hasText: proof.slice('route:'.length) }),
      ).toHaveCount(0);
    await expect(topology.locator('[data-id^="node:"]:not([data-id*="/"]) [data-badge]')).toHaveCount(0);

    // The right answer, then the proof.
    if (question.kind === 'choice') await ui.option(question.answerLabel).click();
    else await diagramElement(page, question.answer).press('Enter');
    await expect(ui.feedback).toHaveText('Right.');
    if (proof && !proof.startsWith('route:'))
      await expect(diagramElement(page, proof)).toHaveAttribute('aria-pressed', 'true');
    if (proof?.startsWith('route:'))
      await expect(
        page.getByRole('table', { name: 'VPC route table', exact: true }).locator('tr[data-matched]'),
      ).toContainText(proof.slice('route:'.length));
    if (question.proof.evidence)
      await expect(page.getByRole('region', { name: 'Narration', exact: true })).toContainText(
        question.proof.evidence.line,
      );
    await expect(page.locator('[data-kept-back]')).toHaveCount(0);
  });
}

/**
 * While a question waits, a learner who steps on past what it keeps back chose to see it: the
 * view shows the step or hop they went to as it is, and the question still waits for them.
 */
const PASSED = [
  { id: 'why-it-stops-growing', stop: 4 },
  { id: 'flanneld-vs-cni', stop: 5 },
  { id: 'same-node-cross-node', stop: 4 },
];

for (const { id, stop: number } of PASSED) {
  test(`${id} stop ${number}: stepping past the question shows the step or hop as it is`, async ({
    page,
  }) => {
    const resolved = lessonById(id);
    const stop = resolved.stops[number - 1];
    const asked = stop && askedView(stop);
    if (!stop?.question || !asked) throw new Error('no question');
    await page.goto(`/#/?lesson=${id}&stop=${number}`);
    const ui = player(page, resolved.title);
    await expect(ui.panel).toContainText(stop.question.prompt);
    const narration = page.getByRole('region', { name: 'Narration', exact: true });
    if (!stop.packet)
      await expect(narration.locator('[data-kept-back]')).toHaveCount(
        stop.step >= asked.withheld.stepsFrom ? 1 : 0,
      );
    const next = page.getByRole('button', { name: 'Next step', exact: true });
    // Up to the first step or hop kept back, and one past the step shown.
    const presses = stop.packet
      ? (asked.withheld.hopsFrom ?? 1) - (asked.hop ?? 0)
      : Math.max(asked.step + 1, asked.withheld.stepsFrom) - asked.step;
    if (stop.packet && asked.hop !== null)
      await expect(page.getByText(`Hop ${asked.hop} of`).first()).toBeVisible();
    for (let i = 0; i < presses; i += 1) await next.click();
    // Shown as it is: its story, listed, no note of anything kept back.
    await expect(page.locator('[data-kept-back]')).toHaveCount(0);
    if (stop.packet) {
      const hop = asked.withheld.hopsFrom ?? 1;
      await expect(page.getByText(`Hop ${hop} of`).first()).toBeVisible();
    } else {
      const step = asked.step + presses;
      const shown = resolved.construction.steps[step - 1];
      if (!shown) throw new Error(`no step ${step}`);
      await expect(narration).toContainText(shown.title);
      const steps = page.getByRole('list', { name: 'Construction steps', exact: true });
      await expect(steps).toContainText(shown.title);
    }
    // The question still waits for its answer.
    await expect(ui.feedback).toHaveCount(0);
    await expect(ui.option(stop.question.answerLabel)).toBeEnabled();
  });
}
