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

  it('refuses a scenario past what the page builds, before validating it, and says so', async () => {
    const nodes = Array.from({ length: 1001 }, (_, i) => ({ name: `n-${i}` }));
    const file = { ...(PRESETS.small as object), nodes };
    const started = performance.now();
    const decoded = validated(JSON.stringify(file));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(decoded).toEqual({
      ok: false,
      message: expect.stringContaining(
        'the scenario in the URL is not shown: it has 1,001 nodes and 6 pods, more than this page builds step by step (at most 1,000 nodes and 30,000 pods',
      ),
    });
    // The same through a compressed link, read inline where there is no worker (Node).
    const read = await readScenarioParam(await compressScenarioParam(file));
    expect(read.ok).toBe(false);
    expect(!read.ok && english(read.message)).toContain('more than this page builds');
  });
});
