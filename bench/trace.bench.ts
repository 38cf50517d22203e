/**
 * Packet-trace benchmark (DESIGN.md §4, issue 4): cross-node pod → pod traces, answer included,
 * on a 5,000-node, 30-pods-per-node scenario (5,000 custom VPC routes) and on a 200-node one, as
 * traces per second by CPU time (wall time beside it), the median of several runs. Prints
 * figures; the target (issue 16) is ≥ 100,000 traces/s.
 * Run: `node --import tsx bench/trace.bench.ts`.
 */
import { construct } from '../src/engine/index.ts';
import { trace } from '../src/engine/packet/index.ts';
import { indexWorld } from '../src/engine/packet/world-index.ts';
import { type Figure, formatTiming, medianTiming, printFigures, type Timing, timed } from './measure.ts';
import { largeScenario } from './scenarios.ts';

const RUNS = 5;
const TRACES_PER_RUN = 10_000;
const TARGET_PER_SECOND = 100_000;

interface TraceFigures {
  readonly nodes: number;
  readonly routes: number;
  /** The world compiled for traces (packet/world-index.ts), once per world. */
  readonly compile: Timing;
  /** The first trace, after the compile: it compiles the tables of the nodes and pods it meets. */
  readonly first: Timing;
  /** One run of TRACES_PER_RUN traces, median. */
  readonly run: Timing;
  readonly hops: number;
}

function measureTraces(nodes: number, podsPerNode: number): TraceFigures {
  const world = construct(largeScenario(nodes, podsPerNode)).final;
  const pods = nodes * podsPerNode;
  // pod-i lives on node-(i mod nodes), so pod-i → pod-(i+1) always crosses nodes; a stride
  // spreads the pairs over the whole route table.
  const pair = (k: number) => {
    const i = (k * 7919) % pods;
    return [`pod:pod-${i}`, `pod:pod-${(i + 1) % pods}`] as const;
  };
  const compile = timed(() => indexWorld(world));
  const first = timed(() => trace(world, ...pair(0)));
  const check = first.result;
  if (check.outcome !== 'delivered' || check.reply?.outcome !== 'delivered') {
    throw new Error(`benchmark trace not delivered: ${check.reason}`);
  }
  for (let k = 0; k < 2000; k++) trace(world, ...pair(k));
  const runs: Timing[] = [];
  let hops = 0;
  for (let run = 0; run < RUNS; run++) {
    runs.push(
      timed(() => {
        for (let k = 0; k < TRACES_PER_RUN; k++)
          hops += trace(world, ...pair(run * TRACES_PER_RUN + k)).hops.length;
      }),
    );
  }
  return {
    nodes,
    routes: world.vpc.routeTable.length,
    compile,
    first,
    run: medianTiming(runs),
    hops: hops / (RUNS * TRACES_PER_RUN),
  };
}

const perSecond = (ms: number) => Math.round((TRACES_PER_RUN * 1000) / ms);
const rate = (ms: number) => perSecond(ms).toLocaleString('en-US');

/** Prints the trace figures; returns the rows of the closing table. */
export function benchTraces(): Figure[] {
  console.log(
    `trace (median of ${RUNS} runs of ${TRACES_PER_RUN.toLocaleString('en-US')} cross-node pod → pod traces with their answer)`,
  );
  const rows: Figure[] = [];
  for (const [nodes, podsPerNode] of [
    [200, 4],
    [5000, 30],
  ] as const) {
    const f = measureTraces(nodes, podsPerNode);
    console.log(
      `  ${String(nodes).padStart(5)} nodes, ${f.routes} VPC route entries: ${rate(f.run.cpuMs)} traces/s by CPU (wall ${rate(f.run.wallMs)}/s; ${((f.run.cpuMs * 1000) / TRACES_PER_RUN).toFixed(1)} µs each), ${f.hops.toFixed(0)} hops out; world compiled for traces once in ${formatTiming(f.compile)}, then the first trace ${formatTiming(f.first)}`,
    );
    const met = perSecond(f.run.cpuMs) >= TARGET_PER_SECOND;
    rows.push({
      name: `${nodes.toLocaleString('en-US')} nodes: cross-node traces/s over a ${f.routes}-entry VPC table`,
      now: `${rate(f.run.cpuMs)} (wall ${rate(f.run.wallMs)})`,
      target: `≥ ${TARGET_PER_SECOND.toLocaleString('en-US')}`,
      met,
    });
    rows.push({
      name: `${nodes.toLocaleString('en-US')} nodes: world compiled for traces (once per world)`,
      now: formatTiming(f.compile),
      target: '',
      met: undefined,
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) printFigures('figures', benchTraces());
