import type { Locator, Page } from '@playwright/test';
import {
  askedView,
  LESSONS,
  type ResolvedQuestion,
  type ResolvedStop,
  resolveLesson,
} from '../src/lessons/index.ts';
import { expect, test } from './fixtures.ts';
import { diagramElement, player } from './lesson-helpers.ts';

/**
 * Issue 13, deliverable 1, for every question of every lesson, from the lesson data: before the
 * answer, neither the answer's words nor its element nor its table line are on screen; after it,
 * the proof is.
 */

/** The words that would give a choice answer away: its label (a bare number says nothing) and the value its id names. */
function answerWords(question: ResolvedQuestion): string[] {
  if (question.kind === 'click') return [];
  const words = /^\d+$/.test(question.answerLabel) ? [] : [question.answerLabel];
  const [kind, value] = [
    question.answer.slice(0, question.answer.indexOf(':')),
    question.answer.slice(question.answer.indexOf(':') + 1),
  ];
  if (['ip', 'cidr', 'route'].includes(kind) && value !== 'none') words.push(value);
  if (kind === 'ttl') words.push(`TTL ${value}`, `TTL stays ${value}`);
  return words;
}

/**
 * The story on screen: at a packet stop the packet's (its hops and, once it is sent, the hop's
 * narration), else the construction's (its steps and the step's narration).
 */
function storyOf(page: Page, stop: ResolvedStop, sent: boolean): Locator[] {
  const narration = page.getByRole('region', { name: 'Narration', exact: true });
  if (!stop.packet) return [page.getByRole('list', { name: 'Construction steps', exact: true }), narration];
  return [page.getByRole('list', { name: 'Packet hops', exact: true }), ...(sent ? [narration] : [])];
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
    // Not the answer's words in the story.
    for (const region of storyOf(page, stop, asked.hop !== null))
      for (const words of answerWords(question))
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
