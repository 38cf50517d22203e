/**
 * Timing for the benchmarks: wall time and CPU time of one run, and the median of several. On a
 * shared 2-core machine wall time also counts waiting for a core; CPU time is what the work cost.
 */
import { performance } from 'node:perf_hooks';

export interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Runs `work` once and returns its result with the wall and CPU time it took. */
export function timed<T>(work: () => T): Timing & { readonly result: T } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { result, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The median wall and CPU time over runs. */
export function medianTiming(runs: readonly Timing[]): Timing {
  return { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)) };
}

/** `123 ms (CPU 110 ms)`. */
export function formatTiming({ wallMs, cpuMs }: Timing): string {
  return `${wallMs.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms)`;
}

/** One row of the closing table: a figure, what it is now, the target, and whether it is met. */
export interface Figure {
  readonly name: string;
  readonly now: string;
  readonly target: string;
  /** Undefined for a figure printed for reference, with no target of its own. */
  readonly met: boolean | undefined;
}

/** Prints the figures as an aligned table. */
export function printFigures(title: string, figures: readonly Figure[]): void {
  const width = Math.max(...figures.map((f) => f.name.length));
  const nowWidth = Math.max(...figures.map((f) => f.now.length));
  console.log(title);
  for (const f of figures) {
    console.log(
      `  ${f.name.padEnd(width)}  ${f.now.padStart(nowWidth)}  ${f.met === undefined ? f.target : `target ${f.target}  ${f.met ? 'ok' : 'MISSED'}`}`,
    );
  }
}
