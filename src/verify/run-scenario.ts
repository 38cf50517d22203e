/**
 * One scenario, end to end: plan the replica from the engine's artifacts, build it, make sure
 * nothing of it reached the host's namespace, trace the pairs, ask the kernel, ping, compare —
 * and remove every namespace it made, whatever happens.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { construct, type WorldState } from '../engine/index.ts';
import { trace } from '../engine/packet/index.ts';
import { buildScript, parseRefusals, scriptSteps, shellLine } from './command.ts';
import { type CheckResult, refusedLine } from './compare.ts';
import { expectationsOf, type PairExpectations } from './expectations.ts';
import { checkPings, checkTablesAndRoutes } from './kernel-checks.ts';
import { deleteNamespaces, register } from './namespaces.ts';
import { allPairs, samplePairs } from './pairs.ts';
import type { Replica } from './replica.ts';
import { planReplica } from './replica-plan.ts';
import type { ScenarioCase } from './scenario-sets.ts';
import { checkServices } from './service-checks.ts';
import { runShell } from './shell.ts';
import { planTerwayReplica } from './terway-plan.ts';

/** What one scenario gave. */
export interface ScenarioReport {
  readonly name: string;
  readonly results: readonly CheckResult[];
  readonly pairs: number;
  /** Pairs the engine could not trace (an endpoint error), with the reason. */
  readonly skipped: readonly string[];
  readonly namespaces: number;
  readonly seconds: number;
  /** Set when the replica could not be planned or built: no comparison was made. */
  readonly error?: string;
}

/** The names of the links in the host's own namespace. */
function hostLinks(): Set<string> {
  const result = spawnSync('ip', ['-o', 'link', 'show'], { encoding: 'utf8' });
  return new Set(
    result.stdout.split('\n').map((line) => (line.split(':')[1] ?? '').trim().split('@')[0] ?? ''),
  );
}

/** The link names the replica creates (`link add NAME`, `peer name NAME`). */
function replicaLinks(replica: Replica): Set<string> {
  const names = new Set<string>();
  for (const { argv } of replica.commands) {
    // The bridge plugin makes cni0 (and veths with random names) in the node's namespace.
    if (argv[0] === 'env') names.add('cni0');
    argv.forEach((arg, i) => {
      if (
        (argv[i - 1] === 'add' && argv[i - 2] === 'link') ||
        (argv[i - 1] === 'name' && argv[i - 2] === 'peer')
      )
        names.add(arg);
    });
  }
  return names;
}

/** Links with the replica's names that appeared in the host's namespace while it was built. */
function leakedLinks(replica: Replica, before: ReadonlySet<string>): string[] {
  const ours = replicaLinks(replica);
  return [...hostLinks()].filter((name) => !before.has(name) && ours.has(name));
}

/** Builds the replica: the refused route lines as results, or why the build stopped. */
async function build(replica: Replica): Promise<{ refused: CheckResult[] } | { error: string }> {
  const steps = scriptSteps(replica.commands);
  const result = await runShell(buildScript(steps));
  if (result.status !== 0) {
    const failed = Number(/@@failed (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN);
    const step = steps[failed]?.line ?? '(unknown step)';
    const why = result.stderr.replace(/@@failed \d+\n?/, '').trim();
    return { error: `building the replica failed at\n    ${step.replace(/\n/g, '\n    ')}\n  ${why}` };
  }
  const placeOf = new Map([...replica.nsOf].map(([place, ns]) => [ns, place]));
  const refused = parseRefusals(result.stdout, steps).map(({ command, error }) =>
    refusedLine(placeOf.get(command.ns ?? '') ?? command.ns ?? 'host', shellLine(command), error),
  );
  return { refused };
}

function tracePairs(world: WorldState, testCase: ScenarioCase) {
  const pairs = samplePairs(allPairs(world), testCase.maxPairs, testCase.seed);
  const expectations: PairExpectations[] = [];
  const skipped: string[] = [];
  for (const pair of pairs) {
    const result = trace(world, pair.from, pair.to);
    if (result.outcome === 'error') skipped.push(`${pair.from} → ${pair.to}: ${result.reason}`);
    else expectations.push(expectationsOf(pair, result));
  }
  return { expectations, skipped, pairs: pairs.length };
}

/** Checks one scenario's final state against the kernel, in namespaces named `prefix…`. */
export async function verifyScenario(testCase: ScenarioCase, prefix: string): Promise<ScenarioReport> {
  const started = performance.now();
  const world = construct(testCase.scenario).final;
  const report = (rest: Partial<ScenarioReport>): ScenarioReport => ({
    name: testCase.name,
    results: [],
    pairs: 0,
    skipped: [],
    namespaces: 0,
    seconds: (performance.now() - started) / 1000,
    ...rest,
  });
  let replica: Replica;
  try {
    replica = world.terway ? planTerwayReplica(world, prefix) : planReplica(world, prefix);
  } catch (error) {
    return report({ error: `cannot plan the replica: ${(error as Error).message}` });
  }
  const namespaces = replica.namespaces.length;
  register(replica.namespaces);
  try {
    const before = hostLinks();
    const built = await build(replica);
    if ('error' in built) return report({ error: built.error, namespaces });
    const leaked = leakedLinks(replica, before);
    if (leaked.length > 0)
      return report({
        error: `links appeared in the host namespace (${leaked.join(', ')}): stopped`,
        namespaces,
      });
    const { expectations, skipped, pairs } = tracePairs(world, testCase);
    const results = [
      ...built.refused,
      ...(await checkTablesAndRoutes(replica, expectations)),
      ...(await checkPings(replica, expectations)),
      ...(await checkServices(world, replica)),
    ];
    return report({ results, skipped, pairs, namespaces });
  } finally {
    deleteNamespaces(replica.namespaces);
    rmSync(replica.cniDataDir, { recursive: true, force: true });
  }
}
