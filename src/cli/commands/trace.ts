import { construct, stateAt } from '../../engine/index.ts';
import { formatTraceLines, trace, traceJson } from '../../engine/packet/index.ts';
import { parseCommandArgs, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { EXIT, printErrors } from '../io.ts';
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

/** `trace FILE --from EP --to EP [--step N] [--ttl N] [--json]`: a packet walk, hop by hop. */
export const command: Command = {
  name: 'trace',
  usage: 'trace FILE --from EP --to EP [--endpoint pod:NAME] [--step N] [--ttl N] [--json]',
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
    '--json prints {"outcome","reason"?,"hops":[{"at","device"?,"action","matched"?,"packet":{"src","dst","ttl"}, …}],',
    '  "reply"?: {…}} (DESIGN.md §3.2, with before/after packets, evidence and explanations).',
    'Exit status 0 when the trace ran, delivered or dropped; 1 for a bad scenario, step or endpoint.',
  ],
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      positionals: ['FILE'],
      flags: ['json'],
      options: ['from', 'to', 'step', 'ttl', 'endpoint'],
    });
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
    io.out(parsed.flags.has('json') ? traceJson(result) : formatTraceLines(result).join('\n'));
    return EXIT.ok;
  },
};
