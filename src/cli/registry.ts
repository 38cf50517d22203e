import type { Command } from './command.ts';

/**
 * Every subcommand, by name, loaded on demand. Adding one is one line here:
 * `trace: () => import('./commands/trace.ts'),` where the module exports `command: Command`.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<{ command: Command }>>> = {
  validate: () => import('./commands/validate.ts'),
  steps: () => import('./commands/steps.ts'),
  show: () => import('./commands/show.ts'),
  trace: () => import('./commands/trace.ts'),
  import: () => import('./commands/import.ts'),
  diagnose: () => import('./commands/diagnose.ts'),
};

/** The command of that name, or undefined. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  return load ? (await load()).command : undefined;
}

/** All commands, in registry order. */
export async function loadCommands(): Promise<Command[]> {
  return Promise.all(Object.values(COMMANDS).map(async (load) => (await load()).command));
}
