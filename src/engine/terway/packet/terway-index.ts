/**
 * Look-ups over one Terway world state, built once per state: each node's rules, main table, ENI
 * tables and local table, exactly as the artifacts print them, and which ENI holds an address.
 */
import { byName } from '../../packet/world-index.ts';
import type { LocalRoute } from '../../tables/local-routes.ts';
import type { NodeState, PodState, WorldState } from '../../world/types.ts';
import type { Eni } from '../eni-pool.ts';
import {
  nodeEnis,
  terwayEniTables,
  terwayMainRoutes,
  terwayNodeLocalRoutes,
  terwayPodLocalRoutes,
  terwayPodTable,
  terwayRules,
} from '../node-tables.ts';
import type { PolicyRule, TerwayRoute } from '../tables.ts';

export interface EniHolder {
  readonly node: NodeState;
  readonly eni: Eni;
}

export interface TerwayIndex {
  rules(node: NodeState): readonly PolicyRule[];
  main(node: NodeState): readonly TerwayRoute[];
  eniTables(node: NodeState): ReadonlyMap<number, readonly TerwayRoute[]>;
  local(node: NodeState): readonly LocalRoute[];
  podLocal(pod: PodState): readonly LocalRoute[];
  podRoutes(pod: PodState): readonly TerwayRoute[];
  /** The node and ENI that hold an address (a pod's), once the ENI is attached. */
  readonly eniByIp: ReadonlyMap<number, EniHolder>;
  /** The ENI of a node by device name. */
  eni(node: NodeState, device: string): Eni | undefined;
  /** The pod behind a host veth. */
  podOnVeth(node: NodeState, veth: string): PodState | undefined;
}

const cache = new WeakMap<WorldState, TerwayIndex>();

/** The (cached) Terway look-ups of a world state. */
export function terwayIndex(world: WorldState): TerwayIndex {
  let index = cache.get(world);
  if (!index) {
    index = build(world);
    cache.set(world, index);
  }
  return index;
}

function build(world: WorldState): TerwayIndex {
  const eniByIp = new Map<number, EniHolder>();
  for (const node of world.nodes.values()) {
    for (const eni of nodeEnis(world, node.name)) for (const ip of eni.ips) eniByIp.set(ip, { node, eni });
  }
  const veths = new Map<string, PodState>();
  for (const pod of world.pods.values()) if (pod.veth) veths.set(`${pod.node}/${pod.veth.hostName}`, pod);
  return {
    rules: byName((node: NodeState) => terwayRules(world, node)),
    main: byName((node: NodeState) => terwayMainRoutes(world, node)),
    eniTables: byName((node: NodeState) => terwayEniTables(world, node)),
    local: byName((node: NodeState) => terwayNodeLocalRoutes(world, node)),
    podLocal: byName(terwayPodLocalRoutes),
    podRoutes: byName(terwayPodTable),
    eniByIp,
    eni: (node, device) => nodeEnis(world, node.name).find((e) => e.device === device),
    podOnVeth: (node, veth) => veths.get(`${node.name}/${veth}`),
  };
}
