import { describe, expect, it } from 'vitest';
import { cidr } from '../net/ipv4.ts';
import { parseScenario } from '../scenario/parse.ts';
import { PRESETS, presetScenario } from '../scenario/presets.ts';
import type { Scenario } from '../scenario/types.ts';
import { blocksOverlapping, capacity, formatCapacity } from './capacity.ts';

/** The article's scenario with some cluster and VPC fields replaced. */
function scenario(over: { cluster?: object; vpc?: object }): Scenario {
  const raw = JSON.parse(JSON.stringify(PRESETS.article)) as { cluster: object; vpc: object };
  const result = parseScenario({
    ...raw,
    cluster: { ...raw.cluster, ...over.cluster },
    vpc: { ...raw.vpc, ...over.vpc },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

describe('capacity', () => {
  it('gives the article numbers: 512 blocks, 125 IPs per node, limit 199 from the route quota', () => {
    const c = capacity(presetScenario('article'));
    expect(c).toMatchObject({
      nodeCidrBlocks: 512,
      serviceOverlapBlocks: 0,
      allocatableBlocks: 512,
      usablePodIpsPerNode: 125,
      maxPodsPerNode: 110,
      effectivePodsPerNode: 110,
      routeQuota: 200,
      otherCustomRoutes: 1,
      nodeRoutesAvailable: 199,
      nodeLimit: 199,
      limitedBy: 'route-quota',
      nodeCount: 3,
      exceedsLimit: false,
    });
    expect(c.limitReason).toContain('199');
  });

  it('binds on the cluster CIDR when it has fewer blocks than the quota leaves', () => {
    const c = capacity(scenario({ cluster: { podCidr: '172.16.0.0/20' } }));
    expect(c).toMatchObject({ nodeCidrBlocks: 32, nodeLimit: 32, limitedBy: 'cidr' });
    expect(c.limitReason).toContain('32');
  });

  it('counts /24 and /26 pod addresses as the bridge and host-local leave them', () => {
    expect(capacity(scenario({ cluster: { nodeCidrMaskSize: 24 } })).usablePodIpsPerNode).toBe(253);
    const c = capacity(scenario({ cluster: { nodeCidrMaskSize: 26 } }));
    expect(c.usablePodIpsPerNode).toBe(61);
    expect(c.effectivePodsPerNode).toBe(61);
  });

  it('flags a scenario with more nodes than the limit', () => {
    const c = capacity(scenario({ vpc: { routeQuota: 3 } }));
    expect(c).toMatchObject({ nodeRoutesAvailable: 2, nodeLimit: 2, exceedsLimit: true });
    expect(formatCapacity(c)).toContain('1 over the limit');
  });

  it('counts node blocks overlapping the service CIDR', () => {
    const cluster = cidr('172.16.0.0/16');
    expect(blocksOverlapping(cluster, 25, cidr('172.16.8.0/22'))).toBe(8);
    expect(blocksOverlapping(cluster, 25, cidr('172.16.8.0/26'))).toBe(1);
    expect(blocksOverlapping(cluster, 25, cidr('172.0.0.0/8'))).toBe(512);
    expect(blocksOverlapping(cluster, 25, cidr('172.19.0.0/20'))).toBe(0);
  });

  it('formats a summary for the command line', () => {
    const text = formatCapacity(capacity(presetScenario('article')));
    expect(text.split('\n').length).toBeGreaterThanOrEqual(6);
    expect(text).toContain('512');
    expect(text).toContain('125');
    expect(text).toMatch(/Node limit\s+199 \(bound by the route quota\)/);
  });
});
