import '../../test-support/packet-engine.ts';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createExplorerStore, ExplorerStoreContext, selectWalkHops } from '../../store/index.ts';
import { WhatIfPanel } from '../whatif/WhatIfPanel.tsx';
import { HopNarration } from './HopNarration.tsx';
import { TrafficPanel } from './TrafficPanel.tsx';

/** Server rendering reads the store's initial state: make it the current one. */
function render(node: React.ReactNode, store = createExplorerStore({ devtools: false })) {
  Object.assign(store, { getInitialState: store.getState });
  return renderToString(<ExplorerStoreContext value={store}>{node}</ExplorerStoreContext>);
}

describe('traffic panel', () => {
  it('has the Source and Destination comboboxes, Send packet and the presets, without a walk', () => {
    const html = render(<TrafficPanel />);
    expect(html).toContain('Source<input');
    expect(html).toContain('Destination<input');
    expect(html.match(/list="packet-endpoints"/g)).toHaveLength(2);
    expect(html).toContain('>Send packet</button>');
    expect(html).toContain('>Across nodes</button>');
    expect(html).not.toContain('Packet hops');
  });

  it('lists the hops of a walk, the current one marked', () => {
    const store = createExplorerStore({ devtools: false });
    store.getState().sendPacket('pod:web-1', 'pod:api-1');
    store.getState().goToHop(5);
    const html = render(<TrafficPanel />, store);
    expect(html).toContain('aria-label="Packet hops"');
    expect(html.match(/aria-current="step"/g)).toHaveLength(1);
    expect(html.match(/<li aria-current="step">[\s\S]*?<\/li>/)?.[0]).toContain('VPC router');
    expect((html.match(/<button type="button" class="flex w-full/g) ?? []).length).toBe(
      selectWalkHops(store.getState()).length,
    );
  });

  it('narrates the current hop with its evidence and a header table', () => {
    const store = createExplorerStore({ devtools: false });
    store.getState().sendPacket('pod:web-1', 'external:internet');
    store.getState().goToHop(4);
    const html = render(<HopNarration />, store);
    expect(html).toContain('role="status"');
    expect(html).toContain('Matched in iptables -t nat -S on node-a');
    expect(html).toContain('source 172.16.0.130 → 192.168.0.10');
    expect(html).toContain('aria-label="Headers before and after hop 4"');
  });

  it('what-if is a region with a toggle per fault kind', () => {
    const html = render(<WhatIfPanel />);
    expect(html).toContain('aria-labelledby="what-if-title"');
    expect(html.match(/type="checkbox"/g)).toHaveLength(4);
    expect(html).toContain('VPC route quota');
  });
});
