/**
 * A Terway cluster's artifacts: the node's `ip addr` (eth0, the ENIs, the cali veths), its main
 * table, `ip rule`, each ENI's table, the conflist and the Node; the pod's address, route and
 * permanent neighbour. The VPC's tables are the shared ones.
 */
import type { ArtifactResult, ArtifactRow } from '../artifacts/result.ts';
import { fromRows, inPodNetns, keyedLines, missing, text } from '../artifacts/result.ts';
import { formatIp } from '../net/ipv4.ts';
import { formatLocalRoute } from '../tables/local-routes.ts';
import type { NodeState, PodState, WorldState } from '../world/types.ts';
import { MAX_AVAILABLE_IP_ANNOTATION } from './eni-limits.ts';
import {
  nodeEnis,
  terwayEniTables,
  terwayMainRoutes,
  terwayNodeLocalRoutes,
  terwayPodLocalRoutes,
  terwayPodNeighbours,
  terwayPodTable,
  terwayRules,
  wiredPods,
} from './node-tables.ts';
import { terwayNode } from './state.ts';
import {
  formatNeighbour,
  formatRule,
  formatTerwayRoute,
  ruleKey,
  type TerwayRoute,
  terwayRouteKey,
} from './tables.ts';

const LOOPBACK = [
  '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
  '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
  '    inet 127.0.0.1/8 scope host lo',
  '       valid_lft forever preferred_lft forever',
];

interface Link {
  readonly index: number;
  readonly name: string;
  readonly qdisc: string;
  readonly qlen?: number;
  readonly mac: string;
  readonly netnsid?: number;
  readonly inet?: { readonly ip: number; readonly prefix: number; readonly brd?: number };
}

function linkLines(link: Link): string[] {
  const qlen = link.qlen === undefined ? '' : ` qlen ${link.qlen}`;
  const lines = [
    `${link.index}: ${link.name}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc ${link.qdisc} state UP group default${qlen}`,
    `    link/ether ${link.mac} brd ff:ff:ff:ff:ff:ff${link.netnsid === undefined ? '' : ` link-netnsid ${link.netnsid}`}`,
  ];
  if (link.inet) {
    const { ip, prefix, brd } = link.inet;
    const device = link.name.split('@')[0];
    lines.push(
      `    inet ${formatIp(ip)}/${prefix}${brd === undefined ? '' : ` brd ${formatIp(brd)}`} scope global ${device}`,
      '       valid_lft forever preferred_lft forever',
    );
  }
  return lines;
}

/** `ip addr` on a Terway node: eth0, the ENIs (the node address /32 once configured), the cali veths. */
function nodeIpAddr(world: WorldState, node: NodeState): ArtifactResult {
  const wired = wiredPods(world, node.name);
  const configured = new Set(wired.map((p) => p.eniIfindex));
  const broadcast = (node.ip | ~(0xffffffff << (32 - node.ipPrefix))) >>> 0;
  const links: Link[] = [
    {
      index: 2,
      name: 'eth0',
      qdisc: 'mq',
      qlen: 1000,
      mac: node.eth0Mac,
      inet: { ip: node.ip, prefix: node.ipPrefix, brd: broadcast },
    },
    ...nodeEnis(world, node.name).map((eni) => ({
      index: eni.ifindex,
      name: eni.device,
      qdisc: 'mq',
      qlen: 1000,
      mac: eni.mac,
      ...(configured.has(eni.ifindex) ? { inet: { ip: node.ip, prefix: 32 } } : {}),
    })),
    ...wired.map((p, netnsid) => ({
      index: p.pod.veth?.ifindex ?? 0,
      name: `${p.hostVeth}@if2`,
      qdisc: 'noqueue',
      mac: p.pod.veth?.hostMac ?? '',
      netnsid,
    })),
  ];
  links.sort((a, b) => a.index - b.index);
  return text([...LOOPBACK, ...links.flatMap(linkLines)]);
}

/** Routes as rows, keyed by destination (prefixed with the table's number for an ENI table). */
function routeRows(routes: readonly TerwayRoute[], table?: number): ArtifactResult {
  return fromRows(
    routes.map(
      (r): ArtifactRow => ({
        key: table === undefined ? terwayRouteKey(r) : `${table} ${terwayRouteKey(r)}`,
        text: formatTerwayRoute(r),
        cells: {
          destination: terwayRouteKey(r),
          via: r.via === undefined ? '' : formatIp(r.via),
          dev: r.dev,
          details: formatTerwayRoute(r).split(` dev ${r.dev}`)[1]?.trim() ?? '',
        },
      }),
    ),
  );
}

function ipRule(world: WorldState, node: NodeState): ArtifactResult {
  return fromRows(terwayRules(world, node).map((r) => ({ key: ruleKey(r), text: formatRule(r) })));
}

