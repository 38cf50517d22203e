/**
 * Puts the engine's commitments to a built replica: its tables (`ip route`, `iptables -t nat -S`)
 * and every routing decision (`ip route get`) in one script; then every pair's ping at once,
 * each with its own size, and one read of each namespace's observer.
 */

import { VPC_ROUTER } from '../engine/index.ts';
import { type Command, eachScript, parallelScript, parseEach, parseParallel, shellLine } from './command.ts';
import {
  type CheckResult,
  compareArrival,
  compareDecision,
  compareDelivery,
  compareTable,
} from './compare.ts';
import type { HopRef, PairExpectations, RouteDecision } from './expectations.ts';
import { echoSize, parseObserved, readObserver, type Seen } from './observer.ts';
import type { Replica } from './replica.ts';
import { parseRouteGet, routeGetArgs } from './route-get.ts';
import { runShell } from './shell.ts';

function subject(expectations: PairExpectations, ref?: HopRef): string {
  const pair = `${expectations.pair.from} → ${expectations.pair.to}`;
  return ref ? `${pair}: ${ref.direction} hop ${ref.hop} at ${ref.at}` : pair;
}

/** The kernel query for a decision, in the replica's names; undefined where the replica has no such place. */
function queryCommand(replica: Replica, decision: RouteDecision): Command | undefined {
  const ns = replica.nsOf.get(decision.at);
  if (ns === undefined) return undefined;
  const { iif } = decision.query;
  const device = decision.at === VPC_ROUTER && iif !== undefined ? (replica.routerIif.get(iif) ?? iif) : iif;
  return { ns, argv: routeGetArgs({ ...decision.query, ...(device === undefined ? {} : { iif: device }) }) };
}

/** Compares the replica's tables and each routing decision with the engine's. */
export async function checkTablesAndRoutes(
  replica: Replica,
  all: readonly PairExpectations[],
): Promise<CheckResult[]> {
  const queries = new Map<string, Command>();
  const asked: { expectations: PairExpectations; decision: RouteDecision; key: string }[] = [];
  for (const expectations of all) {
    for (const decision of expectations.decisions) {
      const command = queryCommand(replica, decision);
      if (!command) continue;
      const key = shellLine(command);
      queries.set(key, command);
      asked.push({ expectations, decision, key });
    }
  }
  const keys = [...queries.keys()];
  const commands = [...replica.tables.map((t) => t.command), ...queries.values()];
  const { stdout } = await runShell(eachScript(commands));
  const answers = parseEach(stdout, commands.length);
  const none = { status: -1, output: 'no answer' };
  const results = replica.tables.map((table, i) => {
    const answer = answers[i] ?? none;
    return compareTable(table, answer.output, answer.status);
  });
  for (const { expectations, decision, key } of asked) {
    const answer = answers[replica.tables.length + keys.indexOf(key)] ?? none;
    const kernel = parseRouteGet(answer.output, answer.status);
    results.push(compareDecision(subject(expectations, decision), decision, key, kernel, replica));
  }
  return results;
}

/** Pings every pair at once, reads every observer once, and compares arrivals and outcomes. */
export async function checkPings(replica: Replica, all: readonly PairExpectations[]): Promise<CheckResult[]> {
  const pinged = all.flatMap((expectations, pair) => {
    const ns = replica.nsOf.get(expectations.delivery.from);
    if (ns === undefined) return [];
    const { payload } = echoSize(pair);
    const argv = ['ping', '-n', '-q', '-c', '1', '-W', '1', '-s', String(payload), expectations.delivery.dst];
    return [{ expectations, pair, command: { ns, argv } satisfies Command }];
  });
  const pings = await runShell(parallelScript(pinged.map((p) => p.command)));
  const statuses = parseParallel(pings.stdout, pinged.length);
  const reads = replica.namespaces.map(readObserver);
  const observed = parseEach((await runShell(eachScript(reads))).stdout, reads.length);
  const seenIn = new Map<string, Seen[]>(
    replica.namespaces.map((ns, i) => [ns, parseObserved(observed[i]?.output ?? '')]),
  );
  const results: CheckResult[] = [];
  pinged.forEach(({ expectations, pair }, i) => {
    const { length } = echoSize(pair);
    const seenAt = (place: string) =>
      (seenIn.get(replica.nsOf.get(place) ?? '') ?? []).filter((s) => s.length === length);
    for (const arrival of expectations.arrivals) {
      if (!replica.nsOf.has(arrival.at)) continue;
      results.push(compareArrival(subject(expectations, arrival), arrival, seenAt(arrival.at)));
    }
    const { delivery } = expectations;
    const farEndSaw = seenAt(delivery.to).some((s) => s.dst === delivery.dst);
    results.push(compareDelivery(subject(expectations), delivery, farEndSaw, statuses[i]));
  });
  return results;
}
