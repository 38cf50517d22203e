/**
 * Playback timing. A step animates for STEP_ANIMATION_MS (progress 0 → 1), then, while playing,
 * holds for STEP_HOLD_MS so the learner can read it before the next step starts. Speed divides both.
 */
export const STEP_ANIMATION_MS = 800;
export const STEP_HOLD_MS = 700;

/** The speeds offered in the "Speed" select; anything else is refused. */
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

export function isSpeed(value: number): value is Speed {
  return (SPEEDS as readonly number[]).includes(value);
}

/** Animation progress of the current step, linear in [0, 1]. */
export function progressOf(time: number): number {
  return Math.max(0, Math.min(1, time / STEP_ANIMATION_MS));
}
