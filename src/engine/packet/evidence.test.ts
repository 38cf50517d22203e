import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, textOf } from '../artifacts/test-worlds.ts';
import { contains } from '../net/ipv4.ts';
import { bridgeFdb, fdbLookup } from '../tables/index.ts';
import { formatVpcRoute } from '../tables/vpc-routes.ts';
import type { VpcRouteEntry, WorldState } from '../world/types.ts';
import { trace } from './trace.ts';
import type { Hop } from './types.ts';
import { createVpcRouteIndex, lookupVpcRoute } from './vpc-route-index.ts';
import { indexWorld } from './world-index.ts';

const ARTIFACT = {
  'node-routes': 'ip-route',
  'pod-routes': 'ip-route',
  fdb: 'bridge-fdb',
  nat: 'iptables-nat',
} as const;

function endpoints(world: WorldState): string[] {
  return [
    ...[...world.pods.values()].map((p) => `pod:${p.name}`),
    ...[...world.nodes.values()].map((n) => `node:${n.name}`),
    ...world.scenario.externals.map((e) => `external:${e.name}`),
    '192.168.0.50',
  ];
}

function allHops(world: WorldState): Hop[] {
  const eps = endpoints(world);
  return eps.flatMap((from) =>
    eps.flatMap((to) => {
      const t = trace(world, from, to);
      return t.outcome === 'error' ? [] : [...t.hops, ...(t.reply?.hops ?? [])];
    }),
  );
}

const worlds = {
  article: article().final,
  'masquerade missing': article([{ kind: 'masquerade-rules-missing', node: 'node-a' }]).final,
  'cni0 down': article([{ kind: 'cni0-down', node: 'node-b' }]).final,
};

describe('evidence is the line the artifacts print', () => {
  it.each(Object.entries(worlds))(
    '%s: route, FDB and nat lines appear verbatim in their artifact',
    (_, world) => {
      const hops = allHops(world);
      const checked = new Set<string>();
      for (const hop of hops) {
        const e = hop.evidence;
        if (!e || !(e.table in ARTIFACT)) continue;
        expect(hop.matched).toBe(e.line);
        const artifact = ARTIFACT[e.table as keyof typeof ARTIFACT];
        expect(textOf(world, e.owner, artifact).split('\n')).toContain(e.line);
        checked.add(e.table);
      }
      expect([...checked].sort()).toEqual(['fdb', 'nat', 'node-routes', 'pod-routes']);
    },
  );

  it('VPC route evidence is an entry of the route table, as DESTINATION → NEXT HOP', () => {
    const world = worlds.article;
    const table = textOf(world, 'vpc', 'route-table').split('\n');
    const lines = new Set(
      allHops(world).flatMap((h) => (h.evidence?.table === 'vpc-route-table' ? [h.evidence.line] : [])),
    );
    expect(lines.size).toBeGreaterThan(2);
    for (const line of lines) {
      const [destination, nextHop] = line.split(' → ') as [string, string];
      expect(table.some((row) => row.startsWith(`${destination} `) && row.includes(nextHop))).toBe(true);
    }
  });

  it('every hop is shaped as DESIGN.md §3.2 says, with packet = after', () => {
    for (const hop of allHops(worlds.article)) {
      expect(typeof hop.at).toBe('string');
      expect(hop.packet).toBe(hop.after);
      expect(hop.packet.src).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(hop.packet.dst).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(Number.isInteger(hop.packet.ttl)).toBe(true);
      expect(hop.explanation).toMatch(/^\S.*\.$/s);
      expect(hop.device).toBe(hop.deviceOut ?? hop.deviceIn);
    }
  });
});

describe('world index', () => {
  it('answers FDB look-ups exactly as fdbLookup does', () => {
    for (const world of Object.values(worlds)) {
      const index = indexWorld(world);
      for (const node of world.nodes.values()) {
        const entries = index.fdb(node);
        expect(entries).toEqual(bridgeFdb(node, world.pods.values()));
        for (const mac of [...entries.map((e) => e.mac), '02:00:00:00:00:00']) {
          expect(index.fdbEntry(node, mac)).toBe(fdbLookup(entries, mac));
        }
      }
    }
  });
});

describe('VPC route index', () => {
  const linear = (entries: readonly VpcRouteEntry[], ip: number) => {
    let best: VpcRouteEntry | undefined;
    for (const e of entries)
      if (contains(e.cidr, ip) && (!best || e.cidr.prefix > best.cidr.prefix)) best = e;
    return best;
  };
  const entry = fc
    .record({ ip: fc.integer({ min: 0, max: 2 ** 32 - 1 }), prefix: fc.integer({ min: 0, max: 32 }) })
    .map(({ ip, prefix }): VpcRouteEntry => {
      const network = prefix === 0 ? 0 : ((ip >>> (32 - prefix)) << (32 - prefix)) >>> 0;
      const cidr = { network, prefix };
      return {
        destination: `${network}/${prefix}`,
        cidr,
        type: 'custom',
        nextHopType: 'instance',
        nextHop: `i-${ip}`,
      };
    });

  it('picks the same entry as a linear longest-prefix match', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 20 }),
        (entries, ips) => {
          const index = createVpcRouteIndex(entries);
          for (const ip of [...ips, ...entries.map((e) => e.cidr.network)]) {
            expect(lookupVpcRoute(index, ip)).toBe(linear(entries, ip));
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('prints an entry as DESTINATION → NEXT HOP', () => {
    const nat = worlds.article.vpc.routeTable.find((e) => e.nextHopType === 'nat-gateway');
    expect(nat && formatVpcRoute(nat)).toBe('0.0.0.0/0 → nat-gateway');
  });
});
