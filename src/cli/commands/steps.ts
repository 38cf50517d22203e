import { construct, type Step } from '../../engine/index.ts';
import { PHASE_NAMES } from '../../i18n/phases.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { EXIT, printErrors } from '../io.ts';
import { cliMessages, LANG_OPTION, LANG_USAGE, langOption } from '../lang.ts';
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

/** How the step lines name a phase, say a title and mark a failure; English: the phase ids and `(failed)`. */
export interface StepWords {
  readonly phase: (phase: Step['phase']) => string;
  readonly title: (step: Step) => string;
  readonly failed: string;
}

const ENGLISH: StepWords = { phase: (phase) => phase, title: (step) => step.title, failed: '(failed)' };

/** One aligned line per step: index, phase, actor, title, and `(failed)` on failures. */
export function formatStepLines(steps: readonly Step[], words: StepWords = ENGLISH): string[] {
  const indexWidth = String(steps.length).length;
  const phases = steps.map((s) => words.phase(s.phase));
  const phaseWidth = Math.max(0, ...phases.map(displayWidth));
  const actorWidth = Math.max(0, ...steps.map((s) => s.actor.length));
  return steps.map(
    (s, i) =>
      `${String(s.index).padStart(indexWidth)}  ${padDisplay(phases[i] ?? '', phaseWidth)}  ${s.actor.padEnd(actorWidth)}  ${words.title(s)}${s.failed ? `  ${words.failed}` : ''}`,
  );
}

/** Columns a text takes in a terminal: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const c of text)
    width += /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/.test(c) ? 2 : 1;
  return width;
}

function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** `steps FILE [--json]`: the construction steps of a scenario. */
export const command: Command = {
  name: 'steps',
  usage: `steps FILE [--json] ${LANG_USAGE}`,
  summary: 'list the construction steps: index, phase, actor, title',
  details: [
    '--json prints an array of {index, phase, actor, title, explanation, target, failed}.',
    '--lang zh says the phases, titles and failures in Chinese (--json stays in English).',
  ],
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      positionals: ['FILE'],
      flags: ['json'],
      options: [LANG_OPTION],
    });
    const lang = langOption(parsed.options);
    const loaded = await readScenarioFile(parsed.positionals[0] as string, io);
    if (!loaded.ok) {
      printErrors(io, loaded.lines);
      return EXIT.failure;
    }
    const { steps } = construct(loaded.scenario);
    if (parsed.flags.has('json')) io.out(JSON.stringify(steps.map(stepSummary), null, 2));
    else if (lang === 'en') io.out(formatStepLines(steps).join('\n'));
    else {
      const m = await cliMessages(lang);
      const words: StepWords = {
        phase: (phase) => m.timeline[PHASE_NAMES[phase]],
        title: (step) => m.say(step.titleText),
        failed: m.cli.failed,
      };
      io.out(formatStepLines(steps, words).join('\n'));
    }
    return EXIT.ok;
  },
};
