import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contains, parseCidr, parseIp } from '../net/ipv4.ts';
import { BASE, edit } from './bad-corpus.ts';
import { parseScenario } from './parse.ts';

function wellFormed(result: ReturnType<typeof parseScenario>): boolean {
  if (result.ok) return true;
  return (
    result.errors.length > 0 &&
    result.errors.every((e) => typeof e.path === 'string' && e.path.length > 0 && e.message.length > 0)
  );
}

describe('parseScenario properties', () => {
  it('never throws on arbitrary JSON values, and always explains a refusal', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(wellFormed(parseScenario(value))).toBe(true);
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(wellFormed(parseScenario(text))).toBe(true);
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  const SPOTS = [
    'title',
    'vpc',
    'vpc.cidr',
    'vpc.vswitches',
    'vpc.vswitches.0',
    'vpc.vswitches.0.cidr',
    'vpc.routeQuota',
    'vpc.natGateway',
    'vpc.customRoutes.0',
    'vpc.customRoutes.0.nextHop',
    'cluster.podCidr',
    'cluster.nodeCidrMaskSize',
    'cluster.serviceCidr',
    'cluster.ipMasq',
    'nodes',
    'nodes.1',
    'nodes.1.ip',
    'nodes.1.name',
    'pods.0.containers',
    'pods.0.node',
    'externals.0.ip',
    'faults.0',
  ];

  it('never throws when any field of a valid scenario is replaced by any JSON value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SPOTS), fc.jsonValue(), (spot, value) => {
        const input = edit({ [spot]: value });
        const result = parseScenario(input);
        expect(wellFormed(result)).toBe(true);
        expect(parseScenario(JSON.stringify(input))).toEqual(result);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('gives every node a distinct usable address of its vSwitch, keeping the ones written', () => {
    const usable = fc.integer({ min: 1, max: 252 }).map((n) => `192.168.0.${n}`);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.option(usable, { nil: undefined }), {
          maxLength: 40,
          selector: (x) => x ?? Symbol(),
        }),
        (ips) => {
          const nodes = ips.map((ip, i) => (ip === undefined ? { name: `n-${i}` } : { name: `n-${i}`, ip }));
          const result = parseScenario({
            ...BASE,
            nodes,
            pods: [],
            faults: [],
            vpc: { ...BASE.vpc, customRoutes: [] },
          });
          if (nodes.length === 0) {
            expect(result.ok).toBe(false);
            return;
          }
          if (!result.ok) throw new Error(JSON.stringify(result.errors));
          const block = parseCidr('192.168.0.0/24')?.cidr;
          const got = result.scenario.nodes.map((n) => n.ip);
          expect(new Set(got).size).toBe(got.length);
          for (const [i, ip] of got.entries()) {
            const n = parseIp(ip) ?? 0;
            expect(block && contains(block, n)).toBe(true);
            expect(n & 255).toBeGreaterThanOrEqual(1);
            expect(n & 255).toBeLessThanOrEqual(252);
            if (ips[i] !== undefined) expect(ip).toBe(ips[i]);
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});
