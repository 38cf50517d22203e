import '../test-support/packet-engine.ts';
import { describe, expect, it } from 'vitest';
import { english } from '../engine/index.ts';
import { createExplorerStore } from './create-explorer-store.ts';
import {
  selectBaseScenario,
  selectCurrentHop,
  selectScenarioTitle,
  selectWalkHops,
  selectWhatIfSettings,
} from './index.ts';

const deleted = [{ kind: 'vpc-route-deleted', node: 'node-b' }] as const;

describe('what-if', () => {
  it('applies faults: a new construction with a what-if step, the view stays at the end', () => {
    const store = createExplorerStore({ devtools: false, step: 9999 });
    const before = store.getState().construction.steps.length;
    store.getState().setWhatIf({ faults: deleted });
    const s = store.getState();
    expect(s.construction.steps.length).toBe(before + 1);
    expect(s.step).toBe(before + 1);
    expect(s.construction.steps.at(-1)?.phase).toBe('what-if');
    expect(s.source).toEqual({ kind: 'preset', name: 'article' });
    expect(selectWhatIfSettings(s)).toEqual({ faults: deleted });
  });

  it("the walk follows: with node-b's route deleted the packet is dropped, naming the entry", () => {
    const store = createExplorerStore({ devtools: false });
    store.getState().sendPacket('pod:web-1', 'pod:api-1');
    store.getState().lastHop();
    store.getState().setWhatIf({ faults: deleted });
    const hops = selectWalkHops(store.getState());
    const drop = hops.at(-1);
    expect(drop?.hop.action).toBe('drop');
    expect(english(drop?.reason ?? '')).toMatch(/172\.16\.1\.0\/25 .* was deleted/);
    expect(store.getState().hop).toBe(hops.length);
    expect(selectCurrentHop(store.getState())).toBe(drop);
  });

  it('refuses what the engine refuses, with its sentence, and keeps the scenario', () => {
    const store = createExplorerStore({ devtools: false });
    const construction = store.getState().construction;
    store.getState().setWhatIf({ clusterMask: 26 });
    expect(english(store.getState().whatIfError ?? '')).toMatch(/^cluster\.podCidr: .*node-cidr-mask-size/);
    expect(store.getState().construction).toBe(construction);
    store.getState().setWhatIf({ routeQuota: 3 });
    expect(store.getState().whatIfError).toBeNull();
    expect(store.getState().construction.steps.some((s) => s.failed)).toBe(true);
  });

  it('settings replace each other against the same base; empty settings restore it', () => {
    const store = createExplorerStore({ devtools: false });
    const base = store.getState().scenario;
    store.getState().setWhatIf({ routeQuota: 3 });
    store.getState().setWhatIf({ clusterMask: 24 });
    expect(store.getState().scenario.vpc.routeQuota).toBe(base.vpc.routeQuota);
    expect(store.getState().scenario.cluster.podCidr).toBe('172.16.0.0/24');
    expect(selectBaseScenario(store.getState())).toBe(base);
    store.getState().setWhatIf({ clusterMask: 16 });
    expect(store.getState().whatIf).toBeNull();
    expect(store.getState().scenario).toBe(base);
  });

  it('the title says which dataplane &cni= shows the scenario on, and only then', () => {
    const store = createExplorerStore({ devtools: false });
    expect(selectScenarioTitle(store.getState())).toBe('ACK + Flannel, as in the article');
    store.getState().setWhatIf({ cni: 'vxlan' });
    expect(selectScenarioTitle(store.getState())).toBe(
      'ACK + Flannel, as in the article · on VXLAN overlay (Flannel vxlan)',
    );
    store.getState().setWhatIf({});
    expect(selectScenarioTitle(store.getState())).toBe('ACK + Flannel, as in the article');
  });

  it('is restored from the URL before the step is clamped', () => {
    const store = createExplorerStore({
      devtools: false,
      step: 9999,
      packet: { whatIf: { faults: deleted }, walk: { from: 'pod:web-1', to: 'pod:api-1' }, hop: 3 },
    });
    const s = store.getState();
    expect(s.step).toBe(s.construction.steps.length);
    expect(s.construction.steps.at(-1)?.phase).toBe('what-if');
    expect(s.hop).toBe(3);
  });
});
