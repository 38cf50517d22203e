/**
 * `verify:kernel`: replays scenarios in network namespaces and compares the kernel's decisions
 * with the engine's traces. Returns the exit status: 0 when everything agreed (or the check
 * cannot run here and --strict is off), 1 on any disagreement, 2 on a usage error.
 */
import { type Backend, parseArgs, type SetSpec, setName, USAGE } from './args.ts';
import {
  cleanUpOnSignals,
  listNamespaces,
  removeRegistered,
  runPrefix,
  sweepLeftovers,
} from './namespaces.ts';
import { whyCannotRun } from './preflight.ts';
import { formatScenario, formatTally, sum, type Tally, tally } from './report.ts';
import { verifyScenario } from './run-scenario.ts';
import {
  faultCases,
  fileCase,
  isPreset,
  onBackend,
  presetCase,
  randomCases,
  type ScenarioCase,
} from './scenario-sets.ts';
import { terwayCases } from './terway-sets.ts';

function casesOf(set: SetSpec): ScenarioCase[] {
  // Terway's set runs Terway, whatever Flannel backend is asked for.
  if (set.kind === 'terway') return terwayCases(set.count, set.seed);
  const cases =
    set.kind === 'random'
      ? randomCases(set.count, set.seed, set.backend === undefined)
      : set.kind === 'faults'
        ? faultCases()
        : set.kind === 'preset' && isPreset(set.name)
          ? [presetCase(set.name)]
          : [fileCase(set.kind === 'file' ? set.path : set.name)];
  return set.backend === undefined ? cases : cases.map((c) => onBackend(c, set.backend as Backend));
}

/** Runs the check; `print` receives each output line. */
export async function main(
  argv: readonly string[],
  print: (line: string) => void = console.log,
): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    print(`verify-kernel: ${args}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    print(USAGE);
    return 0;
  }
  let sets: { set: SetSpec; cases: ScenarioCase[] }[];
  try {
    sets = args.sets.map((set) => ({ set, cases: casesOf(set) }));
  } catch (error) {
    print(`verify-kernel: ${(error as Error).message}`);
    return 2;
  }
  const prefix = runPrefix();
  const why = whyCannotRun(prefix);
  if (why !== undefined) {
    print(`verify-kernel: cannot run here: ${why}. No result is claimed.`);
    return args.strict ? 1 : 0;
  }
  cleanUpOnSignals();
  const swept = sweepLeftovers();
  if (swept.length > 0) print(`verify-kernel: removed ${swept.length} namespaces left by earlier runs`);
  const started = performance.now();
  const totals: Tally[] = [];
  const byBackend = new Map<string, Tally[]>();
  let scenario = 0;
  try {
    for (const { set, cases } of sets) {
      const tallies: Tally[] = [];
      for (const testCase of cases) {
        const report = await verifyScenario(testCase, `${prefix}${scenario++}-`);
        for (const line of formatScenario(report, args.verbose)) print(line);
        tallies.push(tally(report));
      }
      print(`${setName(set)}: ${formatTally(sum(tallies))}`);
      totals.push(...tallies);
      const backend = set.backend ?? 'alloc';
      byBackend.set(backend, [...(byBackend.get(backend) ?? []), ...tallies]);
    }
  } finally {
    removeRegistered();
  }
  const left = listNamespaces().filter((name) => name.startsWith(prefix));
  if (left.length > 0) print(`verify-kernel: could not remove ${left.join(', ')}`);
  const total = sum(totals);
  print(`verify-kernel: ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
  if (byBackend.size > 1)
    for (const [backend, tallies] of byBackend)
      print(`${backend} (${tallies.length} scenarios): ${formatTally(sum(tallies))}`);
  print(formatTally(total));
  return total.disagreed > 0 || left.length > 0 ? 1 : 0;
}
