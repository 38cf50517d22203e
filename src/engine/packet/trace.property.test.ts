/**
 * Invariants of the packet engine over random valid scenarios: generated scenario objects go
 * through parseScenario and construct; invalid ones are skipped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { construct, stateAt } from '../construction/construct.ts';
import { formatIp } from '../net/ipv4.ts';
import { parseScenario } from '../scenario/parse.ts';
import type { WorldState } from '../world/types.ts';
import { HOP_LIMIT } from './addresses.ts';
import { trace } from './trace.ts';
import type { Hop, TracePath } from './types.ts';

const FAULT_KINDS = ['vpc-route-deleted', 'flanneld-down', 'masquerade-rules-missing', 'cni0-down'] as const;

/** A scenario object as a user might write it; some are invalid and get filtered out. */
const scenarioInput = (withFaults: boolean) =>
  fc
    .record({
      vswitch: fc.constantFrom('192.168.0.0/24', '192.168.16.0/20', '192.168.0.0/26'),
      nat: fc.boolean(),
      natRoute: fc.boolean(),
      podCidr: fc.constantFrom('172.16.0.0/16', '10.0.0.0/8', '172.20.0.0/22', '10.244.0.0/16'),
      mask: fc.integer({ min: 24, max: 28 }),
      ipMasq: fc.boolean(),
      nodes: fc.integer({ min: 1, max: 6 }),
      masters: fc.integer({ min: 0, max: 1 }),
      pods: fc.array(fc.record({ node: fc.nat(), containers: fc.integer({ min: 1, max: 3 }) }), {
        maxLength: 12,
      }),
      faults: withFaults
        ? fc.array(fc.record({ kind: fc.constantFrom(...FAULT_KINDS), node: fc.nat() }), { maxLength: 3 })
        : fc.constant<{ kind: (typeof FAULT_KINDS)[number]; node: number }[]>([]),
      quota: withFaults ? fc.integer({ min: 1, max: 8 }) : fc.constant(200),
    })
    .map((r) => {
      const nodes = Array.from({ length: r.nodes }, (_, i) => ({
        name: `n-${i}`,
        ...(i < r.masters ? { role: 'master' } : {}),
      }));
      return {
        vpc: {
          cidr: '192.168.0.0/16',
          vswitches: [{ name: 'vsw-a', cidr: r.vswitch }],
          routeQuota: r.quota,
          ...(r.nat ? { natGateway: { eip: '198.51.100.20' } } : {}),
          customRoutes: r.nat && r.natRoute ? [{ destination: '0.0.0.0/0', nextHop: 'nat-gateway' }] : [],
        },
        cluster: {
          podCidr: r.podCidr,
          nodeCidrMaskSize: r.mask,
          serviceCidr: '172.31.0.0/20',
          ipMasq: r.ipMasq,
        },
        nodes,
        pods: r.pods.map((p, i) => ({
          name: `p-${i}`,
          node: `n-${p.node % r.nodes}`,
          containers: Array.from({ length: p.containers }, (_, j) => `c${j}`),
        })),
        externals: [{ name: 'internet', ip: '203.0.113.10' }],
        faults: r.faults
          .map((f) => ({ kind: f.kind, node: `n-${f.node % r.nodes}` }))
          .filter((f, i, all) => all.findIndex((g) => g.kind === f.kind && g.node === f.node) === i),
      };
    });

function build(input: unknown) {
  const parsed = parseScenario(input);
  fc.pre(parsed.ok);
  if (!parsed.ok) throw new Error('unreachable');
  return construct(parsed.scenario);
}

const running = (world: WorldState) =>
  [...world.pods.values()].filter((p) => p.phase === 'Running' && p.ip !== undefined);

/**
 * TTL bookkeeping: continuous from hop to hop; −1 exactly at a Linux forwarding hop (the VPC's
 * vRouter counts none); a loop summary says how much.
 */
function checkTtl(path: TracePath, start: number): void {
  let ttl = start;
  path.hops.forEach((hop: Hop, i) => {
    expect(hop.before.ttl).toBe(ttl);
    if (hop.action === 'loop') expect(hop.after.ttl).toBeLessThanOrEqual(hop.before.ttl);
    else if (hop.action === 'route' && i > 0 && hop.at !== 'vpc-router')
      expect(hop.after.ttl).toBe(hop.before.ttl - 1);
    else expect(hop.after.ttl).toBe(hop.before.ttl);
    ttl = hop.after.ttl;
  });
}

