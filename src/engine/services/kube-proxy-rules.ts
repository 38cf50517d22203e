/**
 * The rules kube-proxy in iptables mode writes (kubernetes pkg/proxy/iptables/proxier.go of the
 * modelled release, syncProxyRules and writeServiceToEndpointRules), as data that prints exactly
 * as `iptables -t nat -S` / `iptables -t filter -S` show it and that the trace evaluates.
 *
 * NOTE: what the model fixes where the real program does not: kube-proxy walks its Service map
 * in Go's random map order, so on a real node the Services' rules come in any order; here they
 * come in the scenario's order. Endpoints are sorted by their `IP:port` text, as kube-proxy sorts
 * them (pkg/proxy/endpointslicecache.go endpointsMapFromEndpointInfo, byEndpoint). Only the
 * Cluster traffic policies, no session affinity, no load balancers and no external IPs.
 */
import { type Cidr, cidr, formatCidr, formatIp } from '../net/ipv4.ts';
import type {
  NodeState,
  ServiceEndpoint,
  ServicePortState,
  ServiceState,
  WorldState,
} from '../world/types.ts';
import { extChain, protocolOf, sepChain, servicePortName, svcChain } from './chain-names.ts';

/** The mark kube-proxy's KUBE-MARK-MASQ sets (--iptables-masquerade-bit 14, the default). */
export const MASQ_MARK = '0x4000';
const LOOPBACK = cidr('127.0.0.0/8');

export interface AddressMatch {
  readonly cidr: Cidr;
  readonly negate: boolean;
}

/** One rule kube-proxy writes, with what the trace needs to evaluate it. */
export interface KubeRule {
  readonly table: 'nat' | 'filter';
  readonly chain: string;
  readonly source?: AddressMatch;
  readonly destination?: AddressMatch;
  readonly protocol?: 'tcp' | 'udp';
  readonly dport?: number;
  /** `-m addrtype --dst-type LOCAL`: the destination is one of the node's own addresses. */
  readonly dstLocal?: boolean;
  /** `-m mark ! --mark 0x4000/0x4000`: only packets kube-proxy has not marked. */
  readonly unmarked?: boolean;
  /** The statistic match's probability as the kernel holds it (a fraction of 2^31). */
  readonly probability?: number;
  readonly target: string;
  /** For a KUBE-SVC → KUBE-SEP jump and a KUBE-SEP's rules: the endpoint. */
  readonly endpoint?: ServiceEndpoint;
  /** For DNAT: where to. */
  readonly toDestination?: { readonly ip: number; readonly port: number };
  /** The Service port the rule is for. */
  readonly service?: { readonly service: ServiceState; readonly port: ServicePortState };
  /** The line `iptables -S` prints. */
  readonly text: string;
}

type Fields = Omit<KubeRule, 'text' | 'table' | 'chain'>;

/**
 * Builds a rule and its text. `modules` are the `-m …` matches in the order kube-proxy writes
 * them (iptables-save hoists -s, -d and -p before them); `args` follow the target.
 */
function rule(
  table: 'nat' | 'filter',
  chain: string,
  fields: Fields,
  modules: readonly string[],
  args = '',
): KubeRule {
  const addr = (flag: string, m?: AddressMatch) =>
    m ? ` ${m.negate ? '! ' : ''}${flag} ${formatCidr(m.cidr)}` : '';
  const proto = fields.protocol ? ` -p ${fields.protocol}` : '';
  const mods = modules.length > 0 ? ` ${modules.join(' ')}` : '';
  const text = `-A ${chain}${addr('-s', fields.source)}${addr('-d', fields.destination)}${proto}${mods} -j ${fields.target}${args ? ` ${args}` : ''}`;
  return { table, chain, ...fields, text };
}

const comment = (text: string) => `-m comment --comment ${JSON.stringify(text)}`;
const host = (ip: number): AddressMatch => ({ cidr: { network: ip, prefix: 32 }, negate: false });

/**
 * The probability kube-proxy writes for the i-th of n remaining endpoints (1/n as `%0.10f`),
 * held by the kernel as round(2^31 · p) (xt_statistic) and printed back with `%.11f`.
 */
