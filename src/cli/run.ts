import { UsageError } from './args.ts';
import type { Command } from './command.ts';
import { type CliIo, EXIT } from './io.ts';
import { loadCommand, loadCommands } from './registry.ts';

const PROGRAM = 'podpath';
const HELP = new Set(['--help', '-h', 'help']);

/** The overall usage text: every command's synopsis and summary. */
export async function usageText(): Promise<string> {
  const commands = await loadCommands();
  const width = Math.max(...commands.map((c) => c.usage.length)) + 2;
  return [
    `usage: ${PROGRAM} COMMAND [ARGS]   (npm run --silent cli -- COMMAND [ARGS])`,
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}${c.summary}`),
    '',
    'FILE is a scenario JSON file, or - for standard input.',
    `Run \`${PROGRAM} COMMAND --help\` for details.`,
    'Exit status: 0 success, 1 invalid scenario or failed command, 2 usage error.',
  ].join('\n');
}

function commandUsage(command: Command): string {
  return [`usage: ${PROGRAM} ${command.usage}`, '', command.summary, ...(command.details ?? [])].join('\n');
}

/** Runs the command line on `argv` (without node and the script) and returns the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.err(await usageText());
    return EXIT.usage;
  }
  if (HELP.has(name)) {
    io.out(await usageText());
    return EXIT.ok;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.err(`${PROGRAM}: unknown command "${name}"\n\n${await usageText()}`);
    return EXIT.usage;
  }
  if (args.some((a) => a === '--help' || a === '-h')) {
    io.out(commandUsage(command));
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${PROGRAM} ${command.name}: ${error.message}\nusage: ${PROGRAM} ${command.usage}`);
      return EXIT.usage;
    }
    throw error;
  }
}
