/**
 * Services against the kernel: the replica's nodes hold kube-proxy's rules already (restored from
 * the engine's `iptables -t nat -S`, which the table check compares line by line). Then, from pods
 * and nodes, one TCP connection attempt per Service (its first TCP port) and per node port, and
 * one UDP datagram per Service with a UDP port (kube-dns's 53), each from its own source port and
 * TTL; a second nftables observer in every namespace records TCP segments, UDP datagrams and ICMP
 * port unreachables before conntrack, and the engine's trace of the same packet says where it
 * must arrive (the DNATed endpoint, source, TTL) and what comes back (the answer un-DNATed to the
 * Service address), or that kube-proxy's filter rule REJECTs it.
 *
 * NOTE: no process listens in the replica's pods. A TCP endpoint answers with a RST, a UDP one
 * with an ICMP port unreachable; conntrack un-DNATs both (an ICMP error by the connection it is
 * related to, nf_nat_icmp_reply_translation), so the answer's source is checked against the
 * engine's answer, which the endpoint's own process would send from the same address.
 *
 * NOTE: kube-proxy picks an endpoint with `-m statistic --mode random`, which the kernel draws at
 * random. The engine's trace takes the first endpoint in kube-proxy's order — the one the first
 * statistic rule picks. Before the probes, every `--probability` in the replica's nat tables is
 * rewritten to 1 (the kernel then holds 2^31 and the match is certain), so the kernel picks the
 * same endpoint; the probabilities themselves were compared as text before that.
 */

import { nodePlace, podPlace, renderArtifact, type WorldState } from '../engine/index.ts';
import { type Trace, trace } from '../engine/packet/index.ts';
import { type Command, eachScript, parallelScript, parseEach, parseParallel } from './command.ts';
import type { CheckResult } from './compare.ts';
import type { Replica } from './replica.ts';
import { runShell } from './shell.ts';

const TABLE = 'podpath_svc';
// NOTE: nft 1.0.6 aborts listing a set keyed by five fields (mergesort.c assertion), so arrivals
// (with their TTL) and answers (with both ports) go to two sets of four.
const ARRIVED = { set: 'arrived', key: 'ip saddr . ip daddr . tcp dport . ip ttl' };
const ANSWERED = { set: 'answered', key: 'ip saddr . ip daddr . tcp sport . tcp dport' };
const ARRIVED_UDP = { set: 'arrived_udp', key: 'ip saddr . ip daddr . udp dport . ip ttl' };
/** ICMP port unreachables, by their addresses: the answer to a UDP datagram nothing listens for. */
const UNREACHABLE = { set: 'unreachable', key: 'ip saddr . ip daddr' };
const SETS = [ARRIVED, ANSWERED, ARRIVED_UDP, UNREACHABLE];
const FIRST_SPORT = 20000;
const MAX_PROBES = 60;
const MAX_UDP_PROBES = 20;

interface Probe {
  readonly from: string;
  readonly to: string;
  readonly ns: string;
  readonly ip: string;
  readonly port: number;
  readonly sport: number;
  readonly ttl: number;
  readonly protocol: 'tcp' | 'udp';
  readonly trace: Trace;
}

/**
 * The Service destinations of a world for `protocol`: for TCP each Service's first TCP port and
 * each node's TCP node ports, for UDP each Service's first UDP port (by name when it has one:
 * kube-dns's `dns` and `dns-tcp` share the number 53).
 */
function destinations(world: WorldState, protocol: 'TCP' | 'UDP'): string[] {
  const out: string[] = [];
  for (const service of world.services) {
    const port = service.ports.find((p) => p.protocol === protocol);
    if (!port) continue;
    out.push(`service:${service.namespace}/${service.name}:${port.name ?? port.port}`);
    if (port.nodePort !== undefined && protocol === 'TCP')
      for (const node of world.nodes.values()) out.push(`${nodePlace(node.name)}:${port.nodePort}`);
  }
  return out;
}

