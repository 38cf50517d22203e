import '../test-support/packet-engine.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { english, message, refusals, type Scenario } from '../engine/index.ts';
import { createExplorerStore } from './create-explorer-store.ts';
import { selectWhatIfSettings } from './index.ts';
import { applyWhatIf, type WhatIfResult, whatIfReady } from './what-if-scenario.ts';
import { applyLargeWhatIfWith } from './what-if-slice.ts';

/** A what-if on a scenario the page builds in slices goes to the applier the page sets (large-what-if.ts). */
describe('a what-if applied in slices', () => {
  afterEach(() => applyLargeWhatIfWith(undefined));

  /** An applier that records what it was asked and answers when told. */
  function deferred() {
    const asked: { base: Scenario; file: Readonly<Record<string, unknown>>; step: number }[] = [];
    const answers: ((result: WhatIfResult | null) => void)[] = [];
    applyLargeWhatIfWith((base, file, step) => {
      asked.push({ base, file, step });
      return new Promise((resolve) => answers.push(resolve));
    });
    return { asked, answers };
  }

  it('is handed the document and the step, and shows its scenario once it answers', async () => {
    await whatIfReady();
    const store = createExplorerStore({ devtools: false, step: 9999 });
    const { asked, answers } = deferred();
    const before = store.getState().construction;
    store.getState().setWhatIf({ routeQuota: 2 });
    // Nothing changes while it is applied.
    expect(store.getState().construction).toBe(before);
    expect(asked).toHaveLength(1);
    expect(asked[0]?.file.vpc).toMatchObject({ routeQuota: 2 });
    expect(asked[0]?.step).toBe(Number.POSITIVE_INFINITY);
    const base = asked[0]?.base as Scenario;
    const applied = applyWhatIf(base, { routeQuota: 2 });
    answers[0]?.(applied ?? null);
    await Promise.resolve();
    await Promise.resolve();
    const s = store.getState();
    expect(s.scenario.vpc.routeQuota).toBe(2);
    expect(selectWhatIfSettings(s)).toEqual({ routeQuota: 2 });
    expect(s.step).toBe(s.construction.steps.length);
  });

  it('says its refusal as "Not applied" does, and drops an answer another what-if overtook', async () => {
    const store = createExplorerStore({ devtools: false });
    const { answers } = deferred();
    store.getState().setWhatIf({ routeQuota: 3 });
    store.getState().setWhatIf({ routeQuota: -5 });
    const refused = message(refusals, 'atPath', { path: 'vpc.routeQuota', problem: 'not allowed' });
    answers[1]?.({ ok: false, message: refused });
    await Promise.resolve();
    await Promise.resolve();
    expect(english(store.getState().whatIfError ?? '')).toBe('vpc.routeQuota: not allowed');
    // The first, overtaken, answers late: nothing of it is shown.
    answers[0]?.({ ok: false, message: 'late' });
    await Promise.resolve();
    await Promise.resolve();
    expect(english(store.getState().whatIfError ?? '')).toBe('vpc.routeQuota: not allowed');
    expect(store.getState().whatIf).toBeNull();
  });

  it('leaves a what-if it does not take (undefined) to be applied at once, and Undo needs no applier', async () => {
    await whatIfReady();
    const store = createExplorerStore({ devtools: false });
    applyLargeWhatIfWith(() => undefined);
    store.getState().setWhatIf({ routeQuota: 2 });
    expect(store.getState().scenario.vpc.routeQuota).toBe(2);
    const { asked } = deferred();
    store.getState().setWhatIf({});
    expect(asked).toHaveLength(0);
    expect(store.getState().whatIf).toBeNull();
  });
});
