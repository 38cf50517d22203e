/**
 * Imported nodes, pods, flannel config and VPC routes → a scenario file (DESIGN.md §3.1) with
 * the cluster's real names, addresses, pod CIDRs and pod IPs. What the inputs cannot say (the
 * VPC CIDR, vSwitch names, the route quota) is filled in and said so in a note.
 */
import { gatewayOf } from '../addressing/host-local.ts';
import { clusterImport as words } from '../messages/en/clusterImport.ts';
import { english, type Message, message } from '../messages/message.ts';
import {
  broadcastOf,
  type Cidr,
  cidr,
  contains,
  containsCidr,
  formatCidr,
  formatIp,
  overlaps,
  sameCidr,
} from '../net/ipv4.ts';
import { isValidName } from '../scenario/names.ts';
import { covering, ipOf, networkCidr, widen } from './net.ts';
import type { ImportedFlannel, ImportedNode, ImportedPod, ImportedRoute, ImportNote } from './types.ts';

export interface ImportInputs {
  readonly nodes: readonly ImportedNode[];
  readonly pods?: readonly ImportedPod[];
  readonly flannel?: ImportedFlannel;
  readonly routes?: readonly ImportedRoute[];
}

/** The scenario file as JSON data, and a note for everything left out or filled in. */
export interface ImportedScenario {
  readonly file: Record<string, unknown>;
  readonly notes: readonly ImportNote[];
  /** Scenario pod name → `namespace/name` in the cluster. */
  readonly podNames: ReadonlyMap<string, string>;
}

// NOTE: ACK's default Service CIDR (console default when creating a Flannel cluster).
const ACK_SERVICE_CIDR = cidr('172.21.0.0/20');
const FALLBACK_SERVICE_CIDRS = [ACK_SERVICE_CIDR, cidr('10.96.0.0/12'), cidr('192.168.255.0/24')];
const CLOUD_SERVICE_RANGE = cidr('100.64.0.0/10');

export function toScenario(inputs: ImportInputs): ImportedScenario {
  const notes: ImportNote[] = [];
  const note = (source: ImportNote['source'], path: string, text: Message) =>
    notes.push({ source, path, message: english(text), text });
  const nodes = inputs.nodes.filter((n) => {
    if (isValidName(n.name, 'subdomain')) return true;
    note('nodes', n.name, message(words, 'impBadNodeName', { name: n.name }));
    return false;
  });
  const nodeCidrs = nodes.flatMap((n) => {
    const block = networkCidr(n.podCidr);
    return block ? [block] : [];
  });
  const podCidr = clusterCidr(inputs.flannel, nodeCidrs, note);
  const mask = nodeMask(nodeCidrs);
  const vswitches = vswitchesOf(nodes, inputs.routes ?? [], note);
  const vpcCidr = vpcCidrOf(
    vswitches.map((v) => v.cidr),
    podCidr,
    note,
  );
  const serviceCidr =
    FALLBACK_SERVICE_CIDRS.find((s) => ![podCidr, vpcCidr].some((o) => o && overlaps(o, s))) ??
    ACK_SERVICE_CIDR;
  note('nodes', '', message(words, 'impServiceCidr', { cidr: formatCidr(serviceCidr) }));

  const scenarioNodes = nodes.map((n) => nodeEntry(n, vswitches, podCidr, mask, note));
  const blocks = new Map(
    scenarioNodes.flatMap((n) => (n.podCidr ? [[n.name, cidr(n.podCidr)] as const] : [])),
  );
  const { pods, podNames } = podEntries(inputs.pods ?? [], blocks, note);
  const routes = inputs.routes ? routeEntries(inputs.routes, nodes, blocks, podCidr, note) : undefined;
  const file: Record<string, unknown> = {
    title: `Imported cluster: ${nodes.length} node${nodes.length === 1 ? '' : 's'}, ${pods.length} pod${pods.length === 1 ? '' : 's'}`,
    vpc: {
      cidr: formatCidr(vpcCidr),
      vswitches: vswitches.map((v) => ({ name: v.name, cidr: formatCidr(v.cidr) })),
      customRoutes: routes?.customRoutes ?? [],
    },
    cluster: {
      ...(podCidr ? { podCidr: formatCidr(podCidr) } : {}),
      nodeCidrMaskSize: mask,
      serviceCidr: formatCidr(serviceCidr),
    },
    nodes: scenarioNodes,
    pods,
    faults: routes?.faults ?? [],
  };
  return { file, notes, podNames };
}

