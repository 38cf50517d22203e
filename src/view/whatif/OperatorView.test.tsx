import '../../test-support/packet-engine.ts';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { construct, parseScenario } from '../../engine/index.ts';
import { createExplorerStore, ExplorerStoreContext } from '../../store/index.ts';
import { MAX_OBSERVATIONS, OperatorView } from './OperatorView.tsx';
import { operatorObservations } from './operator-view.ts';

describe('OperatorView', () => {
  it('lists the first failures and says how many more there are, not every one of them', () => {
    // 130 nodes, a route table of 5 entries: each node past it has its VPC route refused.
    const parsed = parseScenario({
      vpc: { cidr: '10.0.0.0/8', vswitches: [{ name: 'vsw-a', cidr: '10.0.0.0/16' }], routeQuota: 5 },
      cluster: { podCidr: '172.16.0.0/12', nodeCidrMaskSize: 24, serviceCidr: '192.168.0.0/20' },
      nodes: Array.from({ length: 130 }, (_, i) => ({ name: `n-${i}` })),
      pods: [],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors[0]));
    const failures = operatorObservations(construct(parsed.scenario).steps).length;
    expect(failures).toBeGreaterThan(MAX_OBSERVATIONS);
    const store = createExplorerStore({ devtools: false, scenario: parsed.scenario });
    Object.assign(store, { getInitialState: store.getState });
    const html = renderToString(
      <ExplorerStoreContext value={store}>
        <OperatorView />
      </ExplorerStoreContext>,
    );
    expect(html.match(/<li/g)?.length).toBe(MAX_OBSERVATIONS);
    expect(html.replaceAll('<!-- -->', '')).toContain(
      `${failures - MAX_OBSERVATIONS} more failed steps not listed here; the step list names each one.`,
    );
  });
});