/** Every source × every destination, at most `max` (spread evenly). */
function spread(sources: readonly string[], to: readonly string[], max: number) {
  const all = sources.flatMap((from) => to.map((t) => ({ from, to: t })));
  const step = Math.max(1, Math.ceil(all.length / max));
  return all.filter((_, i) => i % step === 0).slice(0, max);
}

/**
 * The probes: every source with a namespace × every destination, at most MAX_PROBES over TCP and
 * MAX_UDP_PROBES over UDP, so that the datagrams take no TCP probe's place.
 */
function probes(world: WorldState, replica: Replica): Probe[] {
  const sources = [
    ...[...world.pods.values()]
      .filter((p) => p.ip !== undefined && p.phase === 'Running')
      .map((p) => podPlace(p.name)),
    ...[...world.nodes.values()].map((n) => nodePlace(n.name)),
  ].filter((s) => replica.nsOf.has(s));
  const chosen = [
    ...spread(sources, destinations(world, 'TCP'), MAX_PROBES),
    ...spread(sources, destinations(world, 'UDP'), MAX_UDP_PROBES),
  ];
  const out: Probe[] = [];
  chosen.forEach(({ from, to }, i) => {
    const ttl = 64 + i;
    const result = trace(world, from, to, { ttl });
    if (result.outcome === 'error' || !result.to.ip) return;
    const port = result.to.service?.port;
    if (port === undefined) return;
    out.push({
      from,
      to,
      ns: replica.nsOf.get(from) as string,
      ip: result.to.ip,
      port,
      sport: FIRST_SPORT + i,
      ttl,
      protocol: result.to.service?.protocol === 'UDP' ? 'udp' : 'tcp',
      trace: result,
    });
  });
  return out;
}

function observer(ns: string): Command {
  const ruleset = [
    `table ip ${TABLE} {`,
    ...SETS.map((s) => `  set ${s.set} { typeof ${s.key}; flags dynamic; size 65535; }`),
    '  chain prerouting {',
    '    type filter hook prerouting priority -300; policy accept;',
    ...[ARRIVED, ANSWERED].map((s) => `    ip protocol tcp add @${s.set} { ${s.key} }`),
    `    ip protocol udp add @${ARRIVED_UDP.set} { ${ARRIVED_UDP.key} }`,
    `    icmp type destination-unreachable icmp code port-unreachable add @${UNREACHABLE.set} { ${UNREACHABLE.key} }`,
    '  }',
    '}',
  ].join('\n');
  return { ns, argv: ['nft', '-f', '-'], input: ruleset };
}

/** kube-proxy's filter rules (the REJECT of a Service without endpoints), from the engine's text. */
function filterRules(world: WorldState, node: string, ns: string): Command | undefined {
  const text = renderArtifact(world, nodePlace(node), 'iptables-filter');
  if (!text.ok) return undefined;
  return { ns, argv: ['iptables-restore', '--noflush'], input: restoreInput('filter', text.text) };
}

/** `iptables -S` text as `iptables-restore` input for `table`. */
function restoreInput(table: string, text: string): string {
  const chains: string[] = [];
  const rules: string[] = [];
  for (const line of text.split('\n')) {
    const words = line.trim().split(/\s+/);
    if (words[0] === '-P') chains.push(`:${words[1]} ${words[2]} [0:0]`);
    else if (words[0] === '-N') chains.push(`:${words[1]} - [0:0]`);
    else if (words[0] === '-A') rules.push(line.trim());
  }
  return [`*${table}`, ...chains, ...rules, 'COMMIT'].join('\n');
}

/** kube-proxy's statistic matches made certain, so the kernel picks the engine's endpoint. */
function pinStatistic(ns: string): Command {
  return {
    ns,
    argv: [
      'sh',
      '-c',
      "iptables-save -t nat | sed -E 's/--probability [0-9.]+/--probability 1/' | iptables-restore",
    ],
  };
}

/** One UDP datagram; exit 3 when an ICMP port unreachable comes back (ECONNREFUSED). */
const SEND_UDP = [
  'import socket, sys',
  'ip, port, sport, ttl = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])',
  's = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)',
  's.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)',
  's.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, ttl)',
  "s.bind(('', sport))",
  's.settimeout(2)',
  'try:',
  "    s.connect((ip, port)); s.send(b'podpath'); s.recv(512); sys.exit(0)",
  'except ConnectionRefusedError:',
  '    sys.exit(3)',
  'except OSError:',
  '    sys.exit(4)',
].join('\n');

