/**
 * Packet-trace benchmark (DESIGN.md §4, issue 4): on a 5,000-node, 30-pods-per-node scenario
 * (5,000 custom VPC routes), traces per second for cross-node pod → pod traces, answer
 * included, by CPU time (wall time beside it). Prints figures; the target (issue 16) is
 * ≥ 100,000 traces/s.
 * Run: `node --import tsx bench/trace.bench.ts`.
 */
import { performance } from 'node:perf_hooks';
import { construct } from '../src/engine/index.ts';
import { trace } from '../src/engine/packet/index.ts';
import { type Figure, printFigures } from './measure.ts';
import { largeScenario } from './scenarios.ts';

const NODES = 5000;
const PODS_PER_NODE = 30;
const TARGET_PER_SECOND = 100_000;

export function benchTrace(): Figure {
  const built = performance.now();
  const world = construct(largeScenario(NODES, PODS_PER_NODE)).final;
  const buildMs = performance.now() - built;
  const pods = NODES * PODS_PER_NODE;
  // pod-i lives on node-(i mod NODES), so pod-i → pod-(i+1) always crosses nodes; a stride
  // spreads the pairs over the whole route table.
  const pair = (k: number) => {
    const i = (k * 7919) % pods;
    return [`pod:pod-${i}`, `pod:pod-${(i + 1) % pods}`] as const;
  };
  const first = performance.now();
  const check = trace(world, ...pair(0));
  const firstMs = performance.now() - first;
  if (check.outcome !== 'delivered' || check.reply?.outcome !== 'delivered') {
    throw new Error(
      `benchmark trace not delivered: ${check.outcome === 'error' ? check.reason : check.reason}`,
    );
  }
  for (let k = 0; k < 2000; k++) trace(world, ...pair(k));
  const count = 50_000;
  let hops = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let k = 0; k < count; k++) {
    const result = trace(world, ...pair(k));
    hops += result.hops.length;
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  // CPU time is what a trace costs; wall time also counts waiting for a core on a busy machine.
  const perSecond = count / Math.min(seconds, cpuSeconds);
  const ok = perSecond >= TARGET_PER_SECOND;
  console.log(
    `trace (${NODES} nodes, ${pods} pods, ${world.vpc.routeTable.length} VPC route entries; built in ${buildMs.toFixed(0)} ms)`,
  );
  console.log(`  first trace (builds the world's indexes): ${firstMs.toFixed(1)} ms`);
  console.log(
    `  cross-node pod → pod with its answer: ${Math.round(perSecond).toLocaleString('en-US')} traces/s (${((Math.min(seconds, cpuSeconds) / count) * 1e6).toFixed(1)} µs each; wall clock ${Math.round(count / seconds).toLocaleString('en-US')}/s), ${(hops / count).toFixed(0)} hops out (target ≥ ${TARGET_PER_SECOND.toLocaleString('en-US')}/s: ${ok ? 'ok' : 'MISSED'})`,
  );
  return {
    name: `cross-node traces/s over a ${world.vpc.routeTable.length}-entry VPC table (CPU)`,
    now: Math.round(perSecond).toLocaleString('en-US'),
    target: `≥ ${TARGET_PER_SECOND.toLocaleString('en-US')}`,
    met: ok,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) printFigures('figures', [benchTrace()]);
