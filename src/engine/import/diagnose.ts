/**
 * Diagnosis of a cluster: what the engine builds from its scenario (routes the VPC lacks, with a
 * packet walk that shows the drop; quota and CIDR headroom), and, when the raw import is at hand,
 * what only the cluster's own output says (entries pointing elsewhere, stale entries, node
 * conditions, pods outside their block).
 */
import { capacity } from '../addressing/capacity.ts';
import type { Construction } from '../construction/construct.ts';
import { construct } from '../construction/construct.ts';
import { clusterImport as words } from '../messages/en/clusterImport.ts';
import { english, type Message, message } from '../messages/message.ts';
import { type Cidr, contains, formatCidr, formatIp, sameCidr } from '../net/ipv4.ts';
import { trace } from '../packet/trace.ts';
import { nodePlace, podPlace, routePlace, VPC_ROUTER } from '../places.ts';
import type { Scenario } from '../scenario/types.ts';
import type { WorldState } from '../world/types.ts';
import type { Finding, FindingTrace } from './finding.ts';
import type { ImportedCluster } from './import-cluster.ts';
import { ipOf, networkCidr } from './net.ts';

/** A finding's message, and its English. */
function says(text: Message): { readonly message: string; readonly text: Message } {
  return { message: english(text), text };
}

