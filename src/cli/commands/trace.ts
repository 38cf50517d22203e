import { construct, format, stateAt } from '../../engine/index.ts';
import {
  formatHopLine,
  formatTraceLines,
  type Trace,
  type TracePath,
  trace,
  traceJson,
} from '../../engine/packet/index.ts';
import { parseCommandArgs, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { EXIT, printErrors } from '../io.ts';
import { type CliMessages, cliMessages, LANG_OPTION, LANG_USAGE, langOption } from '../lang.ts';
import { readScenarioFile } from '../scenario-file.ts';
import { parseStep } from './show.ts';

/** `--ttl N`: the sender's TTL, 1–255, or an error sentence. */
function parseTtl(text: string | undefined): number | string | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 255) {
    return `--ttl must be a whole number from 1 to 255, not "${text}"`;
  }
  return Number(text);
}

/** A path's hops, each with its explanation below it, then its outcome, in the language of `m`. */
function explainedPath(path: TracePath, m: CliMessages): string[] {
  const lines = path.hops.flatMap((hop, i) => [
    formatHopLine(hop, i + 1),
    `    ${m.say(hop.explanationText)}`,
  ]);
  const reason = path.reasonText === undefined ? undefined : m.say(path.reasonText);
  const locale = m.locale;
  if (path.outcome === 'dropped') lines.push(format(m.cli.dropped, { reason: reason ?? '' }, locale));
  else
    lines.push(reason === undefined ? m.cli.delivered : format(m.cli.deliveredBecause, { reason }, locale));
  return lines;
}

/** The trace with every hop explained (`--lang`): the request, then the answer once delivered. */
function explainedTrace(result: Trace, m: CliMessages): string[] {
  const lines = explainedPath(result, m);
  if (result.reply) lines.push('', m.cli.reply, ...explainedPath(result.reply, m));
  return lines;
}

/** `trace FILE --from EP --to EP [--step N] [--ttl N] [--json]`: a packet walk, hop by hop. */
export const command: Command = {
  name: 'trace',
  usage: `trace FILE --from EP --to EP [--endpoint pod:NAME] [--step N] [--ttl N] [--json] ${LANG_USAGE}`,
  summary: 'follow a packet hop by hop, with the table line that decided each hop',
  details: [
    'EP: pod:NAME, pod:NAME/CONTAINER, node:NAME, external:NAME, or an IPv4 address; as destination',
    '  also service:[NAMESPACE/]NAME[:PORT] (its cluster IP; PORT a number or a port name, default the',
    '  first port) or node:NAME:NODEPORT / ADDRESS:NODEPORT (a NodePort Service on that node).',
    "--endpoint pod:NAME: the endpoint kube-proxy's random statistic rules are taken to pick for a",
    "  Service (default: the first in kube-proxy's order, the one its first rule picks).",
    'Human output: one line per hop (number, place, action, device in → out, the packet after the',
    '  hop, the matched route / FDB entry / iptables rule / VPC route entry), then the outcome, then',
    '  the answer on its way back once the packet is delivered.',
    '--step N traces over the state after step N (default: the end; see `steps FILE`).',
    '--ttl N starts the packet with TTL N instead of 64.',
    '--lang en|zh explains every hop below its line, in English or Chinese (the table lines as printed).',
    '--json prints {"outcome","reason"?,"hops":[{"at","device"?,"action","matched"?,"packet":{"src","dst","ttl"}, …}],',
    '  "reply"?: {…}} (DESIGN.md §3.2, with before/after packets, evidence and explanations).',
    'Exit status 0 when the trace ran, delivered or dropped; 1 for a bad scenario, step or endpoint.',
  ],
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      positionals: ['FILE'],
      flags: ['json'],
      options: ['from', 'to', 'step', 'ttl', 'endpoint', LANG_OPTION],
    });
    const lang = langOption(parsed.options);
    const from = parsed.options.get('from');
    const to = parsed.options.get('to');
    if (from === undefined || to === undefined)
      throw new UsageError('both --from EP and --to EP are required');
    const loaded = await readScenarioFile(parsed.positionals[0] as string, io);
    if (!loaded.ok) {
      printErrors(io, loaded.lines);
      return EXIT.failure;
    }
    const construction = construct(loaded.scenario);
    const step = parseStep(parsed.options.get('step'), construction.steps.length);
    const ttl = parseTtl(parsed.options.get('ttl'));
    if (typeof step === 'string' || typeof ttl === 'string') {
      io.err(typeof step === 'string' ? step : (ttl as string));
      return EXIT.failure;
    }
    const endpoint = parsed.options.get('endpoint');
    const result = trace(stateAt(construction, step), from, to, {
      ...(ttl === undefined ? {} : { ttl }),
      ...(endpoint === undefined ? {} : { endpoint }),
    });
    if (result.outcome === 'error') {
      io.err(`--${result.endpoint}: ${result.reason}`);
      return EXIT.failure;
    }
    if (parsed.flags.has('json')) io.out(traceJson(result));
    else if (parsed.options.has(LANG_OPTION))
      io.out(explainedTrace(result, await cliMessages(lang)).join('\n'));
    else io.out(formatTraceLines(result).join('\n'));
    return EXIT.ok;
  },
};
