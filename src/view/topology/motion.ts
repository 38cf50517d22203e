/**
 * Animation as a function of the step's progress (the app's one clock supplies it): no timers
 * here, so what is drawn depends only on (world, step, progress).
 */
import { easeCubicOut } from '../ease.ts';

/** Progress clamped to [0, 1] and eased; NaN counts as finished. */
export function eased(progress: number): number {
  if (!(progress >= 0)) return Number.isNaN(progress) ? 1 : 0;
  return easeCubicOut(Math.min(1, progress));
}

/** The keys of an element's lines that enter with this step, joined (a stable memo key). */
export function enteringLines(entering: ReadonlySet<string>, keys: readonly { key: string }[]): string {
  let out = '';
  for (const { key } of keys) if (entering.has(key)) out += `${key}\n`;
  return out;
}