/** Every finding, errors first, in node registration order within each kind. */
export function diagnose(scenario: Scenario, cluster?: ImportedCluster, built?: Construction): Finding[] {
  const world = (built ?? construct(scenario)).final;
  const findings = [
    ...routeFindings(world, cluster),
    ...(cluster ? staleRoutes(world, cluster) : []),
    ...(cluster ? conditionFindings(cluster) : []),
    ...(cluster ? podsOutside(cluster) : []),
    ...headroom(scenario, world, cluster),
  ];
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

function podsOn(world: WorldState, node: string): string[] {
  return [...world.pods.values()].filter((p) => p.node === node && p.ip !== undefined).map((p) => p.name);
}

/** A pod (else the node) on another node whose block the VPC does route, to send from. */
function sourceFor(world: WorldState, node: string): string | undefined {
  for (const other of world.nodes.values()) {
    if (other.name === node || other.vpcRoute !== 'created') continue;
    const pod = podsOn(world, other.name)[0];
    return pod ? podPlace(pod) : nodePlace(other.name);
  }
  return undefined;
}

function walk(world: WorldState, from: string, to: string): FindingTrace {
  const result = trace(world, from, to);
  if (result.outcome === 'error') return { from, to, outcome: 'error', reason: result.reason };
  const last = result.hops[result.hops.length - 1];
  return {
    from,
    to,
    outcome: result.outcome,
    ...(result.outcome === 'dropped' && last ? { droppedAt: last.at } : {}),
    ...(result.reason ? { reason: result.reason } : {}),
  };
}

function routeFindings(world: WorldState, cluster: ImportedCluster | undefined): Finding[] {
  const out: Finding[] = [];
  for (const node of world.nodes.values()) {
    if (!node.podCidr || node.vpcRoute === 'created') continue;
    const block = formatCidr(node.podCidr);
    const raw = cluster?.nodes.find((n) => n.name === node.name);
    const instance = raw?.instanceId ?? node.instanceId;
    const pods = podsOn(world, node.name);
    const cutOff =
      pods.length > 0
        ? message(words, 'findCutOff', { pods: pods.map((p) => cluster?.podNames.get(p) ?? p).join(', ') })
        : '';
    const from = sourceFor(world, node.name);
    const to = pods[0] ? podPlace(pods[0]) : undefined;
    const shown = from && to ? { trace: walk(world, from, to) } : {};
    const entry = cluster?.routes?.find(
      (r) => r.type === 'Custom' && sameBlock(r.destination, node.podCidr as Cidr),
    );
    if (entry) {
      const owner = cluster?.nodes.find(
        (n) => n.instanceId !== undefined && n.instanceId === entry.nextHopId,
      );
      out.push({
        kind: 'wrong-instance',
        severity: 'error',
        place: nodePlace(node.name),
        ...says(
          message(words, 'findWrongInstance', {
            block,
            hop: entry.nextHopId ?? message(words, 'findNoHop'),
            owner: owner
              ? message(words, 'findOwnerNode', { name: owner.name })
              : message(words, 'findOwnerGone'),
            node: node.name,
            instance: String(instance),
            cutOff,
          }),
        ),
        ...shown,
      });
      continue;
    }
    const why =
      node.vpcRoute === 'quota-exceeded'
        ? message(words, 'findAtQuota')
        : (raw?.conditions.find((c) => c.type === 'NetworkUnavailable' && c.status === 'True')?.message ??
          message(words, 'findEntryMissing'));
    out.push({
      kind: 'missing-route',
      severity: 'error',
      place: nodePlace(node.name),
      ...says(
        message(words, 'findMissingRoute', {
          block,
          instance: String(instance),
          node: node.name,
          why,
          cutOff,
        }),
      ),
      ...shown,
    });
  }
  return out;
}

function sameBlock(text: string, block: Cidr): boolean {
  const parsed = networkCidr(text);
  return parsed !== undefined && sameCidr(parsed, block);
}

function staleRoutes(world: WorldState, cluster: ImportedCluster): Finding[] {
  const podCidr = networkCidr(world.scenario.cluster.podCidr);
  const blocks = [...world.nodes.values()].flatMap((n) => (n.podCidr ? [n.podCidr] : []));
  const out: Finding[] = [];
  for (const r of cluster.routes ?? []) {
    const dest = networkCidr(r.destination);
    if (r.status && r.status !== 'Available') {
      out.push({
        kind: 'route-not-available',
        severity: 'warning',
        place: dest && blocks.some((b) => sameCidr(b, dest)) ? routePlace(r.destination) : VPC_ROUTER,
        ...says(message(words, 'findNotAvailable', { destination: r.destination, status: r.status })),
      });
    }
    if (r.type !== 'Custom' || !dest || !podCidr || !contains(podCidr, dest.network)) continue;
    if (blocks.some((b) => sameCidr(b, dest))) continue;
    const owner = cluster.nodes.find((n) => n.instanceId !== undefined && n.instanceId === r.nextHopId);
    out.push({
      kind: 'stale-route',
      severity: 'warning',
      place: VPC_ROUTER,
      ...says(
        message(words, 'findStale', {
          destination: r.destination,
          hop: r.nextHopId ?? message(words, 'findNoHop'),
          owner: owner
            ? message(words, 'findStaleOwner', { name: owner.name })
            : message(words, 'findStaleGone'),
        }),
      ),
    });
  }
  return out;
}

function conditionFindings(cluster: ImportedCluster): Finding[] {
  const out: Finding[] = [];
  for (const n of cluster.nodes) {
    const ready = n.conditions.find((c) => c.type === 'Ready');
    if (ready && ready.status !== 'True') {
      out.push({
        kind: 'node-not-ready',
        severity: 'error',
        place: nodePlace(n.name),
        ...says(
          message(words, 'findNotReady', {
            node: n.name,
            status: ready.status,
            detail: `${ready.reason ? `, ${ready.reason}` : ''}${ready.message ? `: ${ready.message}` : ''}`,
            taints: n.taints.length > 0 ? message(words, 'findTaints', { taints: n.taints.join(', ') }) : '',
          }),
        ),
      });
    }
    const net = n.conditions.find((c) => c.type === 'NetworkUnavailable');
    if (net?.status === 'True') {
      out.push({
        kind: 'network-unavailable',
        severity: 'error',
        place: nodePlace(n.name),
        ...says(
          message(words, 'findNetUnavailable', {
            node: n.name,
            reason: net.reason ?? message(words, 'findNoReason'),
            detail: net.message ? `: ${net.message}` : '',
          }),
        ),
      });
    }
  }
  return out;
}

function podsOutside(cluster: ImportedCluster): Finding[] {
  const blocks = new Map(
    cluster.nodes.flatMap((n) => {
      const b = networkCidr(n.podCidr);
      return b ? [[n.name, b] as const] : [];
    }),
  );
  const out: Finding[] = [];
  for (const p of cluster.pods ?? []) {
    const ip = ipOf(p.ip);
    const block = p.node ? blocks.get(p.node) : undefined;
    if (p.hostNetwork || ip === undefined || !block || contains(block, ip)) continue;
    out.push({
      kind: 'pod-outside-cidr',
      severity: 'error',
      place: nodePlace(p.node ?? ''), // a block was found, so the pod has a node
      ...says(
        message(words, 'findPodOutside', {
          pod: `${p.namespace}/${p.name}`,
          ip: formatIp(ip),
          node: String(p.node),
          cidr: formatCidr(block),
        }),
      ),
    });
  }
  return out;
}

function headroom(scenario: Scenario, world: WorldState, cluster: ImportedCluster | undefined): Finding[] {
  const cap = capacity(scenario);
  const quota = scenario.vpc.routeQuota;
  const used = cluster?.routes
    ? cluster.routes.filter((r) => r.type === 'Custom').length
    : world.vpc.routeTable.filter((e) => e.type === 'custom').length;
  const routesLeft = Math.max(0, quota - used);
  const blocksUsed = [...world.nodes.values()].filter((n) => n.podCidr).length;
  const blocksLeft = Math.max(0, cap.allocatableBlocks - blocksUsed);
  const more = Math.min(routesLeft, blocksLeft);
  return [
    {
      kind: 'route-quota',
      severity: routesLeft === 0 ? 'error' : routesLeft < 10 ? 'warning' : 'info',
      place: VPC_ROUTER,
      ...says(
        message(words, cluster?.routes ? 'findQuota' : 'findQuotaBuilt', { used, quota, left: routesLeft }),
      ),
    },
    {
      kind: 'cidr-headroom',
      severity: more === 0 ? 'error' : more < 5 ? 'warning' : 'info',
      place: VPC_ROUTER,
      ...says(
        message(words, 'findHeadroom', {
          more,
          blocks: blocksLeft,
          mask: scenario.cluster.nodeCidrMaskSize,
          podCidr: scenario.cluster.podCidr,
          routes: routesLeft,
          cidrFirst: blocksLeft <= routesLeft ? 1 : 0,
        }),
      ),
    },
  ];
}
