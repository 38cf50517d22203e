/**
 * A pod's tables made from its node's template (pod-template.ts) are the tables `podRoutes` and
 * `podLocalRoutes` give it, and look-ups over them find what a scan of those finds, with the same
 * evidence: every pod of the presets and of random scenarios, at several steps, with the node's
 * first pod or its last one as the template.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { construct, stateAt } from '../construction/construct.ts';
import { broadcastOf } from '../net/ipv4.ts';
import { parseScenario } from '../scenario/parse.ts';
import { PRESET_NAMES } from '../scenario/preset-names.ts';
import { presetScenario } from '../scenario/presets.ts';
import type { Scenario } from '../scenario/types.ts';
import {
  formatLocalRoute,
  formatRoute,
  lookupLocal,
  lookupRoute,
  podLocalRoutes,
  podRoutes,
} from '../tables/index.ts';
import { randomScenario } from '../test-support/random-scenario.ts';
import type { PodState, WorldState } from '../world/types.ts';
import { TemplatedTable } from './pod-template.ts';
import { broadcastRoute } from './special-addresses.ts';
import { indexWorld } from './world-index.ts';

/** The addresses worth asking about: pods' and nodes' (the first 40), loopback, the pod CIDRs' edges. */
function probes(world: WorldState): number[] {
  const ips = new Set<number>([0, 0x7f000001, 0x7fffffff, 0x08080808]);
  for (const pod of [...world.pods.values()].slice(0, 40)) if (pod.ip !== undefined) ips.add(pod.ip);
  for (const node of [...world.nodes.values()].slice(0, 40)) {
    ips.add(node.ip);
    if (node.cni0) ips.add(node.cni0.gateway);
    if (node.podCidr) ips.add(node.podCidr.network).add(broadcastOf(node.podCidr));
  }
  return [...ips];
}

/** Checks every pod of a world; returns how many pods' tables were made from a template. */
function checkWorld(world: WorldState, order: 'first' | 'last'): number {
  let templated = 0;
  const index = indexWorld(world);
  const pods = [...world.pods.values()].map((p) => index.pod(p.name) as PodState);
  if (order === 'last') pods.reverse();
  const common = probes(world);
  for (const pod of pods) {
    const plane = index.podPlane(pod);
    const routes = podRoutes(world, pod);
    const local = podLocalRoutes(world, pod);
    const ips = pod.ip === undefined ? common : [pod.ip, pod.ip + 1, pod.ip - 1, ...common];
    // Asked before the rows are read: a templated table makes its rows only when read.
    const found: (string | undefined)[] = [];
    const scanned: (string | undefined)[] = [];
    for (const ip of ips) {
      const r = plane.routes.find(ip);
      const l = plane.local.find(ip);
      const b = plane.local.findHost(ip);
      found.push(
        r < 0 ? undefined : plane.routes.evidenceAt(r).line,
        l < 0 ? undefined : plane.local.evidenceAt(l).line,
        b < 0 ? undefined : plane.local.evidenceAt(b).line,
      );
      const route = lookupRoute(routes, ip);
      const own = lookupLocal(local, ip);
      const bcast = broadcastRoute(local, ip);
      scanned.push(
        route && formatRoute(route),
        own && formatLocalRoute(own),
        bcast && formatLocalRoute(bcast),
      );
    }
    expect(found).toEqual(scanned);
    expect(plane.routes.rows).toEqual(routes);
    expect(plane.local.rows).toEqual(local);
    for (const row of plane.routes.rows) expect(plane.routes.evidenceOf(row).owner).toBe(`pod:${pod.name}`);
    if (plane.local instanceof TemplatedTable) templated++;
  }
  return templated;
}

function checkScenario(scenario: Scenario): number {
  const c = construct(scenario);
  const steps = c.steps.length;
  let templated = 0;
  for (const step of [steps, Math.floor(steps / 2), Math.floor((steps * 3) / 4)]) {
    templated += checkWorld(stateAt(c, step), 'first');
    templated += checkWorld(stateAt(c, step), 'last');
  }
  return templated;
}

describe('pod tables made from the node template', () => {
  it.each(PRESET_NAMES)('equal podRoutes and podLocalRoutes on the %s preset', (name) => {
    const templated = checkScenario(presetScenario(name));
    if (name === 'large') expect(templated).toBeGreaterThan(100);
  });

  it('equal them on random scenarios', () => {
    fc.assert(
      fc.property(randomScenario, (input) => {
        const parsed = parseScenario(input);
        if (!parsed.ok) return;
        checkScenario(parsed.scenario);
      }),
      { numRuns: 60 },
    );
  });
});