const CONNECT = [
  'import socket, sys',
  'ip, port, sport, ttl = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])',
  's = socket.socket()',
  's.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)',
  's.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, ttl)',
  "s.bind(('', sport))",
  's.settimeout(2)',
  'try:',
  '    s.connect((ip, port)); sys.exit(0)',
  'except ConnectionRefusedError:',
  '    sys.exit(3)',
  'except OSError:',
  '    sys.exit(4)',
].join('\n');

interface Seen {
  readonly src: string;
  readonly dst: string;
  readonly sport?: number;
  readonly dport: number;
  readonly ttl?: number;
}

function parseSeen(json: string, kind: 'arrived' | 'answered' | 'unreachable'): Seen[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  const seen: Seen[] = [];
  for (const item of (parsed as { nftables?: unknown[] })?.nftables ?? []) {
    for (const elem of (item as { set?: { elem?: unknown[] } }).set?.elem ?? []) {
      const w = elem as { concat?: unknown[]; elem?: { val?: { concat?: unknown[] } } };
      const parts = w.concat ?? w.elem?.val?.concat;
      if (kind === 'unreachable' && parts?.length === 2) {
        const [src, dst] = parts as [string, string];
        seen.push({ src, dst, dport: 0 });
        continue;
      }
      if (parts?.length !== 4) continue;
      const [src, dst, a, b] = parts as [string, string, number, number];
      seen.push(kind === 'arrived' ? { src, dst, dport: a, ttl: b } : { src, dst, sport: a, dport: b });
    }
  }
  return seen;
}

