import type { Step } from '../../engine/index.ts';

/** The first step (1-based) of each phase, once per step list: the controls ask at every step. */
const startsOf = new WeakMap<readonly Step[], readonly number[]>();

function phaseStarts(steps: readonly Step[]): readonly number[] {
  let starts = startsOf.get(steps);
  if (!starts) {
    const found: number[] = [];
    for (let i = 0; i < steps.length; i++) {
      if (i === 0 || steps[i]?.phase !== steps[i - 1]?.phase) found.push(i + 1);
    }
    starts = found;
    startsOf.set(steps, starts);
  }
  return starts;
}

/**
 * The step a phase jump goes to from `step` (0 = nothing built, which counts as the first
 * phase): `1` the first step of the next phase, `-1` the first step of the current phase, or of
 * the previous one when already there. null when there is nowhere to go.
 */
export function phaseJump(steps: readonly Step[], step: number, direction: 1 | -1): number | null {
  const phaseAt = (n: number) => steps[Math.max(0, n - 1)]?.phase;
  const starts = phaseStarts(steps);
  if (direction === 1) {
    const current = phaseAt(step);
    return starts.find((s) => s > step && phaseAt(s) !== current) ?? null;
  }
  const before = starts.filter((s) => s < step);
  return before.at(-1) ?? (step > 0 ? 0 : null);
}
