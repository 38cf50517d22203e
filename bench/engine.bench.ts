/**
 * Construction benchmark for 500, 2,000 and 5,000 nodes with 30 pods each: the time to build the
 * final world (what tracing needs) and, separately, to record every step (what the timeline
 * reads, done lazily), with the heap each keeps. Prints figures; asserts nothing.
 * Targets: the 5,000-node world in < 1 s, and at most 12× the 500-node time.
 */
import { performance } from 'node:perf_hooks';
import { construct, type Scenario } from '../src/engine/index.ts';
import { largeScenario } from './scenarios.ts';

const gc = (globalThis as { gc?: () => void }).gc;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function heapNow(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

/** One run in its own frame, so that nothing of it is still reachable when the next one starts. */
function measure(scenario: Scenario) {
  const base = heapNow();
  let start = performance.now();
  const c = construct(scenario);
  const worldMs = performance.now() - start;
  const worldHeap = heapNow() - base;
  start = performance.now();
  const steps = c.steps.length;
  const storyMs = performance.now() - start;
  const storyHeap = heapNow() - base - worldHeap;
  return { worldMs, worldHeap, storyMs, storyHeap, steps };
}

export function benchConstruction(): void {
  console.log('construction (median of 3 runs)');
  const worldTimes = new Map<number, number>();
  for (const nodes of [500, 2000, 5000]) {
    const scenario = largeScenario(nodes, 30);
    const world: number[] = [];
    const story: number[] = [];
    let worldHeap = 0;
    let storyHeap = 0;
    let steps = 0;
    for (let run = 0; run < 3; run++) {
      const figures = measure(scenario);
      world.push(figures.worldMs);
      story.push(figures.storyMs);
      worldHeap = figures.worldHeap;
      storyHeap = figures.storyHeap;
      steps = figures.steps;
    }
    worldTimes.set(nodes, median(world));
    const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
    console.log(
      `  ${String(nodes).padStart(5)} nodes, ${String(nodes * 30).padStart(6)} pods: world ${median(world).toFixed(0).padStart(5)} ms (heap ${mib(worldHeap)}); ${steps} steps recorded in ${median(story).toFixed(0)} ms (heap ${mib(storyHeap)})`,
    );
  }
  const ratio = (worldTimes.get(5000) ?? 0) / (worldTimes.get(500) ?? 1);
  console.log(`  world: 5,000-node time / 500-node time = ${ratio.toFixed(1)}× (linear would be 10×)`);
}

if (import.meta.url === `file://${process.argv[1]}`) benchConstruction();
