import type { CliIo } from './io.ts';

/** One subcommand of the command line. Each lives in commands/NAME.ts and exports `command`. */
export interface Command {
  readonly name: string;
  /** The synopsis, e.g. `show FILE TARGET ARTIFACT [--step N]`. */
  readonly usage: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Further lines for `COMMAND --help`. */
  readonly details?: readonly string[];
  /** Runs the command and returns its exit status; throws UsageError for bad arguments. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
