import { diagnose, formatFinding } from '../../engine/import/index.ts';
import { parseCommandArgs } from '../args.ts';
import { CLUSTER_DETAILS, CLUSTER_OPTIONS, importClusterFiles } from '../cluster-files.ts';
import type { Command } from '../command.ts';
import { EXIT, printErrors } from '../io.ts';
import { readScenarioFile } from '../scenario-file.ts';

/** `diagnose FILE [--json]`, or `diagnose --nodes FILE … [--json]`: what is wrong with a cluster. */
export const command: Command = {
  name: 'diagnose',
  usage:
    'diagnose FILE [--json] | diagnose --nodes FILE [--pods FILE] [--flannel FILE] [--routes FILE] [--json]',
  summary: 'find what is wrong with a cluster: missing or stale VPC routes, node conditions, headroom',
  details: [
    'FILE is a scenario (e.g. the output of `import`); the findings are what the engine builds from it.',
    'With the cluster outputs instead (as for `import`), the findings also use what only they say:',
    '  entries pointing at another or a deleted instance, stale entries, node conditions, pods outside their block.',
    ...CLUSTER_DETAILS,
    'One finding per line: SEVERITY PLACE KIND: message [trace --from A --to B: outcome at PLACE].',
    '--json prints [{"kind","severity","place","message","trace"?:{"from","to","outcome","droppedAt"?,"reason"?}}].',
    'Exit status 0 when the diagnosis ran, whatever it found; 1 for a bad file.',
  ],
  async run(args, io) {
    const fromCluster = args.some((a) => a === '--nodes' || a.startsWith('--nodes='));
    const parsed = parseCommandArgs(args, {
      positionals: fromCluster ? [] : ['FILE'],
      flags: ['json'],
      options: fromCluster ? [...CLUSTER_OPTIONS] : [],
    });
    let findings: ReturnType<typeof diagnose>;
    if (fromCluster) {
      const result = await importClusterFiles(parsed.options, io);
      if (!result?.parsed.ok) return EXIT.failure;
      findings = diagnose(result.parsed.scenario, result.cluster);
    } else {
      const loaded = await readScenarioFile(parsed.positionals[0] as string, io);
      if (!loaded.ok) {
        printErrors(io, loaded.lines);
        return EXIT.failure;
      }
      findings = diagnose(loaded.scenario);
    }
    io.out(
      parsed.flags.has('json') ? JSON.stringify(findings, null, 2) : findings.map(formatFinding).join('\n'),
    );
    return EXIT.ok;
  },
};
