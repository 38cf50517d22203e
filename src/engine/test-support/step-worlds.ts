/**
 * Scenarios that between them reach every kind of construction step: the presets, the article
 * with each fault, a small route quota, an exhausted cluster CIDR, the vxlan and host-gw
 * backends, the article on Terway with each of its faults and ENI limits, and random scenarios
 * with faults. For the tests that read every step's words.
 */
import fc from 'fast-check';
import { FLANNEL_FAULT_KINDS, TERWAY_FAULT_KINDS } from '../scenario/defaults.ts';
import { parseScenario } from '../scenario/parse.ts';
import { PRESET_NAMES, PRESETS } from '../scenario/presets.ts';
import type { Scenario } from '../scenario/types.ts';
import { randomScenario } from './random-scenario.ts';

type Raw = Record<string, unknown> & { vpc: Record<string, unknown>; cluster: Record<string, unknown> };

const raw = (name: string): Raw => structuredClone(PRESETS[name as keyof typeof PRESETS]) as Raw;

function edited(name: string, edit: (s: Raw) => void): Raw {
  const s = raw(name);
  edit(s);
  return s;
}

const terway = (s: Raw, cni: Record<string, unknown> = {}) => {
  s.cluster.cni = { plugin: 'terway', ...cni };
};

function rawWorlds(): [string, Raw][] {
  const out: [string, Raw][] = PRESET_NAMES.filter((n) => n !== 'large').map((n) => [n, raw(n)]);
  for (const kind of FLANNEL_FAULT_KINDS) {
    out.push([`article ${kind}`, edited('article', (s) => (s.faults = [{ kind, node: 'node-a' }]))]);
    out.push([`services ${kind}`, edited('services', (s) => (s.faults = [{ kind, node: 'node-a' }]))]);
  }
  for (const quota of [1, 2, 3])
    out.push([`article quota ${quota}`, edited('article', (s) => (s.vpc.routeQuota = quota))]);
  out.push([
    'article custom routes over quota',
    edited('article', (s) => {
      s.vpc.customRoutes = [
        ...(s.vpc.customRoutes as object[]),
        { destination: '10.9.0.0/16', nextHop: 'instance:node-a' },
      ];
    }),
  ]);
  out.push([
    'article cidr exhausted',
    edited('article', (s) => {
      s.cluster.podCidr = '172.16.0.0/24';
    }),
  ]);
  for (const backend of ['vxlan', 'host-gw', 'alloc'])
    out.push([
      `article ${backend} two vSwitches`,
      edited('article', (s) => {
        s.cluster.cni = { plugin: 'flannel', backend };
        s.vpc.vswitches = [
          { name: 'vsw-a', cidr: '192.168.0.0/24' },
          { name: 'vsw-b', cidr: '192.168.1.0/24' },
        ];
        s.nodes = [
          ...(s.nodes as object[]),
          { name: 'node-c', vswitch: 'vsw-b', ip: '192.168.1.10' },
          { name: 'node-d', vswitch: 'vsw-b', ip: '192.168.1.11' },
          { name: 'node-e', vswitch: 'vsw-b', ip: '192.168.1.12' },
          { name: 'node-f', vswitch: 'vsw-b', ip: '192.168.1.13' },
        ];
        s.pods = [...(s.pods as object[]), { name: 'far-1', node: 'node-c', containers: ['app'] }];
      }),
    ]);
  out.push([
    'services tiny service CIDR',
    edited('services', (s) => {
      s.cluster.serviceCidr = '172.19.0.0/30';
      s.services = (s.services as { clusterIp?: string }[]).map(({ clusterIp: _, ...rest }) => rest);
    }),
  ]);
  out.push([
    'article vxlan route deleted',
    edited('article', (s) => {
      s.cluster.cni = { plugin: 'flannel', backend: 'vxlan' };
      s.faults = [{ kind: 'vpc-route-deleted', node: 'node-a' }];
    }),
  ]);
  out.push(['article full node', edited('article', (s) => fullNode(s, 115))]);
  out.push(['article one past maxPods', edited('article', (s) => fullNode(s, 110))]);
  out.push([
    'article imported',
    edited('article', (s) => {
      s.nodes = (s.nodes as object[]).map((n, i) => ({ ...n, podCidr: `172.16.${i}.0/25` }));
      s.pods = (s.pods as object[]).map((p, i) => (i === 0 ? { ...p, ip: '172.16.1.9' } : p));
    }),
  ]);
  out.push([
    'article no pod IP left',
    edited('article', (s) => {
      s.cluster.nodeCidrMaskSize = 28;
      s.pods = Array.from({ length: 15 }, (_, i) => ({ name: `p-${i}`, node: 'node-a', containers: ['c'] }));
    }),
  ]);
  out.push(['article terway', edited('article', (s) => terway(s))]);
  for (const kind of TERWAY_FAULT_KINDS)
    out.push([
      `article terway ${kind}`,
      edited('article', (s) => {
        terway(s);
        s.faults = [{ kind, node: 'node-a' }];
      }),
    ]);
  for (const adapters of [2, 3])
    out.push([
      `article terway eni ${adapters}`,
      edited('article', (s) => terway(s, { eni: { adapters, ipsPerAdapter: 1 } })),
    ]);
  out.push([
    'article terway small pod vSwitch',
    edited('article', (s) => {
      terway(s, { podVswitches: ['vsw-pods'] });
      s.vpc.vswitches = [...(s.vpc.vswitches as object[]), { name: 'vsw-pods', cidr: '192.168.8.0/29' }];
      s.pods = [
        ...(s.pods as object[]),
        { name: 'web-2', node: 'node-a', containers: ['nginx'] },
        { name: 'web-3', node: 'node-b', containers: ['nginx'] },
      ];
    }),
  ]);
  out.push([
    'article terway no SNAT for pods',
    edited('article', (s) => {
      terway(s, { podVswitches: ['vsw-pods'] });
      s.vpc.vswitches = [...(s.vpc.vswitches as object[]), { name: 'vsw-pods', cidr: '192.168.8.0/24' }];
      s.vpc.natGateway = { eip: '198.51.100.20', snat: ['vsw-a'] };
    }),
  ]);
  const kinds = FLANNEL_FAULT_KINDS;
  fc.sample(randomScenario, { seed: 18, numRuns: 12 }).forEach((s, i) => {
    const r = s as unknown as Raw;
    const nodes = r.nodes as { name: string }[];
    r.faults = [{ kind: kinds[i % kinds.length], node: nodes[i % nodes.length]?.name }];
    out.push([`random ${i}`, r]);
  });
  return out;
}

/** node-a holds more pods than kubelet's maxPods. */
function fullNode(s: Raw, pods: number): void {
  s.pods = Array.from({ length: pods }, (_, i) => ({ name: `p-${i}`, node: 'node-a', containers: ['c'] }));
}

/** The worlds, parsed; one that does not parse is a mistake of this file and throws. */
export function stepWorlds(): [string, Scenario][] {
  return rawWorlds().map(([name, s]) => {
    const parsed = parseScenario(s);
    if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.errors)}`);
    const { scenario } = parsed;
    // A file cannot hold more custom routes than its quota; a quota lowered after reading can.
    if (name === 'article custom routes over quota')
      return [name, { ...scenario, vpc: { ...scenario.vpc, routeQuota: 1 } }];
    return [name, scenario];
  });
}