describe('packet engine properties', () => {
  it('pod → pod between running pods (no faults, every route created) is delivered, with its addresses unchanged unless ipMasq is off and it crosses nodes', () => {
    fc.assert(
      fc.property(scenarioInput(false), fc.nat(), fc.nat(), (input, a, b) => {
        const world = build(input).final;
        fc.pre([...world.nodes.values()].every((n) => !n.podCidr || n.vpcRoute === 'created'));
        const pods = running(world);
        fc.pre(pods.length > 0);
        const from = pods[a % pods.length];
        const to = pods[b % pods.length];
        if (!from || !to) return;
        const t = trace(world, `pod:${from.name}`, `pod:${to.name}`);
        expect(t.outcome, t.outcome === 'error' ? t.reason : t.reason).toBe('delivered');
        if (t.outcome === 'error') return;
        const src = formatIp(from.ip as number);
        const dst = formatIp(to.ip as number);
        if (from !== to && !input.cluster.ipMasq && from.node !== to.node) {
          // NOTE: without flanneld's masquerade the bridge plugin's CNI-… chain masquerades
          // everything outside the node's own pod subnet, other nodes' pods included.
          const leaving = t.hops.find((h) => h.at === `node:${from.node}` && h.action === 'snat');
          expect(leaving?.evidence?.line).toMatch(
            /^-A CNI-[0-9a-f]{24} ! -d 224\.0\.0\.0\/4 .* -j MASQUERADE$/,
          );
          const node = world.nodes.get(from.node);
          expect(t.hops.at(-1)?.packet).toMatchObject({ src: formatIp(node?.ip as number), dst });
          expect(t.reply?.hops.at(-1)?.packet).toMatchObject({ src: dst, dst: src });
        } else if (from !== to) {
          for (const hop of t.hops) expect(hop.packet).toMatchObject({ src, dst });
          for (const hop of t.reply?.hops ?? []) expect(hop.packet).toMatchObject({ src: dst, dst: src });
        }
        expect(t.reply?.outcome).toBe('delivered');
        checkTtl(t, 64);
        if (t.reply) checkTtl(t.reply, 64);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('pod → external with a NAT gateway route leaves its node with the node address, then the EIP', () => {
    fc.assert(
      fc.property(scenarioInput(false), fc.nat(), (input, a) => {
        const world = build({ ...input, cluster: { ...input.cluster, ipMasq: true } }).final;
        fc.pre(world.scenario.vpc.customRoutes.length > 0);
        const pods = running(world);
        fc.pre(pods.length > 0);
        const pod = pods[a % pods.length];
        if (!pod) return;
        const node = world.nodes.get(pod.node);
        const t = trace(world, `pod:${pod.name}`, 'external:internet');
        expect(t.outcome).toBe('delivered');
        if (t.outcome === 'error') return;
        const leaving = t.hops.filter((h) => h.at === `node:${pod.node}`).at(-1);
        expect(leaving?.action).toBe('snat');
        expect(leaving?.packet.src).toBe(formatIp(node?.ip as number));
        const gateway = t.hops.find((h) => h.at === 'nat-gateway');
        expect(gateway?.packet.src).toBe('198.51.100.20');
        expect(t.hops.at(-1)?.packet.src).toBe('198.51.100.20');
        expect(t.reply?.outcome).toBe('delivered');
        expect(t.reply?.hops.at(-1)?.packet.dst).toBe(formatIp(pod.ip as number));
        checkTtl(t, 64);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('every trace, over any step and any faults, ends within the hop limit with its TTL accounted for', () => {
    fc.assert(
      fc.property(
        scenarioInput(true),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 64 }),
        (input, s, a, b, ttl) => {
          const c = build(input);
          const world = stateAt(c, s % (c.steps.length + 1));
          const names = [
            ...c.scenario.pods.map((p) => `pod:${p.name}`),
            ...c.scenario.pods.map((p) => `pod:${p.name}/c0`),
            ...c.scenario.nodes.map((n) => `node:${n.name}`),
            'external:internet',
            '192.168.0.77',
            '172.16.0.200',
            '10.0.3.4',
            '8.8.8.8',
            '100.100.2.136',
          ];
          const t = trace(world, names[a % names.length] as string, names[b % names.length] as string, {
            ttl,
          });
          expect(['delivered', 'dropped', 'error']).toContain(t.outcome);
          if (t.outcome === 'error') return;
          expect(t.hops.length).toBeGreaterThan(0);
          expect(t.hops.length).toBeLessThanOrEqual(HOP_LIMIT);
          if (t.outcome === 'dropped') expect(t.reason).toBeTruthy();
          checkTtl(t, ttl);
          if (t.reply) {
            expect(t.reply.hops.length).toBeLessThanOrEqual(HOP_LIMIT);
            checkTtl(t.reply, ttl);
          }
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);
});
