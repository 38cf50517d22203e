import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../engine/index.ts';
import { PRESETS } from '../../engine/scenario/presets.ts';
import { createExplorerStore } from '../../store/index.ts';
import { loadCustomScenario } from './load-custom.ts';

describe('loadCustomScenario', () => {
  it('loads a scenario past what the view draws in detail (5,000 nodes are drawn as a summary)', async () => {
    const file = {
      title: 'Past the detail',
      vpc: { cidr: '10.0.0.0/8', vswitches: [{ name: 'vsw-a', cidr: '10.0.0.0/16' }], routeQuota: 2000 },
      cluster: { podCidr: '172.16.0.0/12', nodeCidrMaskSize: 24, serviceCidr: '192.168.0.0/20' },
      nodes: Array.from({ length: 1001 }, (_, i) => ({ name: `n-${i}` })),
      pods: [],
    };
    const parsed = parseScenario(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors[0]));
    const store = createExplorerStore({ devtools: false });
    expect(await loadCustomScenario(store, parsed.scenario, file)).toBe(true);
    expect(store.getState().scenario.nodes.length).toBe(1001);
    expect(store.getState().loadError).toBeNull();
  });

  it('loads one within the limits', async () => {
    const parsed = parseScenario(PRESETS.small);
    if (!parsed.ok) throw new Error('invalid');
    const store = createExplorerStore({ devtools: false });
    expect(await loadCustomScenario(store, parsed.scenario, PRESETS.small)).toBe(true);
    expect(store.getState().source).toEqual({ kind: 'custom' });
  });
});
