import '../../test-support/packet-engine.ts';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { construct } from '../../engine/index.ts';
import { presetScenario } from '../../engine/scenario/presets.ts';
import { createExplorerStore, ExplorerStoreContext } from '../../store/index.ts';
import { PhaseOutline } from './PhaseOutline.tsx';

function render(node: React.ReactNode, store = createExplorerStore({ devtools: false })) {
  Object.assign(store, { getInitialState: store.getState });
  return renderToString(<ExplorerStoreContext value={store}>{node}</ExplorerStoreContext>);
}

describe('PhaseOutline', () => {
  it("lists the article's phases in order with the engine's step counts", () => {
    const steps = construct(presetScenario('article')).steps;
    const count = (phase: string) => steps.filter((s) => s.phase === phase).length;
    const text = render(<PhaseOutline />)
      .replace(/<[^>]+>/g, '')
      .replaceAll('<!-- -->', '');
    const order = ['Initial', 'Cluster', 'Node', 'Pod'].map((label) => text.indexOf(label));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain(`Node (${count('node')} steps): flanneld writes subnet.env`);
    expect(text).toContain(`Pod (${count('pod')} steps)`);
    expect(text).not.toContain('What-if');
  });
});
