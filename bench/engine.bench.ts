/**
 * Construction benchmark for 500, 2,000 and 5,000 nodes with 30 pods each: parsing and
 * validating the scenario's JSON text, building the final world (what tracing needs) and,
 * separately, recording every step (what the timeline reads, done lazily), each as the median of
 * several runs with wall and CPU time, and the heap each keeps. Prints figures; asserts nothing.
 * Targets (issue 16): at 5,000 nodes, parse + validate < 250 ms, the world < 250 ms, every step
 * recorded < 1,000 ms; the world at most 12× the 500-node time.
 */
import { construct } from '../src/engine/index.ts';
import { parseScenario } from '../src/engine/scenario/parse.ts';
import { type Figure, formatTiming, medianTiming, printFigures, type Timing, timed } from './measure.ts';
import { largeScenario, largeScenarioDocument } from './scenarios.ts';

const RUNS = 5;
const gc = (globalThis as { gc?: () => void }).gc;

function heapNow(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

interface NodeFigures {
  readonly parse: Timing;
  readonly world: Timing;
  readonly steps: Timing;
  readonly stepCount: number;
  readonly worldHeap: number;
  readonly stepsHeap: number;
}

function measureSize(nodes: number): NodeFigures {
  const text = JSON.stringify(largeScenarioDocument(nodes, 30));
  const scenario = largeScenario(nodes, 30);
  const parse: Timing[] = [];
  const world: Timing[] = [];
  const steps: Timing[] = [];
  let stepCount = 0;
  let worldHeap = 0;
  let stepsHeap = 0;
  for (let run = 0; run < RUNS; run++) {
    parse.push(timed(() => parseScenario(text)));
    const base = heapNow();
    const built = timed(() => construct(scenario));
    world.push(built);
    worldHeap = heapNow() - base;
    const recorded = timed(() => built.result.steps.length);
    steps.push(recorded);
    stepCount = recorded.result;
    stepsHeap = heapNow() - base - worldHeap;
  }
  return {
    parse: medianTiming(parse),
    world: medianTiming(world),
    steps: medianTiming(steps),
    stepCount,
    worldHeap,
    stepsHeap,
  };
}

/** Prints the construction figures; returns the rows of the closing table. */
export function benchConstruction(): Figure[] {
  console.log(`construction (median of ${RUNS} runs; wall time, CPU time in brackets)`);
  const bySize = new Map<number, NodeFigures>();
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  for (const nodes of [500, 2000, 5000]) {
    const f = measureSize(nodes);
    bySize.set(nodes, f);
    console.log(
      `  ${String(nodes).padStart(5)} nodes, ${String(nodes * 30).padStart(6)} pods: parse + validate ${formatTiming(f.parse)}; world ${formatTiming(f.world)} (heap ${mib(f.worldHeap)}); ${f.stepCount} steps recorded in ${formatTiming(f.steps)} (heap ${mib(f.stepsHeap)})`,
    );
  }
  const small = bySize.get(500) as NodeFigures;
  const big = bySize.get(5000) as NodeFigures;
  const ratio = big.world.cpuMs / small.world.cpuMs;
  console.log(
    `  world: 5,000-node CPU time / 500-node CPU time = ${ratio.toFixed(1)}× (linear would be 10×)`,
  );
  return [
    {
      name: '5,000 nodes / 150k pods: world built (CPU)',
      now: `${big.world.cpuMs.toFixed(0)} ms`,
      target: '< 250 ms',
      met: big.world.cpuMs < 250,
    },
    {
      name: 'parsing + validating that scenario (CPU)',
      now: `${big.parse.cpuMs.toFixed(0)} ms`,
      target: '< 250 ms',
      met: big.parse.cpuMs < 250,
    },
    {
      name: `${big.stepCount.toLocaleString('en-US')} steps recorded (CPU)`,
      now: `${big.steps.cpuMs.toFixed(0)} ms`,
      target: '< 1,000 ms',
      met: big.steps.cpuMs < 1000,
    },
    {
      name: 'world time 5,000 / 500 nodes (CPU)',
      now: `${ratio.toFixed(1)}×`,
      target: '≤ 12×',
      met: ratio <= 12,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) printFigures('figures', benchConstruction());
