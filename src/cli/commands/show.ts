import {
  ARTIFACTS_BY_KIND,
  construct,
  renderArtifact,
  stateAt,
  VXLAN_NODE_ARTIFACTS,
} from '../../engine/index.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { EXIT, printErrors } from '../io.ts';
import { readScenarioFile } from '../scenario-file.ts';

/** The step number `--step` names, or an error sentence (0 = before the first step). */
export function parseStep(text: string | undefined, count: number): number | string {
  if (text === undefined) return count;
  if (!/^\d+$/.test(text) || Number(text) > count) {
    return `--step must be a whole number from 0 to ${count} (this scenario has ${count} steps), not "${text}"`;
  }
  return Number(text);
}

/** `show FILE TARGET ARTIFACT [--step N]`: an artifact's text as it stands after step N. */
export const command: Command = {
  name: 'show',
  usage: 'show FILE TARGET ARTIFACT [--step N]',
  summary: 'print an artifact as it stands after step N (default: the end)',
  details: [
    'TARGET: vpc, node:NAME, node:NAME/cni0 or pod:NAME.',
    `ARTIFACT: ${ARTIFACTS_BY_KIND.vpc.join(', ')} (vpc);`,
    `  ${ARTIFACTS_BY_KIND.node.join(', ')} (node);`,
    `  with the vxlan backend also ${VXLAN_NODE_ARTIFACTS.join(', ')} (node);`,
    `  ${ARTIFACTS_BY_KIND.cni0.join(', ')} (node:NAME/cni0);`,
    `  ${ARTIFACTS_BY_KIND.pod.join(', ')} (pod).`,
    'On Terway: node-spec, 10-terway.conflist, ip-addr, ip-route, ip-rule, ip-route-local, ip-route-table-N',
    '  (node, one table per ENI); ip-addr, ip-route, ip-route-local, ip-neigh (pod); no cni0.',
    '--step 0 is before the first step; see `steps FILE` for the numbers.',
  ],
  async run(args, io) {
    const parsed = parseCommandArgs(args, { positionals: ['FILE', 'TARGET', 'ARTIFACT'], options: ['step'] });
    const [file, target, artifact] = parsed.positionals as [string, string, string];
    const loaded = await readScenarioFile(file, io);
    if (!loaded.ok) {
      printErrors(io, loaded.lines);
      return EXIT.failure;
    }
    const construction = construct(loaded.scenario);
    const step = parseStep(parsed.options.get('step'), construction.steps.length);
    if (typeof step === 'string') {
      io.err(step);
      return EXIT.failure;
    }
    const result = renderArtifact(stateAt(construction, step), target, artifact);
    if (!result.ok) {
      io.err(result.error);
      return EXIT.failure;
    }
    if (result.text !== '') io.out(result.text);
    return EXIT.ok;
  },
};
