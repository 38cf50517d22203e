import '../../test-support/packet-engine.ts';
import { describe, expect, it } from 'vitest';
import { english } from '../../engine/index.ts';
import { PRESETS } from '../../engine/scenario/presets.ts';
import { createExplorerStore, formatHash, selectViewState } from '../../store/index.ts';
import { compressScenarioParam } from '../share/scenario-codec.ts';
import { encodeScenarioParam } from './scenario-param.ts';
import { applyHash, initFromHash } from './view-url.ts';

const storeFor = async (hash: string) =>
  createExplorerStore({ ...(await initFromHash(hash)), devtools: false });

describe('initFromHash', () => {
  it('restores preset, step and selection', async () => {
    const s = (await storeFor('#/?preset=small&step=9&sel=node:node-2')).getState();
    expect(s.source).toEqual({ kind: 'preset', name: 'small' });
    expect(s).toMatchObject({ step: 9, selectedId: 'node:node-2', loadError: null });
  });

  it('falls back to the article at step 0 for junk', async () => {
    const s = (await storeFor('#/?preset=%00&step=-5&sel=<b>')).getState();
    expect(s.source).toEqual({ kind: 'preset', name: 'article' });
    expect(s).toMatchObject({ step: 0, selectedId: null });
  });

  it('clamps a step past the end to the last step', async () => {
    const s = (await storeFor('#/?preset=article&step=9999')).getState();
    expect(s.step).toBe(s.construction.steps.length);
  });

  it('opens a link with a walk and no step on the finished network, at its hop', async () => {
    const s = (await storeFor('#/?preset=article&trace=pod:web-1,pod:api-1&hop=3')).getState();
    expect(s.step).toBe(s.construction.steps.length);
    expect(s).toMatchObject({ walk: { from: 'pod:web-1', to: 'pod:api-1' }, hop: 3 });
    expect((await storeFor('#/?preset=article&step=5&trace=pod:web-1,pod:api-1')).getState().step).toBe(5);
    expect((await storeFor('#/?preset=article&trace=pod:web-1')).getState().step).toBe(0);
  });

  it('loads a scenario from s= and reports a broken one', async () => {
    const good = (await storeFor(`#/?s=${encodeScenarioParam(PRESETS.small)}&step=3`)).getState();
    expect(good.source).toEqual({ kind: 'custom' });
    expect(good.step).toBe(3);
    const bad = (await storeFor('#/?s=e30&step=3')).getState();
    expect(bad.source).toEqual({ kind: 'preset', name: 'article' });
    expect(bad.loadError && english(bad.loadError)).toMatch(/invalid.*; the article is shown instead$/);
  });

  it('remembers the s= value and the file of a compressed scenario, so the link is written back', async () => {
    const param = await compressScenarioParam(PRESETS.small);
    const s = (await storeFor(`#/?s=${param}&step=2`)).getState();
    expect(s.scenarioOrigin).toEqual({ param, file: PRESETS.small });
    expect(formatHash(selectViewState(s))).toBe(`#/?s=${param}&step=2`);
  });

  it('opens the lesson, the inspector tab and the embed of the link', async () => {
    const s = (
      await storeFor('#/?preset=article&step=4&sel=node:node-a&tab=subnet.env&embed=1&lesson=l&stop=2')
    ).getState();
    expect(s).toMatchObject({ tab: 'subnet.env', embed: true, lesson: { lesson: 'l', stop: 2 } });
  });
});

describe('applyHash', () => {
  it('moves the cursor without rebuilding the same preset', async () => {
    const store = await storeFor('#/?preset=article&step=2');
    const construction = store.getState().construction;
    await applyHash(store, '#/?preset=article&step=12&sel=vpc');
    expect(store.getState()).toMatchObject({ step: 12, selectedId: 'vpc' });
    expect(store.getState().construction).toBe(construction);
  });

  it('switches preset', async () => {
    const store = await storeFor('#/?preset=article&step=2');
    await applyHash(store, '#/?preset=small&step=4');
    expect(store.getState().source).toEqual({ kind: 'preset', name: 'small' });
    expect(store.getState().step).toBe(4);
  });

  it('goes to the finished network for an address with a walk and no step', async () => {
    const store = await storeFor('#/?preset=article&step=2');
    await applyHash(store, '#/?preset=article&trace=pod:web-1,external:internet&hop=2');
    expect(store.getState().step).toBe(store.getState().construction.steps.length);
    expect(store.getState()).toMatchObject({ walk: { from: 'pod:web-1', to: 'external:internet' }, hop: 2 });
  });

  it('keeps the current view when a new s= is broken', async () => {
    const store = await storeFor('#/?preset=article&step=7');
    await applyHash(store, '#/?s=AAAA&step=1');
    expect(store.getState()).toMatchObject({ step: 7, source: { kind: 'preset', name: 'article' } });
    expect(english(store.getState().loadError ?? '')).toMatch(/scenario in the URL.*; the view shown stays$/);
  });

  it.each([
    [
      '#/?preset=article&step=32',
      '#/?preset=article&trace=pod:web-1,pod:api-1&hop=3&faults=cni0-down:node-b',
    ],
    ['#/?preset=article&trace=pod:web-1,pod:api-1&hop=5', '#/?preset=small&step=3&sel=vpc'],
    ['#/?preset=article&step=40&faults=vpc-route-deleted:node-b', '#/?preset=article&step=12&quota=3'],
    ['#/?preset=article&step=3', '#/?preset=article&step=9&sel=node:node-a&tab=subnet.env&lesson=x&stop=2'],
  ])('from %s, shows %s as a fresh load of it does', async (from, to) => {
    const store = await storeFor(from);
    await applyHash(store, to);
    const fresh = (await storeFor(to)).getState();
    const now = store.getState();
    expect(selectViewState(now)).toEqual(selectViewState(fresh));
    expect(now.construction.steps.length).toBe(fresh.construction.steps.length);
    expect(formatHash(selectViewState(now))).toBe(formatHash(selectViewState(fresh)));
  });
});

describe('a link whose walk or what-if is not applied says why', () => {
  it.each([
    ['faults=rm-rf:node-a', '"rm-rf" is not a fault kind'],
    ['quota=-1', 'vpc.routeQuota: -1 is not allowed'],
    ['quota=99999999999999999999', 'vpc.routeQuota: 100000000000000000000 is not allowed'],
    ['quota=NaN', 'quota="NaN": not a number'],
    ['trace=%3Cimg%20src%3Dx%3E,pod:web-1', '"<img src=x>" is not an endpoint'],
    ['step=0&trace=pod:web-1,pod:api-1', 'a walk shows at the last step'],
  ])('%s', async (query, sentence) => {
    const s = (await storeFor(`#/?preset=article&${query}`)).getState();
    expect(english(s.whatIfError ?? '')).toContain(sentence);
    expect(s.whatIf).toBeNull();
  });

  it('a later link that applies clears the message', async () => {
    const store = await storeFor('#/?preset=article&quota=NaN');
    await applyHash(store, '#/?preset=article&quota=3');
    expect(store.getState().whatIfError).toBeNull();
    expect(store.getState().scenario.vpc.routeQuota).toBe(3);
  });
});
