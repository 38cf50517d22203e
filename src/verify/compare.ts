/**
 * Each of the engine's commitments against what the kernel did: a table as printed, a routing
 * decision, a packet seen arriving, a ping. Every comparison gives one result with both sides.
 */

import { VPC_ROUTER } from '../engine/index.ts';
import type { Arrival, Delivery, Expected, RouteDecision } from './expectations.ts';
import type { Seen } from './observer.ts';
import type { Replica, TableCheck } from './replica.ts';
import type { KernelRoute } from './route-get.ts';

export type CheckKind = 'replica' | 'table' | 'route' | 'arrival' | 'delivery';

/** One comparison, with both sides as text. */
export interface CheckResult {
  readonly kind: CheckKind;
  readonly agreed: boolean;
  /** What was compared (`pod:web-1 → external:internet, request hop 3 at node:node-a`). */
  readonly subject: string;
  readonly engine: string;
  readonly kernel: string;
}

/** A command translated from an artifact line that the kernel refused. */
export function refusedLine(place: string, command: string, error: string): CheckResult {
  return {
    kind: 'replica',
    agreed: false,
    subject: `${place}: the kernel refused a line of the engine's text`,
    engine: `\`${command}\``,
    kernel: error,
  };
}

/** Lines without trailing blanks and without trailing empty lines (the kernel ends lines with a space). */
export function normaliseLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}

/** A table the kernel printed against the engine's artifact. */
export function compareTable(check: TableCheck, output: string, status: number): CheckResult {
  const kernel = status === 0 ? normaliseLines(output) : `(exit status ${status}) ${output.trim()}`;
  const engine = normaliseLines(check.expected);
  return {
    kind: 'table',
    agreed: kernel === engine,
    subject: `${check.place} ${check.artifact}`,
    engine: indent(engine),
    kernel: indent(kernel),
  };
}

function indent(text: string): string {
  return text === '' ? '(empty)' : `\n${text.replace(/^/gm, '      | ')}`;
}

function describeExpected(expected: Expected): string {
  if (expected.outcome === 'no-route') return 'no route: dropped here';
  if (expected.outcome === 'local') return `local delivery${expected.dev ? ` (dev ${expected.dev})` : ''}`;
  const via = expected.via ? ` via ${expected.via}` : '';
  const src = expected.src ? ` src ${expected.src}` : '';
  return `out ${expected.dev}${via}${src}`;
}

/** The router's answer in the engine's names: an instance id, `nat-gateway` or a vSwitch name. */
function routerNextHop(answer: KernelRoute & { ok: true }, replica: Replica): string {
  if (answer.via !== undefined) return replica.routerGateways.get(answer.via) ?? `via ${answer.via}`;
  return replica.routerDevices.get(answer.dev ?? '') ?? answer.dev ?? '?';
}

function agrees(decision: RouteDecision, answer: KernelRoute, replica: Replica): boolean {
  const { expected } = decision;
  if (expected.outcome === 'no-route')
    return !answer.ok || ['unreachable', 'blackhole', 'prohibit'].includes(answer.type);
  if (!answer.ok) return false;
  if (expected.outcome === 'local')
    return answer.type === 'local' && (!expected.dev || answer.dev === expected.dev);
  if (answer.type !== 'unicast') return false;
  if (decision.at === VPC_ROUTER) return routerNextHop(answer, replica) === expected.dev;
  const via = expected.via === undefined || (answer.via ?? null) === expected.via;
  const src = expected.src === undefined || answer.src === expected.src;
  return answer.dev === expected.dev && via && src;
}

/** A routing decision of the engine against the kernel's answer to `ip route get`. */
export function compareDecision(
  subject: string,
  decision: RouteDecision,
  command: string,
  answer: KernelRoute,
  replica: Replica,
): CheckResult {
  const said = answer.ok ? answer.line : answer.error;
  const named = answer.ok && decision.at === VPC_ROUTER ? ` (= ${routerNextHop(answer, replica)})` : '';
  return {
    kind: 'route',
    agreed: agrees(decision, answer, replica),
    subject,
    engine: `${describeExpected(decision.expected)} — ${decision.engine}`,
    kernel: `\`${command}\` → ${said}${named}`,
  };
}

function packet(p: { src: string; dst: string; ttl: number }): string {
  return `${p.src} → ${p.dst} ttl ${p.ttl}`;
}

/** A packet the engine says arrives against what the place's observer saw of the pair's echo. */
export function compareArrival(subject: string, arrival: Arrival, seen: readonly Seen[]): CheckResult {
  const agreed = seen.some((s) => s.src === arrival.src && s.dst === arrival.dst && s.ttl === arrival.ttl);
  const what = arrival.final ? 'arrives at its destination as' : 'arrives as';
  return {
    kind: 'arrival',
    agreed,
    subject,
    engine: `${what} ${packet(arrival)}`,
    kernel:
      seen.length === 0
        ? 'the observer saw no echo of this pair here'
        : `seen: ${seen.map(packet).join('; ')}`,
  };
}

/** The engine's outcome against the ping: whether the far end saw the request, whether the answer came back. */
export function compareDelivery(
  subject: string,
  delivery: Delivery,
  farEndSaw: boolean,
  pingStatus: number | undefined,
): CheckResult {
  const expectSeen = delivery.request === 'delivered';
  const expectAnswer = expectSeen && delivery.reply === 'delivered';
  const answered = pingStatus === 0;
  const engine = expectSeen
    ? `request delivered, answer ${delivery.reply ?? 'not traced'}`
    : `request ${delivery.request}${delivery.reason ? `: ${delivery.reason}` : ''}`;
  const ping =
    pingStatus === undefined
      ? 'ping did not report'
      : answered
        ? 'ping answered'
        : `ping not answered (exit ${pingStatus})`;
  return {
    kind: 'delivery',
    agreed: farEndSaw === expectSeen && answered === expectAnswer,
    subject,
    engine,
    kernel: `${delivery.to} ${farEndSaw ? 'saw' : 'did not see'} the echo request; ${ping}`,
  };
}
