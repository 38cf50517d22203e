/**
 * What the CLI prints for a scenario, for the before/after test of issue 16: every artifact of
 * every target (`show`) and `trace --json` between the scenario's endpoints, at the last step and
 * half-way, made with the same engine calls the commands make. The random scenarios are drawn
 * with a fixed seed and get faults, so the what-if phase and the dropped paths are covered too.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  ARTIFACTS_BY_KIND,
  construct,
  externalPlace,
  nodePlace,
  PRESET_NAMES,
  PRESETS,
  parseScenario,
  podPlace,
  renderArtifact,
  type Scenario,
  stateAt,
  VPC,
} from '../engine/index.ts';
import { trace, traceJson } from '../engine/packet/index.ts';
import { randomScenario } from '../engine/test-support/random-scenario.ts';

const FAULTS = ['vpc-route-deleted', 'flanneld-down', 'masquerade-rules-missing', 'cni0-down'] as const;

/** The scenarios the outputs are compared on: the presets, then 100 random ones. */
export function outputScenarios(): { readonly label: string; readonly file: unknown }[] {
  const presets = PRESET_NAMES.map((name) => ({ label: `preset ${name}`, file: PRESETS[name] }));
  const random = fc.sample(randomScenario, { seed: 16, numRuns: 100 }).map((raw, i) => {
    const nodes = raw.nodes as readonly { name: string }[];
    // Every third scenario gets a fault on one of its nodes (all four kinds in turn).
    const fault = i % 3 === 0 ? FAULTS[(i / 3) % FAULTS.length] : undefined;
    const node = nodes[i % nodes.length]?.name;
    const faults = fault && node ? [{ kind: fault, node }] : [];
    return { label: `random ${i}`, file: { ...raw, faults } };
  });
  return [...presets, ...random];
}

function endpointPairs(scenario: Scenario): [string, string][] {
  const pods = scenario.pods.map((p) => podPlace(p.name));
  const nodes = scenario.nodes.map((n) => nodePlace(n.name));
  const externals = scenario.externals.map((e) => externalPlace(e.name));
  const pairs: [string, string][] = [];
  scenario.pods.forEach((pod, i) => {
    const from = pods[i] as string;
    if (pods.length > 1) pairs.push([from, pods[(i + 1) % pods.length] as string]);
    for (const e of externals) pairs.push([from, e]);
    if (nodes[0]) pairs.push([from, nodes[0]], [nodes[0], from]);
    const last = pod.containers[pod.containers.length - 1];
    if (pod.containers.length > 1 && last)
      pairs.push([podPlace(pod.name, pod.containers[0]), podPlace(pod.name, last)]);
    pairs.push([from, '172.21.0.10'], [from, '10.255.255.254']);
  });
  if (nodes.length > 1) pairs.push([nodes[0] as string, nodes[nodes.length - 1] as string]);
  return pairs;
}

/** Everything the CLI prints for one scenario, as one text. */
export function cliOutputs(file: unknown): string {
  const parsed = parseScenario(file);
  if (!parsed.ok) return `invalid: ${JSON.stringify(parsed.errors)}`;
  const construction = construct(parsed.scenario);
  const count = construction.steps.length;
  const targets = [
    ...[VPC].map((id) => ({ id, kind: 'vpc' as const })),
    ...parsed.scenario.nodes.map((n) => ({ id: nodePlace(n.name), kind: 'node' as const })),
    ...parsed.scenario.pods.map((p) => ({ id: podPlace(p.name), kind: 'pod' as const })),
  ];
  const out: string[] = [];
  for (const step of [count, Math.floor(count / 2)]) {
    const world = stateAt(construction, step);
    for (const { id: target, kind } of targets) {
      for (const artifact of ARTIFACTS_BY_KIND[kind]) {
        const result = renderArtifact(world, target, artifact);
        out.push(
          `$ show ${target} ${artifact} --step ${step}`,
          result.ok ? result.text : `! ${result.error}`,
        );
      }
    }
    for (const [from, to] of endpointPairs(parsed.scenario)) {
      const result = trace(world, from, to);
      out.push(
        `$ trace --from ${from} --to ${to} --step ${step} --json`,
        result.outcome === 'error' ? `! --${result.endpoint}: ${result.reason}` : traceJson(result),
      );
    }
  }
  return out.join('\n');
}

/** The SHA-256 of each scenario's outputs, by label. */
export function cliOutputDigests(): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const { label, file } of outputScenarios()) {
    digests[label] = createHash('sha256').update(cliOutputs(file)).digest('hex');
  }
  return digests;
}
