/** A trace as plain text: one line per hop, then the outcome (the CLI's human output). */
import type { Hop, TracePath, TraceResult } from './types.ts';

function devices(hop: Hop): string {
  if (hop.deviceIn === undefined && hop.deviceOut === undefined) return '-';
  return `${hop.deviceIn ?? '-'} → ${hop.deviceOut ?? '-'}`;
}

/** One hop: number, place, action, devices in → out, packet after the hop, evidence line. */
export function formatHopLine(hop: Hop, n: number): string {
  const packet = `${hop.packet.src} → ${hop.packet.dst} ttl ${hop.packet.ttl}`;
  const matched = hop.matched === undefined ? '' : `  ${hop.matched}`;
  const line =
    `${String(n).padStart(2)}  ${hop.at.padEnd(18)} ${hop.action.padEnd(8)} ${devices(hop).padEnd(26)} ${packet.padEnd(44)}${matched}`.trimEnd();
  const { outer } = hop.packet;
  // While the packet is in the tunnel, the outer header the VPC routes by, on its own line.
  if (!outer) return line;
  return `${line}
${' '.repeat(23)}outer ${outer.src} → ${outer.dst} udp dport ${outer.dport} vni ${outer.vni}`;
}

function outcome(path: TracePath): string {
  if (path.outcome === 'delivered')
    return path.reason === undefined ? 'delivered' : `delivered: ${path.reason}`;
  return `dropped: ${path.reason ?? 'no reason given'}`;
}

/** The whole trace: request hops and outcome, then the reply's if there is one. */
export function formatTraceLines(result: TraceResult): string[] {
  if (result.outcome === 'error') return [`error (${result.endpoint}): ${result.reason}`];
  const lines = result.hops.map((hop, i) => formatHopLine(hop, i + 1));
  lines.push(outcome(result));
  if (result.reply) {
    lines.push('', 'reply:');
    lines.push(...result.reply.hops.map((hop, i) => formatHopLine(hop, i + 1)));
    lines.push(outcome(result.reply));
  }
  return lines;
}

/** The messages of a hop and a path: their English is in the JSON, said. */
const MESSAGE_KEYS = new Set(['explanationText', 'reasonText']);

/**
 * The trace as the CLI's `--json` prints it (DESIGN.md §3.2): every field of the result except
 * each evidence's row key, which only points the inspector at its row, and the messages, whose
 * English the JSON already holds.
 */
export function traceJson(result: TraceResult): string {
  return JSON.stringify(
    result,
    function (this: object, key: string, value: unknown) {
      if (MESSAGE_KEYS.has(key)) return undefined;
      return key === 'row' && 'table' in this && 'owner' in this ? undefined : value;
    },
    2,
  );
}