type Note = (source: ImportNote['source'], path: string, text: Message) => void;

function clusterCidr(
  flannel: ImportedFlannel | undefined,
  nodeCidrs: readonly Cidr[],
  note: Note,
): Cidr | undefined {
  const fromFlannel = networkCidr(flannel?.network);
  if (flannel?.network && !fromFlannel)
    note('flannel', 'Network', message(words, 'impBadNetwork', { network: flannel.network }));
  if (flannel?.backend && flannel.backend !== 'ali-vpc' && flannel.backend !== 'alloc') {
    note('flannel', 'Backend.Type', message(words, 'impBackend', { backend: flannel.backend }));
  }
  if (fromFlannel) return fromFlannel;
  const inferred = covering(nodeCidrs);
  if (inferred) note('flannel', '', message(words, 'impInferredCidr', { cidr: formatCidr(inferred) }));
  return inferred;
}

function nodeMask(nodeCidrs: readonly Cidr[]): number {
  const counts = new Map<number, number>();
  for (const b of nodeCidrs) counts.set(b.prefix, (counts.get(b.prefix) ?? 0) + 1);
  let best = 24;
  let most = 0;
  for (const [prefix, count] of counts) if (count > most) [best, most] = [prefix, count];
  return best;
}

interface VSwitchGuess {
  readonly name: string;
  readonly cidr: Cidr;
}

/** vSwitches: the System entries of the route table that hold node addresses, else each node's /24. */
function vswitchesOf(
  nodes: readonly ImportedNode[],
  routes: readonly ImportedRoute[],
  note: Note,
): VSwitchGuess[] {
  const out: VSwitchGuess[] = [];
  const system = routes.flatMap((r) => {
    const block = r.type === 'System' ? networkCidr(r.destination) : undefined;
    return block && !containsCidr(CLOUD_SERVICE_RANGE, block) ? [block] : [];
  });
  for (const n of nodes) {
    const ip = ipOf(n.internalIp);
    if (ip === undefined || out.some((v) => contains(v.cidr, ip))) continue;
    const found = system.find((s) => contains(s, ip));
    const block = found ?? { network: (ip & 0xffffff00) >>> 0, prefix: 24 };
    const name = `vsw-${out.length + 1}`;
    if (!found)
      note(
        'routes',
        '',
        message(words, 'impVswitch', { ip: String(n.internalIp), name, cidr: formatCidr(block) }),
      );
    out.push({ name, cidr: block });
  }
  if (out.length === 0) out.push({ name: 'vsw-1', cidr: cidr('192.168.0.0/24') });
  return out;
}

function vpcCidrOf(vswitches: readonly Cidr[], podCidr: Cidr | undefined, note: Note): Cidr {
  const base = covering(vswitches) ?? cidr('192.168.0.0/24');
  const vpc = widen(base, 16, podCidr ? [podCidr] : []);
  note('routes', '', message(words, 'impVpcCidr', { cidr: formatCidr(vpc) }));
  return vpc;
}

function nodeEntry(
  n: ImportedNode,
  vswitches: readonly VSwitchGuess[],
  podCidr: Cidr | undefined,
  mask: number,
  note: Note,
) {
  const ip = ipOf(n.internalIp);
  const vsw = ip === undefined ? undefined : vswitches.find((v) => contains(v.cidr, ip));
  const block = networkCidr(n.podCidr);
  let given = block;
  if (n.podCidr && (!block || !podCidr || !containsCidr(podCidr, block) || block.prefix !== mask)) {
    note('nodes', n.name, message(words, 'impPodCidrOff', { podCidr: n.podCidr, mask }));
    given = undefined;
  }
  return {
    name: n.name,
    ...(n.master ? { role: 'master' } : {}),
    ...(ip !== undefined ? { ip: formatIp(ip) } : {}),
    ...(vsw && vsw.name !== vswitches[0]?.name ? { vswitch: vsw.name } : {}),
    ...(given ? { podCidr: formatCidr(given) } : {}),
  };
}

