/**
 * Construction benchmark for 200 nodes with 4 pods each (the browser's 200-node size) and for
 * 500, 2,000 and 5,000 nodes with 30 pods each: parsing and
 * validating the scenario's JSON text, building the final world (what tracing needs) and,
 * separately, recording every step (what the timeline reads, done lazily), each as the median of
 * several runs with wall and CPU time, and the heap each keeps. Prints figures; asserts nothing.
 * Targets (issue 16): at 5,000 nodes, parse + validate < 250 ms, the world < 250 ms, every step
 * recorded < 1,000 ms; the world at most 12× the 500-node time.
 */
import { construct } from '../src/engine/index.ts';
import { parseScenario } from '../src/engine/scenario/parse.ts';
import type { Scenario } from '../src/engine/scenario/types.ts';
import { type Figure, formatTiming, medianTiming, printFigures, type Timing, timed } from './measure.ts';
import { largeScenario, largeScenarioDocument } from './scenarios.ts';

const RUNS = 5;
const SIZES = [
  [200, 4],
  [500, 30],
  [2000, 30],
  [5000, 30],
] as const;
const gc = (globalThis as { gc?: () => void }).gc;

function heapNow(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

interface NodeFigures {
  readonly parse: Timing;
  /** JSON.parse of the text alone, the part of `parse` the engine does not write. */
  readonly jsonParse: Timing;
  readonly world: Timing;
  readonly steps: Timing;
  readonly stepCount: number;
  readonly worldHeap: number;
  readonly stepsHeap: number;
}

/**
 * The heap a construction keeps: its world, then its steps. Measured apart from the timed runs:
 * the collection it forces shrinks the young generation, which slows the run that follows it (on
 * Node 20 a world built just after one took twice the CPU time), and an app never forces one.
 */
function heapOf(scenario: Scenario): { worldHeap: number; stepsHeap: number } {
  const base = heapNow();
  const built = construct(scenario);
  const worldHeap = heapNow() - base;
  // Reading them records the steps.
  void built.steps.length;
  return { worldHeap, stepsHeap: heapNow() - base - worldHeap };
}

function measureSize(nodes: number, podsPerNode: number): NodeFigures {
  const text = JSON.stringify(largeScenarioDocument(nodes, podsPerNode));
  const scenario = largeScenario(nodes, podsPerNode);
  const parse: Timing[] = [];
  const jsonParse: Timing[] = [];
  const world: Timing[] = [];
  const steps: Timing[] = [];
  let stepCount = 0;
  // Only the timings are kept from run to run: the app holds one scenario and one construction,
  // not five (results kept alive would make every later collection walk them).
  const timing = ({ wallMs, cpuMs }: Timing): Timing => ({ wallMs, cpuMs });
  for (let run = 0; run < RUNS; run++) {
    jsonParse.push(timing(timed(() => JSON.parse(text))));
    parse.push(timing(timed(() => parseScenario(text))));
    const built = timed(() => construct(scenario));
    world.push(timing(built));
    const recorded = timed(() => built.result.steps.length);
    steps.push(timing(recorded));
    stepCount = recorded.result;
  }
  return {
    parse: medianTiming(parse),
    jsonParse: medianTiming(jsonParse),
    world: medianTiming(world),
    steps: medianTiming(steps),
    stepCount,
    ...heapOf(scenario),
  };
}

/** Prints the construction figures; returns the rows of the closing table. */
export function benchConstruction(): Figure[] {
  console.log(`construction (median of ${RUNS} runs; wall time, CPU time in brackets)`);
  const bySize = new Map<number, NodeFigures>();
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  for (const [nodes, podsPerNode] of SIZES) {
    const f = measureSize(nodes, podsPerNode);
    bySize.set(nodes, f);
    console.log(
      `  ${String(nodes).padStart(5)} nodes, ${String(nodes * podsPerNode).padStart(6)} pods: parse + validate ${formatTiming(f.parse)} (JSON.parse alone ${formatTiming(f.jsonParse)}); world ${formatTiming(f.world)} (heap ${mib(f.worldHeap)}); ${f.stepCount} steps recorded in ${formatTiming(f.steps)} (heap ${mib(f.stepsHeap)})`,
    );
  }
  const browserSize = bySize.get(200) as NodeFigures;
  const small = bySize.get(500) as NodeFigures;
  const big = bySize.get(5000) as NodeFigures;
  const ratio = big.world.cpuMs / small.world.cpuMs;
  console.log(
    `  world: 5,000-node CPU time / 500-node CPU time = ${ratio.toFixed(1)}× (linear would be 10×)`,
  );
  const cpuWall = (t: Timing) => `${t.cpuMs.toFixed(0)} ms (wall ${t.wallMs.toFixed(0)})`;
  return [
    {
      name: `200 nodes / 800 pods: parse + world + ${browserSize.stepCount} steps (CPU)`,
      now: `${(browserSize.parse.cpuMs + browserSize.world.cpuMs + browserSize.steps.cpuMs).toFixed(0)} ms (wall ${(browserSize.parse.wallMs + browserSize.world.wallMs + browserSize.steps.wallMs).toFixed(0)})`,
      target: '(reference for bench:browser, whose 200-node targets are frames)',
      met: undefined,
    },
    {
      name: '5,000 nodes / 150k pods: world built (CPU)',
      now: cpuWall(big.world),
      target: '< 250 ms',
      met: big.world.cpuMs < 250,
    },
    {
      name: 'parsing + validating that scenario (CPU)',
      now: cpuWall(big.parse),
      target: '< 250 ms',
      met: big.parse.cpuMs < 250,
    },
    {
      name: `${big.stepCount.toLocaleString('en-US')} steps recorded (CPU)`,
      now: cpuWall(big.steps),
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
