import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../engine/scenario/presets.ts';
import { decodeScenarioParam, encodeScenarioParam, MAX_SCENARIO_PARAM } from './scenario-param.ts';

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
    expect(!decoded.ok && decoded.message).toMatch(/scenario in the URL/);
  });

  it('reports the first validation error with its path', () => {
    const decoded = decodeScenarioParam(encodeScenarioParam({ vpc: {} }));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.message).toMatch(/invalid: \S+: /);
  });
});
