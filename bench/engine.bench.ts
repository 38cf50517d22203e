/**
 * Construction benchmark: build time and heap for 500, 2,000 and 5,000 nodes with 30 pods each.
 * Prints figures; asserts nothing (targets: 5,000 nodes < 1 s, and ≤ 12× the 500-node time).
 */
import { performance } from 'node:perf_hooks';
import { construct } from '../src/engine/index.ts';
import { largeScenario } from './scenarios.ts';

const gc = (globalThis as { gc?: () => void }).gc;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function benchConstruction(): void {
  console.log('construction (median of 3 runs)');
  const times = new Map<number, number>();
  for (const nodes of [500, 2000, 5000]) {
    const scenario = largeScenario(nodes, 30);
    const runs: number[] = [];
    let heap = 0;
    let steps = 0;
    for (let run = 0; run < 3; run++) {
      gc?.();
      const before = process.memoryUsage().heapUsed;
      const start = performance.now();
      const c = construct(scenario);
      runs.push(performance.now() - start);
      heap = process.memoryUsage().heapUsed - before;
      steps = c.steps.length;
    }
    const ms = median(runs);
    times.set(nodes, ms);
    console.log(
      `  ${String(nodes).padStart(5)} nodes, ${String(nodes * 30).padStart(6)} pods: ${ms.toFixed(0).padStart(5)} ms, ${steps} steps, heap +${(heap / 2 ** 20).toFixed(0)} MiB`,
    );
  }
  const ratio = (times.get(5000) ?? 0) / (times.get(500) ?? 1);
  console.log(`  5,000-node time / 500-node time: ${ratio.toFixed(1)}× (linear would be 10×)`);
}

if (import.meta.url === `file://${process.argv[1]}`) benchConstruction();
