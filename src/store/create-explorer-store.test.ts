import '../test-support/packet-engine.ts';
import { describe, expect, it } from 'vitest';
import { construct, stateAt } from '../engine/index.ts';
import { presetScenario } from '../engine/scenario/presets.ts';
import { createExplorerStore } from './create-explorer-store.ts';
import { selectCurrentStep, selectPreviousWorld, selectWorld } from './selectors.ts';

describe('scenario slice', () => {
  it('loadPreset builds the preset and rewinds playback and selection', () => {
    const store = createExplorerStore({ step: 10, selectedId: 'node:node-a', devtools: false });
    store.getState().play();
    store.getState().loadPreset('small');
    const s = store.getState();
    expect(s.source).toEqual({ kind: 'preset', name: 'small' });
    expect(s.scenario.title).toBe(presetScenario('small').title);
    expect(s).toMatchObject({ step: 0, playing: false, selectedId: null });
  });

  it('loadScenario marks the source custom', () => {
    const store = createExplorerStore({ devtools: false });
    store.getState().loadScenario(presetScenario('small'));
    expect(store.getState().source).toEqual({ kind: 'custom' });
  });

  it('starts from a given preset source', () => {
    const store = createExplorerStore({ source: { kind: 'preset', name: 'small' }, devtools: false });
    expect(store.getState().scenario.title).toBe(presetScenario('small').title);
  });
});

describe('selection and view slices', () => {
  it('select sets and clears the selected element', () => {
    const store = createExplorerStore({ devtools: false });
    store.getState().select('pod:web-1');
    expect(store.getState().selectedId).toBe('pod:web-1');
    store.getState().select(null);
    expect(store.getState().selectedId).toBeNull();
  });

  it('theme defaults to system, accepts light/dark, refuses anything else', () => {
    const store = createExplorerStore({ devtools: false });
    expect(store.getState().theme).toBe('system');
    store.getState().setTheme('dark');
    expect(store.getState().theme).toBe('dark');
    store.getState().setTheme('neon' as never);
    expect(store.getState().theme).toBe('dark');
  });

  it('each zoom request gets a new sequence number', () => {
    const store = createExplorerStore({ devtools: false });
    store.getState().requestZoom('fit');
    store.getState().requestZoom('fit');
    expect(store.getState().zoomRequest).toEqual({ kind: 'fit', seq: 2 });
  });
});

describe('world selectors', () => {
  it('selectWorld is the engine fold at the cursor, and is cached', () => {
    const store = createExplorerStore({ step: 27, devtools: false });
    const construction = construct(presetScenario('article'));
    const world = selectWorld(store.getState());
    expect(world.vpc.routeTable).toEqual(stateAt(construction, 27).vpc.routeTable);
    expect(selectWorld(store.getState())).toBe(world);
    expect(selectPreviousWorld(store.getState()).vpc.routeTable.length).toBe(world.vpc.routeTable.length - 1);
  });

  it('selectCurrentStep is undefined at step 0 and the 1-based step after', () => {
    const store = createExplorerStore({ devtools: false });
    expect(selectCurrentStep(store.getState())).toBeUndefined();
    store.getState().goTo(1);
    expect(selectCurrentStep(store.getState())?.index).toBe(1);
  });
});

describe('refused scenarios', () => {
  it('refuseScenario keeps the scenario and cursor; the next load clears the message', () => {
    const store = createExplorerStore({ step: 4, devtools: false });
    const before = store.getState().construction;
    store.getState().refuseScenario('the scenario in the URL is invalid');
    expect(store.getState()).toMatchObject({ step: 4, loadError: 'the scenario in the URL is invalid' });
    expect(store.getState().construction).toBe(before);
    store.getState().loadPreset('article');
    expect(store.getState().loadError).toBeNull();
  });
});

describe('presentation mode', () => {
  it('setPresent turns it on and off, and the view carries it', async () => {
    const { selectViewState } = await import('./view-select.ts');
    const store = createExplorerStore({ step: 5, devtools: false });
    expect(selectViewState(store.getState()).present).toBe(false);
    store.getState().setPresent(true);
    expect(store.getState()).toMatchObject({ present: true, step: 5 });
    expect(selectViewState(store.getState()).present).toBe(true);
    store.getState().setPresent(false);
    expect(store.getState().present).toBe(false);
  });
});