/** Runs the Service probes on a built replica and compares them with the engine's traces. */
export async function checkServices(world: WorldState, replica: Replica): Promise<CheckResult[]> {
  if (world.services.length === 0) return [];
  const list = probes(world, replica);
  if (list.length === 0) return [];
  const nodes = [...world.nodes.values()].flatMap((n) => {
    const ns = replica.nsOf.get(nodePlace(n.name));
    return ns === undefined ? [] : [{ name: n.name, ns }];
  });
  await runShell(
    eachScript([
      ...replica.namespaces.map(observer),
      ...nodes.flatMap((n) => filterRules(world, n.name, n.ns) ?? []),
      ...nodes.map((n) => pinStatistic(n.ns)),
    ]),
  );
  const commands = list.map((p) => ({
    ns: p.ns,
    argv: [
      'python3',
      '-c',
      p.protocol === 'udp' ? SEND_UDP : CONNECT,
      p.ip,
      String(p.port),
      String(p.sport),
      String(p.ttl),
    ],
  }));
  const statuses = parseParallel((await runShell(parallelScript(commands))).stdout, commands.length);
  const reads = replica.namespaces.flatMap((ns) =>
    SETS.map((s) => ({ ns, argv: ['nft', '-j', 'list', 'set', 'ip', TABLE, s.set] })),
  );
  const answers = parseEach((await runShell(eachScript(reads))).stdout, reads.length);
  const read = (set: number, kind: 'arrived' | 'answered' | 'unreachable') =>
    new Map(
      replica.namespaces.map((ns, i) => [ns, parseSeen(answers[SETS.length * i + set]?.output ?? '', kind)]),
    );
  const tcpSeenIn = read(0, 'arrived');
  const answeredIn = read(1, 'answered');
  const udpSeenIn = read(2, 'arrived');
  const unreachableIn = read(3, 'unreachable');
  const results: CheckResult[] = [];
  list.forEach((p, i) => {
    const subject = `${p.from} → ${p.to} (${p.ip}:${p.port}, source port ${p.sport}, TTL ${p.ttl})`;
    const t = p.trace;
    const status = statuses[i];
    const seenIn = p.protocol === 'udp' ? udpSeenIn : tcpSeenIn;
    if (t.outcome === 'delivered') {
      const last = t.hops[t.hops.length - 1];
      const target = replica.nsOf.get(last?.at ?? '');
      const dport = t.to.service?.endpoints
        .find((e) => e.pod === t.to.service?.endpoint)
        ?.address.split(':')[1];
      const want = `${last?.packet.src} → ${last?.packet.dst}:${dport} TTL ${last?.packet.ttl} in ${last?.at}`;
      const got = (seenIn.get(target ?? '') ?? []).filter(
        (s) =>
          s.src === last?.packet.src &&
          s.dst === last?.packet.dst &&
          String(s.dport) === dport &&
          s.ttl === last?.packet.ttl,
      );
      results.push({
        kind: 'arrival',
        agreed: got.length > 0,
        subject: `${subject}: DNATed arrival`,
        engine: want,
        kernel: got.length > 0 ? 'seen' : `not seen in ${last?.at}`,
      });
      // The observer sits before conntrack: it sees the answer as it enters the source's namespace,
      // before an un-DNAT done there (a node's own call is un-DNATed at INPUT, after it).
      const hops = t.reply?.hops ?? [];
      let first = hops.length - 1;
      while (first > 0 && hops[first - 1]?.at === hops[hops.length - 1]?.at) first--;
      const entering = hops[first];
      const back = entering ? { packet: entering.before } : undefined;
      if (t.reply?.outcome === 'delivered' && back && p.protocol === 'udp') {
        const unreachable = (unreachableIn.get(p.ns) ?? []).find(
          (s) => s.src === back.packet.src && s.dst === back.packet.dst,
        );
        results.push({
          kind: 'delivery',
          agreed: unreachable !== undefined && status === 3,
          subject: `${subject}: the answer (the endpoint's ICMP port unreachable, no listener) un-DNATed`,
          engine: `from ${back.packet.src} to ${back.packet.dst}`,
          kernel: unreachable
            ? `from ${unreachable.src} to ${unreachable.dst} (send status ${status})`
            : `no ICMP answer from ${back.packet.src} (send status ${status})`,
        });
      } else if (t.reply?.outcome === 'delivered' && back) {
        // A masqueraded request (--random-fully) comes back to another port until conntrack, after
        // the observer, puts ours back: then the answer is known by its addresses.
        const answers = answeredIn.get(p.ns) ?? [];
        const answer =
          answers.find((s) => s.dport === p.sport) ??
          answers.find((s) => s.src === back.packet.src && s.dst === back.packet.dst);
        results.push({
          kind: 'delivery',
          agreed: answer?.src === back.packet.src && status === 3,
          subject: `${subject}: the answer (the endpoint's RST, no listener) un-DNATed`,
          engine: `from ${back.packet.src}:${p.port}`,
          kernel: answer
            ? `from ${answer.src}:${answer.sport} (connect status ${status})`
            : `no answer (connect status ${status})`,
        });
      }
      return;
    }
    const rejected = t.hops[t.hops.length - 1]?.evidence?.table === 'filter';
    const arrived = [...answeredIn.entries()].some(
      ([ns, seen]) => ns !== p.ns && seen.some((s) => s.sport === p.sport),
    );
    // A UDP answer would be a datagram from the endpoint; a TCP one a segment to our port.
    const answered =
      p.protocol === 'udp'
        ? (udpSeenIn.get(p.ns) ?? []).some((s) => s.dst === p.trace.from.ip)
        : (answeredIn.get(p.ns) ?? []).some((s) => s.dport === p.sport && s.sport === p.port);
    results.push({
      kind: 'delivery',
      agreed: rejected ? status === 3 && !answered : status !== 0 && status !== 3 && !answered,
      subject: `${subject}: ${rejected ? 'REJECT' : 'dropped'}`,
      engine: rejected
        ? `refused by an ICMP port unreachable, no ${p.protocol.toUpperCase()} answer`
        : `dropped: ${t.reason ?? ''}`,
      kernel: `connect status ${status}${answered ? ', a TCP answer came' : ''}${arrived ? ' (seen elsewhere)' : ''}`,
    });
  });
  return results;
}
