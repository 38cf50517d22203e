import { parseCommandArgs, UsageError } from '../args.ts';
import { CLUSTER_DETAILS, CLUSTER_OPTIONS, importClusterFiles } from '../cluster-files.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../io.ts';

/** `import --nodes FILE [--pods FILE] [--flannel FILE] [--routes FILE]`: a real cluster → a scenario. */
export const command: Command = {
  name: 'import',
  usage: 'import --nodes FILE [--pods FILE] [--flannel FILE] [--routes FILE]',
  summary: "turn a real ACK cluster's kubectl and VPC output into a scenario (printed as JSON)",
  details: [
    ...CLUSTER_DETAILS,
    'The scenario JSON goes to standard output; one note per field that could not be read, left',
    '  out or filled in goes to standard error. Exit status 1 when the result is not a valid scenario.',
  ],
  async run(args, io) {
    const parsed = parseCommandArgs(args, { positionals: [], options: [...CLUSTER_OPTIONS] });
    if (!parsed.options.has('nodes'))
      throw new UsageError('--nodes FILE is required (kubectl get nodes -o json)');
    const result = await importClusterFiles(parsed.options, io);
    if (!result) return EXIT.failure;
    io.out(JSON.stringify(result.file, null, 2));
    return EXIT.ok;
  },
};
