import {
  capacity,
  formatCapacity,
  formatTerwayCapacity,
  terwayCapacity,
  terwayConfigOf,
} from '../../engine/index.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { EXIT, printErrors } from '../io.ts';
import { readScenarioFile } from '../scenario-file.ts';

/** `validate FILE`: exit 0 with a capacity summary, or 1 with one `path: message` line per error. */
export const command: Command = {
  name: 'validate',
  usage: 'validate FILE',
  summary: 'check a scenario file; print its capacity summary',
  details: ['Errors go to standard error, one `path: message` line each; the exit status is then 1.'],
  async run(args, io) {
    const [file] = parseCommandArgs(args, { positionals: ['FILE'] }).positionals as [string];
    const loaded = await readScenarioFile(file, io);
    if (!loaded.ok) {
      printErrors(io, loaded.lines);
      return EXIT.failure;
    }
    const { scenario } = loaded;
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    io.out(
      `valid: ${scenario.title} (${count(scenario.nodes.length, 'node')}, ${count(scenario.pods.length, 'pod')})`,
    );
    const terway = terwayConfigOf(scenario);
    io.out(
      terway ? formatTerwayCapacity(terwayCapacity(scenario, terway)) : formatCapacity(capacity(scenario)),
    );
    return EXIT.ok;
  },
};
