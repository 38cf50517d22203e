/**
 * Where the learner stands after an edit of the scenario (issue 13, deliverable 4): at the last
 * step if they stood at the last step (the new construction's last, however long it grew);
 * otherwise at the same step by what it did (the same changes by the same actor on the same
 * element), where it still exists; else the last step before it that still exists.
 */
import type { Construction, Step } from '../engine/index.ts';

/** What a step did, in words that survive an edit elsewhere: phase, actor, element, change kinds. */
function whatItDid(step: Step): string {
  const kinds = step.changes.map((c) => c.kind).join(',');
  return `${step.phase}|${step.actor}|${step.target}|${step.failed}|${kinds}`;
}

/** The step of `after` that did what step `n` of `before` did (its k-th repeat as the k-th), if any. */
function sameStep(before: readonly Step[], n: number, after: readonly Step[]): number | undefined {
  const step = before[n - 1];
  if (!step) return undefined;
  const key = whatItDid(step);
  const repeat = before.slice(0, n - 1).filter((s) => whatItDid(s) === key).length;
  const found = after.filter((s) => whatItDid(s) === key)[repeat];
  return found?.index;
}

/** The step to show in `after` for a learner who stood at `step` of `before`. */
export function stepAfterEdit(before: Construction, step: number, after: Construction): number {
  const last = before.steps.length;
  if (step <= 0) return 0;
  if (step >= last) return after.steps.length;
  for (let n = step; n >= 1; n--) {
    const found = sameStep(before.steps, n, after.steps);
    if (found !== undefined) return found;
  }
  return 0;
}

/** Whether an edit changed what the diagram draws: an element that only one of them builds. */
export function topologyChanged(before: Construction, after: Construction): boolean {
  const places = (c: Construction) => new Set(c.steps.map((s) => s.target));
  const a = places(before);
  const b = places(after);
  return a.size !== b.size || [...a].some((p) => !b.has(p));
}
