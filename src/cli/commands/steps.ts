import { construct, type Step } from '../../engine/index.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { EXIT, printErrors } from '../io.ts';
import { readScenarioFile } from '../scenario-file.ts';

/** The fields of a step that `steps --json` prints (not its changes). */
export interface StepSummary {
  readonly index: number;
  readonly phase: Step['phase'];
  readonly actor: Step['actor'];
  readonly title: string;
  readonly explanation: string;
  readonly target: string;
  readonly failed: boolean;
}

/** A step without its changes; reads the lazily computed title and explanation. */
export function stepSummary(step: Step): StepSummary {
  const { index, phase, actor, title, explanation, target, failed } = step;
  return { index, phase, actor, title, explanation, target, failed };
}

/** One aligned line per step: index, phase, actor, title, and `(failed)` on failures. */
export function formatStepLines(steps: readonly Step[]): string[] {
  const indexWidth = String(steps.length).length;
  const phaseWidth = Math.max(0, ...steps.map((s) => s.phase.length));
  const actorWidth = Math.max(0, ...steps.map((s) => s.actor.length));
  return steps.map(
    (s) =>
      `${String(s.index).padStart(indexWidth)}  ${s.phase.padEnd(phaseWidth)}  ${s.actor.padEnd(actorWidth)}  ${s.title}${s.failed ? '  (failed)' : ''}`,
  );
}

/** `steps FILE [--json]`: the construction steps of a scenario. */
export const command: Command = {
  name: 'steps',
  usage: 'steps FILE [--json]',
  summary: 'list the construction steps: index, phase, actor, title',
  details: ['--json prints an array of {index, phase, actor, title, explanation, target, failed}.'],
  async run(args, io) {
    const parsed = parseCommandArgs(args, { positionals: ['FILE'], flags: ['json'] });
    const loaded = await readScenarioFile(parsed.positionals[0] as string, io);
    if (!loaded.ok) {
      printErrors(io, loaded.lines);
      return EXIT.failure;
    }
    const { steps } = construct(loaded.scenario);
    if (parsed.flags.has('json')) io.out(JSON.stringify(steps.map(stepSummary), null, 2));
    else io.out(formatStepLines(steps).join('\n'));
    return EXIT.ok;
  },
};