function podEntries(pods: readonly ImportedPod[], blocks: ReadonlyMap<string, Cidr>, note: Note) {
  const counts = new Map<string, number>();
  for (const p of pods) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  const podNames = new Map<string, string>();
  const taken = new Set<number>();
  const out: Record<string, unknown>[] = [];
  for (const p of pods) {
    const full = `${p.namespace}/${p.name}`;
    if (p.hostNetwork) {
      note('pods', full, message(words, 'impHostNetwork'));
      continue;
    }
    if (!p.node || !blocks.has(p.node)) {
      note(
        'pods',
        full,
        p.node
          ? message(words, 'impPodNodeNoCidr', { node: p.node })
          : p.phase
            ? message(words, 'impPodUnscheduled', { phase: p.phase })
            : message(words, 'impPodNotRunning'),
      );
      continue;
    }
    const ip = ipOf(p.ip);
    const block = blocks.get(p.node) as Cidr;
    if (ip === undefined) {
      note(
        'pods',
        full,
        p.phase ? message(words, 'impPodNoIp', { phase: p.phase }) : message(words, 'impPodNoIpUnknown'),
      );
      continue;
    }
    if (
      !contains(block, ip) ||
      ip === block.network ||
      ip === gatewayOf(block) ||
      ip === broadcastOf(block) ||
      taken.has(ip)
    ) {
      note(
        'pods',
        full,
        message(words, 'impPodIpOutside', {
          ip: String(p.ip),
          cidr: formatCidr(block),
          node: String(p.node),
        }),
      );
      continue;
    }
    taken.add(ip);
    const name = (counts.get(p.name) ?? 0) > 1 ? `${p.name}.${p.namespace}` : p.name;
    podNames.set(name, full);
    const containers = p.containers.filter((c) => isValidName(c, 'label'));
    out.push({
      name,
      node: p.node,
      ...(containers.length > 0 ? { containers: [...new Set(containers)] } : {}),
      ip: formatIp(ip),
    });
  }
  return { pods: out, podNames };
}

function routeEntries(
  routes: readonly ImportedRoute[],
  nodes: readonly ImportedNode[],
  blocks: ReadonlyMap<string, Cidr>,
  podCidr: Cidr | undefined,
  note: Note,
) {
  const customRoutes: { destination: string; nextHop: string }[] = [];
  const faults: { kind: 'vpc-route-deleted'; node: string }[] = [];
  const byInstance = new Map(nodes.flatMap((n) => (n.instanceId ? [[n.instanceId, n.name] as const] : [])));
  const custom = routes.filter((r) => r.type === 'Custom');
  for (const [node, block] of blocks) {
    const entry = custom.find((r) => {
      const d = networkCidr(r.destination);
      return d && sameCidr(d, block);
    });
    const instance = nodes.find((n) => n.name === node)?.instanceId;
    if (!entry) {
      faults.push({ kind: 'vpc-route-deleted', node });
    } else if (instance && entry.nextHopId !== instance) {
      note(
        'routes',
        entry.destination,
        message(words, 'impWrongTarget', {
          node,
          hop: entry.nextHopId ?? message(words, 'impNothing'),
          instance,
        }),
      );
      faults.push({ kind: 'vpc-route-deleted', node });
    }
  }
  for (const r of custom) {
    const dest = networkCidr(r.destination);
    if (!dest || [...blocks.values()].some((b) => sameCidr(b, dest))) continue;
    if (podCidr && containsCidr(podCidr, dest)) {
      note(
        'routes',
        r.destination,
        message(words, 'impStaleEntry', {
          destination: r.destination,
          hop: r.nextHopId ?? message(words, 'impNone'),
        }),
      );
      continue;
    }
    const node = r.nextHopId ? byInstance.get(r.nextHopId) : undefined;
    if (r.nextHopType === 'Instance' && node)
      customRoutes.push({ destination: formatCidr(dest), nextHop: `instance:${node}` });
    else
      note(
        'routes',
        r.destination,
        message(words, 'impHopNotModelled', { type: r.nextHopType ?? '?', id: r.nextHopId ?? '' }),
      );
  }
  return { customRoutes, faults };
}
