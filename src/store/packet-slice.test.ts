import '../test-support/packet-engine.ts';
import { describe, expect, it } from 'vitest';
import { createExplorerStore } from './create-explorer-store.ts';
import {
  selectCurrentHop,
  selectHopProgress,
  selectPreviousWorld,
  selectTimeline,
  selectWalkActive,
  selectWalkClockRunning,
  selectWalkHops,
  selectWorld,
} from './index.ts';
import { HOP_HOLD_MS, HOP_MOVE_MS } from './packet-timing.ts';

const fresh = () => createExplorerStore({ devtools: false });

function sent(from = 'pod:web-1', to = 'pod:api-1') {
  const store = fresh();
  store.getState().sendPacket(from, to);
  return store;
}

describe('sending a packet', () => {
  it('moves to the last step, the first hop, selects its owner and plays', () => {
    const store = sent();
    const s = store.getState();
    expect(s.step).toBe(s.construction.steps.length);
    expect(s).toMatchObject({ hop: 1, hopTime: 0, walkPlaying: true, playing: false });
    expect(s.selectedId).toBe('pod:web-1');
    expect(selectWalkActive(s)).toBe(true);
    expect(selectCurrentHop(s)?.hop.at).toBe('pod:web-1');
  });

  it('numbers the request hops then the reply hops', () => {
    const hops = selectWalkHops(sent().getState());
    expect(hops.map((h) => h.number)).toEqual(hops.map((_, i) => i + 1));
    expect(hops[0]?.direction).toBe('request');
    expect(hops.at(-1)?.direction).toBe('reply');
    expect(hops.some((h) => h.hop.at === 'vpc-router')).toBe(true);
  });

  it('keeps an endpoint error and has no hops', () => {
    const store = sent('pod:nope', 'pod:api-1');
    const s = store.getState();
    expect(s.walk).toEqual({ from: 'pod:nope', to: 'pod:api-1' });
    expect(s.hop).toBe(0);
    expect(selectWalkActive(s)).toBe(false);
    expect(selectTimeline(s).unit).toBe('step');
  });
});

describe('stepping through hops', () => {
  it('the transport drives hops while the walk is active, and steps otherwise', () => {
    const store = sent();
    const total = selectWalkHops(store.getState()).length;
    expect(selectTimeline(store.getState()).unit).toBe('hop');
    expect(selectTimeline(store.getState()).total).toBe(total);
    selectTimeline(store.getState()).last();
    expect(store.getState()).toMatchObject({ hop: total, walkPlaying: false });
    selectTimeline(store.getState()).previous();
    expect(selectTimeline(store.getState()).position).toBe(total - 1);
    selectTimeline(store.getState()).first();
    expect(store.getState().hop).toBe(1);
    selectTimeline(store.getState()).previous();
    expect(store.getState().hop).toBe(1);
    // Back to the construction: the transport drives steps again; the walk waits at the end.
    store.getState().goTo(3);
    expect(selectTimeline(store.getState()).unit).toBe('step');
    selectTimeline(store.getState()).next();
    expect(store.getState()).toMatchObject({ step: 4, hop: 1 });
  });

  it('selects the owner of each hop: the vRouter for a VPC route, the node for its table', () => {
    const store = sent();
    const hops = selectWalkHops(store.getState());
    const vpc = hops.findIndex((h) => h.hop.evidence?.table === 'vpc-route-table') + 1;
    store.getState().goToHop(vpc);
    expect(store.getState().selectedId).toBe('vpc-router');
    const nodeRoute = hops.findIndex((h) => h.hop.evidence?.table === 'node-routes') + 1;
    store.getState().goToHop(nodeRoute);
    expect(store.getState().selectedId).toBe('node:node-a');
  });

  it('forward animates from 0, back shows the hop ended; reduced motion always ends', () => {
    const store = sent();
    store.getState().toggleWalkPlay();
    store.getState().nextHop();
    expect(selectHopProgress(store.getState())).toBe(0);
    expect(selectWalkClockRunning(store.getState())).toBe(true);
    store.getState().tickWalk(HOP_MOVE_MS);
    expect(selectHopProgress(store.getState())).toBe(1);
    expect(selectWalkClockRunning(store.getState())).toBe(false);
    store.getState().nextHop();
    store.getState().previousHop();
    expect(selectHopProgress(store.getState())).toBe(1);
    store.getState().setReducedMotion(true);
    store.getState().nextHop();
    expect(selectHopProgress(store.getState())).toBe(1);
  });

  it('slow glide moves the packet at a third of the pace', () => {
    const store = sent();
    store.getState().toggleWalkPlay();
    store.getState().setSlowGlide(true);
    store.getState().nextHop();
    store.getState().tickWalk(HOP_MOVE_MS);
    expect(selectHopProgress(store.getState())).toBeCloseTo(1 / 3);
    store.getState().tickWalk(2 * HOP_MOVE_MS);
    expect(selectHopProgress(store.getState())).toBe(1);
    store.getState().setSlowGlide(false);
    store.getState().nextHop();
    store.getState().tickWalk(HOP_MOVE_MS);
    expect(selectHopProgress(store.getState())).toBe(1);
  });

  it('plays one hop per move + hold to the end, and Play at the end starts over', () => {
    const store = sent();
    const total = selectWalkHops(store.getState()).length;
    let frames = 0;
    while (store.getState().walkPlaying && frames < 100_000) {
      store.getState().tickWalk(16);
      frames++;
    }
    expect(store.getState().hop).toBe(total);
    expect(frames).toBeGreaterThanOrEqual(((total - 1) * (HOP_MOVE_MS + HOP_HOLD_MS)) / 16);
    store.getState().toggleWalkPlay();
    expect(store.getState()).toMatchObject({ walkPlaying: true, hop: 1 });
  });

  it('does not tick a walk that is not on screen', () => {
    const store = sent();
    store.getState().goTo(2);
    const before = store.getState().hopTime;
    store.getState().tickWalk(100);
    expect(store.getState().hopTime).toBe(before);
  });

  it('closeWalk ends the traffic phase; loading a scenario clears the walk', () => {
    const store = sent();
    store.getState().closeWalk();
    expect(selectWalkActive(store.getState())).toBe(false);
    store.getState().sendPacket('pod:web-1', 'pod:cache-1');
    store.getState().loadPreset('small');
    expect(store.getState()).toMatchObject({ walk: null, hop: 0, whatIf: null });
  });

  it('while walking, the previous world is the world itself (no step diff)', () => {
    const store = sent();
    expect(selectPreviousWorld(store.getState())).toBe(selectWorld(store.getState()));
  });
});

describe('restoring from a URL', () => {
  it('restores walk and hop without moving the step or selection', () => {
    const store = createExplorerStore({
      devtools: false,
      step: 9999,
      selectedId: 'vpc',
      packet: { walk: { from: 'pod:web-1', to: 'external:internet' }, hop: 5 },
    });
    const s = store.getState();
    expect(s).toMatchObject({ hop: 5, walkPlaying: false, selectedId: 'vpc' });
    expect(selectCurrentHop(s)?.hop.at).toBe('vpc-router');
  });

  it('clamps a hop past the end', () => {
    const store = createExplorerStore({
      devtools: false,
      step: 9999,
      packet: { walk: { from: 'pod:web-1', to: 'pod:cache-1' }, hop: 99 },
    });
    expect(store.getState().hop).toBe(selectWalkHops(store.getState()).length);
  });
});
