/**
 * Commands of the kernel check as data (an argv, the namespace it runs in, its standard input)
 * and their rendering as POSIX sh scripts: one that stops at the first failure (building the
 * replica), one that runs every command and keeps each answer (asking the kernel), and one that
 * runs them all at once (the pings).
 */

/** One command: an argv, run inside `ns` (or the host's namespace when absent), with optional input. */
export interface Command {
  readonly ns?: string;
  readonly argv: readonly string[];
  readonly input?: string;
  /**
   * An `ip` command whose refusal does not stop the build: the refusal is reported, and the
   * checks that follow show what it changed (a route line the kernel would not take).
   */
  readonly tolerant?: boolean;
}

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
const HEREDOC_END = 'PP_EOF';

/** The argument quoted for sh. */
export function quote(arg: string): string {
  return SAFE.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}

/** The sh line of a command: `ip -n NS …` for iproute2, `ip netns exec NS …` for anything else. */
export function shellLine(command: Command): string {
  const argv = command.argv.map(quote).join(' ');
  if (command.ns === undefined) return argv;
  if (command.argv[0] === 'ip')
    return `ip -n ${quote(command.ns)} ${command.argv.slice(1).map(quote).join(' ')}`;
  return `ip netns exec ${quote(command.ns)} ${argv}`;
}

function withInput(line: string, input: string | undefined): string {
  if (input === undefined) return line;
  if (input.split('\n').includes(HEREDOC_END)) throw new Error(`input may not contain a ${HEREDOC_END} line`);
  return `${line} <<'${HEREDOC_END}'\n${input}\n${HEREDOC_END}`;
}

/** Whether a command can join an `ip -batch` (iproute2, no input, no argument needing quotes). */
function batchable(command: Command): boolean {
  return command.argv[0] === 'ip' && command.input === undefined && command.argv.every((a) => SAFE.test(a));
}

/** A step of a build script: one command, or consecutive iproute2 commands of one namespace. */
export interface ScriptStep {
  readonly line: string;
  readonly commands: readonly Command[];
  readonly tolerant: boolean;
}

/** Groups consecutive batchable `ip` commands of the same namespace (and tolerance) into one `ip -batch -`. */
export function scriptSteps(commands: readonly Command[]): ScriptStep[] {
  const steps: ScriptStep[] = [];
  let group: Command[] = [];
  const flush = () => {
    const first = group[0];
    if (!first) return;
    const batch = group.map((c) => c.argv.slice(1).join(' ')).join('\n');
    const tolerant = first.tolerant === true;
    const head = shellLine({ ...first, argv: ['ip', ...(tolerant ? ['-force'] : []), '-batch', '-'] });
    steps.push({ line: withInput(head, batch), commands: group, tolerant });
    group = [];
  };
  const joins = (command: Command) =>
    group.length === 0 || (group[0]?.ns === command.ns && group[0]?.tolerant === command.tolerant);
  for (const command of commands) {
    if (batchable(command) && joins(command)) {
      group.push(command);
      continue;
    }
    flush();
    if (batchable(command)) group.push(command);
    else
      steps.push({
        line: withInput(shellLine(command), command.input),
        commands: [command],
        tolerant: false,
      });
  }
  flush();
  return steps;
}

/**
 * A script that runs the steps in order and stops at the first failure, printing `@@failed N`;
 * a tolerant step goes on, its error lines printed as `@@refused N …`.
 */
export function buildScript(steps: readonly ScriptStep[]): string {
  const body = steps.map((step, i) => {
    // The status check goes on the first line: a here-document's body follows it.
    const newline = step.line.indexOf('\n');
    const check = step.tolerant ? ` 2>&1 | sed 's/^/@@refused ${i} /'` : ` || pp_fail ${i}`;
    return newline < 0
      ? `${step.line}${check}`
      : `${step.line.slice(0, newline)}${check}${step.line.slice(newline)}`;
  });
  return ['pp_fail() { echo "@@failed $1" >&2; exit 1; }', ...body, ''].join('\n');
}

/** A command of a tolerant step that the kernel refused, with its error. */
export interface Refusal {
  readonly command: Command;
  readonly error: string;
}

/**
 * The refusals of a build's tolerant steps: `ip -batch` prints the error, then `Command failed
 * -:N` naming the line (1-based) of the batch.
 */
export function parseRefusals(stdout: string, steps: readonly ScriptStep[]): Refusal[] {
  const refusals: Refusal[] = [];
  const pending = new Map<number, string[]>();
  for (const match of stdout.matchAll(/^@@refused (\d+) (.*)$/gm)) {
    const step = Number(match[1]);
    const text = match[2] ?? '';
    const failed = /^Command failed -:(\d+)$/.exec(text);
    if (!failed) {
      pending.set(step, [...(pending.get(step) ?? []), text]);
      continue;
    }
    const command = steps[step]?.commands[Number(failed[1]) - 1];
    const error = (pending.get(step) ?? []).join(' ').replace(/^RTNETLINK answers: /, '');
    pending.delete(step);
    if (command) refusals.push({ command, error });
  }
  return refusals;
}

/** A script that runs every command and prints each one's output between markers, with its status. */
export function eachScript(commands: readonly Command[]): string {
  const body = commands.map(
    (c, i) =>
      `echo '@@begin ${i}'\n${withInput(`${shellLine(c)} 2>&1`, c.input)}\nprintf '\\n@@end ${i} %s\\n' $?`,
  );
  return [...body, ''].join('\n');
}

/** A script that starts every command at once (output discarded) and prints `@@rc N STATUS` for each. */
export function parallelScript(commands: readonly Command[]): string {
  const body = commands.map((c, i) => `( ${shellLine(c)} >/dev/null 2>&1; echo "@@rc ${i} $?" ) &`);
  return [...body, 'wait', ''].join('\n');
}

/** The answer of one command of an `eachScript`. */
export interface Answer {
  readonly status: number;
  readonly output: string;
}

/** Splits the output of an `eachScript` into one answer per command (undefined: never ran). */
export function parseEach(stdout: string, count: number): (Answer | undefined)[] {
  const answers: (Answer | undefined)[] = Array.from({ length: count }, () => undefined);
  const pattern = /^@@begin (\d+)\n([\s\S]*?)\n@@end \1 (\d+)$/gm;
  for (const match of stdout.matchAll(pattern)) {
    const index = Number(match[1]);
    const output = (match[2] ?? '').replace(/\n$/, '');
    if (index < count) answers[index] = { status: Number(match[3]), output };
  }
  return answers;
}

/** The exit status of each command of a `parallelScript` (undefined: never reported). */
export function parseParallel(stdout: string, count: number): (number | undefined)[] {
  const statuses: (number | undefined)[] = Array.from({ length: count }, () => undefined);
  for (const match of stdout.matchAll(/^@@rc (\d+) (\d+)$/gm)) {
    const index = Number(match[1]);
    if (index < count) statuses[index] = Number(match[2]);
  }
  return statuses;
}
