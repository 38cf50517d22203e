import '../test-support/packet-engine.ts';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../engine/scenario/presets.ts';
import { createExplorerStore } from '../store/index.ts';
import { encodeScenarioParam } from './scenario-param.ts';
import { applyUrl, initFromUrl } from './url-bridge.ts';

const storeFor = (hash: string) => createExplorerStore({ ...initFromUrl(hash), devtools: false });

describe('initFromUrl', () => {
  it('restores preset, step and selection', () => {
    const s = storeFor('#/?preset=small&step=9&sel=node:node-2').getState();
    expect(s.source).toEqual({ kind: 'preset', name: 'small' });
    expect(s).toMatchObject({ step: 9, selectedId: 'node:node-2', loadError: null });
  });

  it('falls back to the article at step 0 for junk', () => {
    const s = storeFor('#/?preset=%00&step=-5&sel=<b>').getState();
    expect(s.source).toEqual({ kind: 'preset', name: 'article' });
    expect(s).toMatchObject({ step: 0, selectedId: null });
  });

  it('clamps a step past the end to the last step', () => {
    const s = storeFor('#/?preset=article&step=9999').getState();
    expect(s.step).toBe(s.construction.steps.length);
  });

  it('opens a link with a walk and no step on the finished network, at its hop', () => {
    const s = storeFor('#/?preset=article&trace=pod:web-1,pod:api-1&hop=3').getState();
    expect(s.step).toBe(s.construction.steps.length);
    expect(s).toMatchObject({ walk: { from: 'pod:web-1', to: 'pod:api-1' }, hop: 3 });
    expect(storeFor('#/?preset=article&step=5&trace=pod:web-1,pod:api-1').getState().step).toBe(5);
    expect(storeFor('#/?preset=article&trace=pod:web-1').getState().step).toBe(0);
  });

  it('loads a scenario from s= and reports a broken one', () => {
    const good = storeFor(`#/?s=${encodeScenarioParam(PRESETS.small)}&step=3`).getState();
    expect(good.source).toEqual({ kind: 'custom' });
    expect(good.step).toBe(3);
    const bad = storeFor('#/?s=e30&step=3').getState();
    expect(bad.source).toEqual({ kind: 'preset', name: 'article' });
    expect(bad.loadError).toMatch(/invalid/);
  });
});

describe('applyUrl', () => {
  it('moves the cursor without rebuilding the same preset', () => {
    const store = storeFor('#/?preset=article&step=2');
    const construction = store.getState().construction;
    applyUrl(store, '#/?preset=article&step=12&sel=vpc', '#/?preset=article&step=2');
    expect(store.getState()).toMatchObject({ step: 12, selectedId: 'vpc' });
    expect(store.getState().construction).toBe(construction);
  });

  it('switches preset', () => {
    const store = storeFor('#/?preset=article&step=2');
    applyUrl(store, '#/?preset=small&step=4', '#/?preset=article&step=2');
    expect(store.getState().source).toEqual({ kind: 'preset', name: 'small' });
    expect(store.getState().step).toBe(4);
  });

  it('goes to the finished network for an address with a walk and no step', () => {
    const store = storeFor('#/?preset=article&step=2');
    applyUrl(store, '#/?preset=article&trace=pod:web-1,external:internet&hop=2', '#/?preset=article&step=2');
    expect(store.getState().step).toBe(store.getState().construction.steps.length);
    expect(store.getState()).toMatchObject({ walk: { from: 'pod:web-1', to: 'external:internet' }, hop: 2 });
  });

  it('keeps the current view when a new s= is broken', () => {
    const store = storeFor('#/?preset=article&step=7');
    applyUrl(store, '#/?s=AAAA&step=1', '#/?preset=article&step=7');
    expect(store.getState()).toMatchObject({ step: 7, source: { kind: 'preset', name: 'article' } });
    expect(store.getState().loadError).toMatch(/scenario in the URL/);
  });
});