/** `ip route show table N` for one of the node's ENI tables. */
function ipRouteTable(world: WorldState, node: NodeState, table: number): ArtifactResult {
  const routes = terwayEniTables(world, node).get(table);
  if (!routes) {
    const known = [...terwayEniTables(world, node).keys()];
    return missing(
      `${node.name} has no routing table ${table}${known.length ? `: its ENI tables are ${known.join(', ')}` : ': the terway plugin writes an ENI’s table with the first pod on it'}`,
    );
  }
  return routeRows(routes, table);
}

/** /etc/cni/net.d/10-terway.conflist as terway-cli writes it for the veth datapath. */
// NOTE: AliyunContainerService/terway cmd/terway-cli/cni.go mergeConfigList: name "terway-chainer",
// cniVersion 0.4.0, the terway plugin from the eni-config ConfigMap's 10-terway.conf (charts/terway
// templates/terwayd/configmap.yaml; networkPolicyProvider "ebpf" by default) with
// eniip_virtual_type "veth" and bandwidth_mode "tc" (no EDT on the veth datapath), auto_mtu removed;
// no cilium-cni chained while NetworkPolicy is off. Keys sorted, as Go's JSON encoder writes a map.
function conflist(world: WorldState, node: NodeState): ArtifactResult {
  if (!terwayNode(world.terway, node.name).conflist) {
    return missing(
      `/etc/cni/net.d/10-terway.conflist does not exist yet on ${node.name}: the terway-eniip pod's init container writes it`,
    );
  }
  return text([
    '{',
    '  "cniVersion": "0.4.0",',
    '  "name": "terway-chainer",',
    '  "plugins": [',
    '    {',
    '      "bandwidth_mode": "tc",',
    '      "capabilities": {',
    '        "bandwidth": true',
    '      },',
    '      "eniip_virtual_type": "veth",',
    '      "network_policy_provider": "ebpf",',
    '      "type": "terway"',
    '    }',
    '  ]',
    '}',
  ]);
}

/** The node annotation terwayd writes. */
export function terwayAnnotations(world: WorldState, node: NodeState): string[] {
  const max = terwayNode(world.terway, node.name).maxAvailableIp;
  return max === undefined ? [] : [`    ${MAX_AVAILABLE_IP_ANNOTATION}: "${max}"`];
}

function podIpAddr(pod: PodState): ArtifactResult {
  return inPodNetns(pod, () => {
    const lines = [...LOOPBACK];
    if (pod.veth) {
      lines.push(
        ...linkLines({
          index: 2,
          name: `eth0@if${pod.veth.ifindex}`,
          qdisc: 'noqueue',
          mac: pod.veth.podMac,
          netnsid: 0,
          ...(pod.ip === undefined ? {} : { inet: { ip: pod.ip, prefix: 32 } }),
        }),
      );
    }
    return text(lines);
  });
}

type Render<T> = (world: WorldState, subject: T) => ArtifactResult;

export const TERWAY_NODE_ARTIFACTS: Record<string, Render<NodeState>> = {
  '10-terway.conflist': conflist,
  'ip-addr': nodeIpAddr,
  'ip-route': (world, node) => routeRows(terwayMainRoutes(world, node)),
  'ip-rule': ipRule,
  'ip-route-local': (world, node) => keyedLines(terwayNodeLocalRoutes(world, node).map(formatLocalRoute)),
};

export const TERWAY_POD_ARTIFACTS: Record<string, Render<PodState>> = {
  'ip-addr': (_, pod) => podIpAddr(pod),
  'ip-route': (_, pod) => inPodNetns(pod, () => routeRows(terwayPodTable(pod))),
  'ip-route-local': (_, pod) =>
    inPodNetns(pod, () => keyedLines(terwayPodLocalRoutes(pod).map(formatLocalRoute))),
  'ip-neigh': (_, pod) => inPodNetns(pod, () => keyedLines(terwayPodNeighbours(pod).map(formatNeighbour))),
};

const TABLE = /^ip-route-table-(\d{1,5})$/;

/** A Terway node artifact by name (`ip-route-table-N` for any N), or undefined. */
export function terwayNodeArtifact(artifact: string): Render<NodeState> | undefined {
  if (Object.hasOwn(TERWAY_NODE_ARTIFACTS, artifact)) return TERWAY_NODE_ARTIFACTS[artifact];
  const table = TABLE.exec(artifact);
  return table ? (world, node) => ipRouteTable(world, node, Number(table[1])) : undefined;
}

/** The node's artifact names: the fixed ones, then one `ip-route-table-N` per ENI table. */
export function terwayNodeArtifactNames(world: WorldState, node: NodeState | undefined): string[] {
  const tables = node ? [...terwayEniTables(world, node).keys()].map((t) => `ip-route-table-${t}`) : [];
  return ['node-spec', ...Object.keys(TERWAY_NODE_ARTIFACTS), ...tables];
}
