import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gatewayOf } from '../addressing/host-local.ts';
import { blockAt } from '../addressing/range-allocator.ts';
import { broadcastOf, cidr, contains, containsCidr, overlaps } from '../net/ipv4.ts';
import { parseScenario } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/types.ts';
import { randomScenario } from '../test-support/random-scenario.ts';
import { construct, stateAt } from './construct.ts';

function parsed(raw: unknown): Scenario {
  const result = parseScenario(raw);
  if (!result.ok) throw new Error(`generator made an invalid scenario: ${JSON.stringify(result.errors)}`);
  return result.scenario;
}

describe('construction invariants over random valid scenarios', () => {
  it('holds for 1,000 scenarios', () => {
    fc.assert(
      fc.property(randomScenario, (raw) => {
        const scenario = parsed(raw);
        const c = construct(scenario);
        const world = c.final;
        const cluster = cidr(scenario.cluster.podCidr);
        const service = cidr(scenario.cluster.serviceCidr);
        const nodes = [...world.nodes.values()];

        // Node CIDRs: aligned, inside the cluster CIDR, outside the service CIDR, disjoint, round-robin.
        const allocated = nodes.filter((n) => n.podCidr);
        allocated.forEach((n, i) => {
          const block = n.podCidr;
          if (!block) return;
          expect(block.prefix).toBe(scenario.cluster.nodeCidrMaskSize);
          expect(containsCidr(cluster, block)).toBe(true);
          expect(overlaps(service, block)).toBe(false);
          expect(block).toEqual(blockAt(cluster, block.prefix, i));
        });
        const capacity = 2 ** (scenario.cluster.nodeCidrMaskSize - cluster.prefix);
        expect(allocated).toHaveLength(Math.min(nodes.length, capacity));
        expect(new Set(allocated.map((n) => n.podCidr?.network)).size).toBe(allocated.length);

        // Pod IPs: unique, inside their node's CIDR, never network, gateway or broadcast.
        const ips = new Set<number>();
        for (const pod of world.pods.values()) {
          if (pod.ip === undefined) continue;
          const block = world.nodes.get(pod.node)?.podCidr;
          expect(block).toBeDefined();
          if (!block) continue;
          expect(contains(block, pod.ip)).toBe(true);
          expect([block.network, gatewayOf(block), broadcastOf(block)]).not.toContain(pod.ip);
          expect(ips.has(pod.ip)).toBe(false);
          ips.add(pod.ip);
        }

        // One custom VPC route per node with a pod CIDR, up to the quota.
        const routes = world.vpc.routeTable.filter(
          (e) => e.type === 'custom' && e.nextHopType === 'instance',
        );
        const room = Math.max(0, scenario.vpc.routeQuota - scenario.vpc.customRoutes.length);
        expect(routes).toHaveLength(Math.min(allocated.length, room));
        expect(new Set(routes.map((r) => r.node)).size).toBe(routes.length);
        for (const route of routes) {
          expect(route.cidr).toEqual(world.nodes.get(route.node ?? '')?.podCidr);
        }
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('gives byte-identical output for the same input, and the fold agrees at every step', () => {
    fc.assert(
      fc.property(randomScenario, fc.nat(), (raw, pick) => {
        const scenario = parsed(raw);
        const a = construct(scenario);
        const b = construct(parsed(JSON.parse(JSON.stringify(raw))));
        expect(JSON.stringify(b.steps)).toBe(JSON.stringify(a.steps));
        const n = pick % (a.steps.length + 1);
        expect(stateAt(a, n)).toEqual(stateAt(b, n));
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
