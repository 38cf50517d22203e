import { describe, expect, it } from 'vitest';
import { english } from '../../engine/index.ts';
import { PRESETS } from '../../engine/scenario/presets.ts';
import { compressScenarioParam } from '../share/scenario-codec.ts';
import {
  decodeScenarioParam,
  encodeScenarioParam,
  MAX_SCENARIO_PARAM,
  readScenarioParam,
  validated,
} from './scenario-param.ts';

describe('scenario parameter', () => {
  it('round-trips a scenario file, including non-ASCII titles', () => {
    const file = { ...(PRESETS.small as object), title: 'Petit cluster — démo ☸' };
    const param = encodeScenarioParam(file);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = decodeScenarioParam(param);
    expect(decoded.ok && decoded.scenario.title).toBe('Petit cluster — démo ☸');
  });

  it.each([
    ['not base64url', '!!!'],
    ['not UTF-8', 'gA'],
    ['not JSON', encodeScenarioParam('x').slice(0, 2)],
    ['too long', 'A'.repeat(MAX_SCENARIO_PARAM + 1)],
  ])('refuses a parameter that is %s with a message', (_, param) => {
    const decoded = decodeScenarioParam(param);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && english(decoded.message)).toMatch(/scenario in the URL/);
  });

  it('reports the first validation error with its path', () => {
    const decoded = decodeScenarioParam(encodeScenarioParam({ vpc: {} }));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && english(decoded.message)).toMatch(/invalid: \S+: /);
  });

  it('reads a scenario past what the view draws in detail like any other: the view summarises it', async () => {
    const nodes = Array.from({ length: 1001 }, (_, i) => ({ name: `n-${i}` }));
    const file = {
      title: 'Past the detail',
      vpc: { cidr: '10.0.0.0/8', vswitches: [{ name: 'vsw-a', cidr: '10.0.0.0/16' }], routeQuota: 2000 },
      cluster: { podCidr: '172.16.0.0/12', nodeCidrMaskSize: 24, serviceCidr: '192.168.0.0/20' },
      nodes,
      pods: [],
    };
    const decoded = validated(JSON.stringify(file));
    expect(decoded.ok && decoded.scenario.nodes.length).toBe(1001);
    // The same through a compressed link, read inline where there is no worker (Node).
    const read = await readScenarioParam(await compressScenarioParam(file));
    expect(read.ok && read.scenario.nodes.length).toBe(1001);
  });
});
