/** Frame-time statistics from requestAnimationFrame deltas recorded in the page. */
import type { Page } from '@playwright/test';

export const FRAME_MS = 1000 / 60;

export interface FrameStats {
  readonly frames: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  /** The frames' summed time, ms (fps = frames / total). */
  readonly total: number;
  /** Frames a 60 Hz display would have shown but the page did not produce. */
  readonly dropped: number;
}

/**
 * Records the deltas between animation frames for `durationMs`, in the page. The page code is a
 * string: tsx compiles functions with a `__name` helper that does not exist in the page.
 */
export function recordFrames(page: Page, durationMs: number): Promise<number[]> {
  const script = `new Promise((resolve) => {
    const deltas = [];
    let last = performance.now();
    const end = last + ${Number(durationMs)};
    const onFrame = (now) => {
      deltas.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(onFrame);
      else resolve(deltas);
    };
    requestAnimationFrame(onFrame);
  })`;
  return page.evaluate(script) as Promise<number[]>;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export function frameStats(deltas: readonly number[]): FrameStats {
  // The first delta measures from the evaluate call, not from a frame: leave it out.
  const frames = deltas.slice(1);
  const sorted = [...frames].sort((a, b) => a - b);
  const dropped = frames.reduce((sum, d) => sum + Math.max(0, Math.round(d / FRAME_MS) - 1), 0);
  return {
    frames: frames.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
    total: frames.reduce((sum, d) => sum + d, 0),
    dropped,
  };
}