export function statisticProbability(remaining: number): { readonly kernel: number; readonly text: string } {
  const written = Number((1 / remaining).toFixed(10));
  const kernel = Math.round(written * 2 ** 31);
  return { kernel, text: (kernel / 2 ** 31).toFixed(11) };
}

/** `IP:port`, the endpoint as kube-proxy names and sorts it. */
export function endpointText(ip: number, port: number): string {
  return `${formatIp(ip)}:${port}`;
}

/** The endpoints of a Service port in kube-proxy's order (sorted by their `IP:port` text). */
export function orderedEndpoints(service: ServiceState, port: ServicePortState): ServiceEndpoint[] {
  return [...(service.endpoints ?? [])].sort((a, b) => {
    const x = endpointText(a.ip, port.targetPort);
    const y = endpointText(b.ip, port.targetPort);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** Every rule kube-proxy writes on a node, nat and filter, in the order each chain holds them. */
export interface KubeProxyRules {
  readonly nat: readonly KubeRule[];
  readonly filter: readonly KubeRule[];
  /** The user chains of each table, for `-N` lines. */
  readonly natChains: readonly string[];
  readonly filterChains: readonly string[];
}

const cache = new WeakMap<readonly ServiceState[], Map<string, KubeProxyRules>>();

/**
 * kube-proxy's rules for these Services; `clusterCidr` is its --cluster-cidr (detect-local mode
 * ClusterCIDR: pod traffic is what comes from it, pkg/proxy/util/localdetector.go).
 */
export function kubeProxyRules(services: readonly ServiceState[], clusterCidr: Cidr): KubeProxyRules {
  let byCidr = cache.get(services);
  if (!byCidr) {
    byCidr = new Map();
    cache.set(services, byCidr);
  }
  const key = formatCidr(clusterCidr);
  let rules = byCidr.get(key);
  if (!rules) {
    rules = build(services, clusterCidr);
    byCidr.set(key, rules);
  }
  return rules;
}

function build(services: readonly ServiceState[], clusterCidr: Cidr): KubeProxyRules {
  const nat: KubeRule[] = [];
  const filter: KubeRule[] = [];
  const natChains = new Set([
    'KUBE-MARK-MASQ',
    'KUBE-NODEPORTS',
    'KUBE-POSTROUTING',
    'KUBE-PROXY-CANARY',
    'KUBE-SERVICES',
  ]);
  const filterChains = new Set([
    'KUBE-EXTERNAL-SERVICES',
    'KUBE-FIREWALL',
    'KUBE-FORWARD',
    'KUBE-NODEPORTS',
    'KUBE-PROXY-CANARY',
    'KUBE-PROXY-FIREWALL',
    'KUBE-SERVICES',
  ]);
  const portals = comment('kubernetes service portals');
  // The jumps from the built-in chains (iptablesJumpChains), each prepended: in the chain they
  // stand in the reverse of the order kube-proxy ensures them.
  nat.push(
    rule('nat', 'PREROUTING', { target: 'KUBE-SERVICES' }, [portals]),
    rule('nat', 'OUTPUT', { target: 'KUBE-SERVICES' }, [portals]),
    rule('nat', 'POSTROUTING', { target: 'KUBE-POSTROUTING' }, [comment('kubernetes postrouting rules')]),
  );
  const isNew = '-m conntrack --ctstate NEW';
  filter.push(
    rule('filter', 'INPUT', { target: 'KUBE-FIREWALL' }, []),
    rule('filter', 'INPUT', { target: 'KUBE-PROXY-FIREWALL' }, [
      isNew,
      comment('kubernetes load balancer firewall'),
    ]),
    rule('filter', 'INPUT', { target: 'KUBE-NODEPORTS' }, [comment('kubernetes health check service ports')]),
    rule('filter', 'INPUT', { target: 'KUBE-EXTERNAL-SERVICES' }, [
      isNew,
      comment('kubernetes externally-visible service portals'),
    ]),
    rule('filter', 'FORWARD', { target: 'KUBE-PROXY-FIREWALL' }, [
      isNew,
      comment('kubernetes load balancer firewall'),
    ]),
    rule('filter', 'FORWARD', { target: 'KUBE-FORWARD' }, [comment('kubernetes forwarding rules')]),
    rule('filter', 'FORWARD', { target: 'KUBE-SERVICES' }, [isNew, portals]),
    rule('filter', 'FORWARD', { target: 'KUBE-EXTERNAL-SERVICES' }, [
      isNew,
      comment('kubernetes externally-visible service portals'),
    ]),
    rule('filter', 'OUTPUT', { target: 'KUBE-FIREWALL' }, []),
    rule('filter', 'OUTPUT', { target: 'KUBE-PROXY-FIREWALL' }, [
      isNew,
      comment('kubernetes load balancer firewall'),
    ]),
    rule('filter', 'OUTPUT', { target: 'KUBE-SERVICES' }, [isNew, portals]),
    rule(
      'filter',
      'KUBE-FIREWALL',
      {
        source: { cidr: LOOPBACK, negate: true },
        destination: { cidr: LOOPBACK, negate: false },
        target: 'DROP',
      },
      [comment('block incoming localnet connections'), '-m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT'],
    ),
  );
  const mark = `${MASQ_MARK}/${MASQ_MARK}`;
  nat.push(
    rule('nat', 'KUBE-POSTROUTING', { unmarked: true, target: 'RETURN' }, [`-m mark ! --mark ${mark}`]),
    rule('nat', 'KUBE-POSTROUTING', { target: 'MARK' }, [], `--set-xmark ${MASQ_MARK}/0x0`),
    rule(
      'nat',
      'KUBE-POSTROUTING',
      { target: 'MASQUERADE' },
      [comment('kubernetes service traffic requiring SNAT')],
      '--random-fully',
    ),
    rule('nat', 'KUBE-MARK-MASQ', { target: 'MARK' }, [], `--set-xmark ${mark}`),
  );
  const serviceRules: KubeRule[] = [];
  const nodePortRules: KubeRule[] = [];
  const chainRules: KubeRule[] = [];
  for (const service of services) {
    for (const port of service.ports) {
      const name = servicePortName(service, port);
      const protocol = protocolOf(port);
      const svc = svcChain(service, port);
      const ext = extChain(service, port);
      const about = { service, port };
      const endpoints = orderedEndpoints(service, port);
      const portMatch = `-m ${protocol} --dport ${port.port}`;
      if (endpoints.length === 0) {
        const none = comment(`${name} has no endpoints`);
        filter.push(
          rule(
            'filter',
            'KUBE-SERVICES',
            {
              destination: host(service.clusterIp),
              protocol,
              dport: port.port,
              target: 'REJECT',
              service: about,
            },
            [none, portMatch],
            '--reject-with icmp-port-unreachable',
          ),
        );
        if (port.nodePort !== undefined) {
          filter.push(
            rule(
              'filter',
              'KUBE-EXTERNAL-SERVICES',
              { protocol, dport: port.nodePort, dstLocal: true, target: 'REJECT', service: about },
              [none, '-m addrtype --dst-type LOCAL', `-m ${protocol} --dport ${port.nodePort}`],
              '--reject-with icmp-port-unreachable',
            ),
          );
        }
        continue;
      }
      const clusterIp = comment(`${name} cluster IP`);
      serviceRules.push(
        rule(
          'nat',
          'KUBE-SERVICES',
          { destination: host(service.clusterIp), protocol, dport: port.port, target: svc, service: about },
          [clusterIp, portMatch],
        ),
      );
      if (port.nodePort !== undefined) {
        nodePortRules.push(
          rule('nat', 'KUBE-NODEPORTS', { protocol, dport: port.nodePort, target: ext, service: about }, [
            comment(name),
            `-m ${protocol} --dport ${port.nodePort}`,
          ]),
        );
        natChains.add(ext);
        chainRules.push(
          rule('nat', ext, { target: 'KUBE-MARK-MASQ', service: about }, [
            comment(`masquerade traffic for ${name} external destinations`),
          ]),
          rule('nat', ext, { target: svc, service: about }, []),
        );
      }
      natChains.add(svc);
      chainRules.push(
        rule(
          'nat',
          svc,
          {
            source: { cidr: clusterCidr, negate: true },
            destination: host(service.clusterIp),
            protocol,
            dport: port.port,
            target: 'KUBE-MARK-MASQ',
            service: about,
          },
          [clusterIp, portMatch],
        ),
      );
      endpoints.forEach((endpoint, i) => {
        const text = endpointText(endpoint.ip, port.targetPort);
        const sep = sepChain(service, port, text);
        const last = i === endpoints.length - 1;
        const p = last ? undefined : statisticProbability(endpoints.length - i);
        chainRules.push(
          rule('nat', svc, { probability: p?.kernel, target: sep, endpoint, service: about }, [
            comment(`${name} -> ${text}`),
            ...(p ? [`-m statistic --mode random --probability ${p.text}`] : []),
          ]),
        );
        natChains.add(sep);
        chainRules.push(
          rule(
            'nat',
            sep,
            { source: host(endpoint.ip), target: 'KUBE-MARK-MASQ', endpoint, service: about },
            [comment(name)],
          ),
          rule(
            'nat',
            sep,
            {
              protocol,
              target: 'DNAT',
              endpoint,
              service: about,
              toDestination: { ip: endpoint.ip, port: port.targetPort },
            },
            [comment(name), `-m ${protocol}`],
            `--to-destination ${text}`,
          ),
        );
      });
    }
  }
  const last = rule('nat', 'KUBE-SERVICES', { dstLocal: true, target: 'KUBE-NODEPORTS' }, [
    comment('kubernetes service nodeports; NOTE: this must be the last rule in this chain'),
    '-m addrtype --dst-type LOCAL',
  ]);
  filter.push(
    rule('filter', 'KUBE-FORWARD', { target: 'DROP' }, ['-m conntrack --ctstate INVALID']),
    rule('filter', 'KUBE-FORWARD', { target: 'ACCEPT' }, [
      comment('kubernetes forwarding rules'),
      `-m mark --mark ${mark}`,
    ]),
    rule('filter', 'KUBE-FORWARD', { target: 'ACCEPT' }, [
      comment('kubernetes forwarding conntrack rule'),
      '-m conntrack --ctstate RELATED,ESTABLISHED',
    ]),
  );
  // A chain's rules stay together in the order written; chains are listed built-in first, then
  // by name, as iptables -S lists them.
  return {
    nat: inChainOrder([...nat, ...serviceRules, last, ...nodePortRules, ...chainRules]),
    filter: inChainOrder(filter),
    natChains: [...natChains].sort(),
    filterChains: [...filterChains].sort(),
  };
}

const BUILT_IN = ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'];

/** Rank of a chain in `iptables -S`: the built-in chains in hook order, then user chains by name. */
export function chainRank(chain: string): [number, string] {
  const builtIn = BUILT_IN.indexOf(chain);
  return builtIn >= 0 ? [builtIn, ''] : [BUILT_IN.length, chain];
}

/** Sorts rules by chain (stable: a chain's rules keep their order). */
export function inChainOrder<T extends { readonly chain: string }>(rules: readonly T[]): T[] {
  return rules
    .map((r, i) => ({ r, i, rank: chainRank(r.chain) }))
    .sort(
      (a, b) => a.rank[0] - b.rank[0] || (a.rank[1] < b.rank[1] ? -1 : a.rank[1] > b.rank[1] ? 1 : a.i - b.i),
    )
    .map((x) => x.r);
}

/** kube-proxy's rules on a node, once it has synced there; undefined before (or without Services). */
export function nodeKubeProxyRules(
  world: WorldState | undefined,
  node: NodeState,
): KubeProxyRules | undefined {
  if (!world?.kubeProxy.has(node.name)) return undefined;
  return kubeProxyRules(world.services, cidr(world.scenario.cluster.podCidr));
}
