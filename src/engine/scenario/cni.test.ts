import { describe, expect, it } from 'vitest';
import { edit } from './bad-corpus.ts';
import { cniOf, flannelBackend } from './cni.ts';
import { parseScenario } from './parse.ts';
import { PRESETS } from './presets.ts';
import { DEFAULTS } from './types.ts';

// The base scenario's fault (flanneld-down) is Flannel's: a Terway cluster is read without it.
const read = (cni: unknown) =>
  parseScenario(
    edit({
      'cluster.cni': cni,
      ...((cni as { plugin?: string } | null)?.plugin === 'terway' ? { faults: [] } : {}),
    }),
  );

/** A refusal's paths and English sentences (each problem's message, `reason`, is tested in messages.test.ts). */
const withoutReasons = (result: ReturnType<typeof parseScenario>) =>
  result.ok ? result : { ok: false, errors: result.errors.map(({ path, message }) => ({ path, message })) };

describe('cluster.cni', () => {
  it('is left out of a scenario that does not name it, which runs the default (alloc)', () => {
    const result = parseScenario(PRESETS.article);
    if (!result.ok) throw new Error('the article preset is valid');
    expect(result.scenario.cluster).not.toHaveProperty('cni');
    expect(cniOf(result.scenario)).toEqual(DEFAULTS.cni);
    expect(flannelBackend(result.scenario)).toBe('alloc');
  });

  it.each(['alloc', 'vxlan', 'host-gw'] as const)('reads the Flannel backend %s', (backend) => {
    const result = read({ plugin: 'flannel', backend });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.scenario.cluster.cni).toEqual({ plugin: 'flannel', backend });
    expect(flannelBackend(result.scenario)).toBe(backend);
  });

  it('reads ali-vpc, upstream flannel name of the VPC-route mode, as alloc', () => {
    const result = read({ plugin: 'flannel', backend: 'ali-vpc' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.scenario.cluster.cni).toEqual({ plugin: 'flannel', backend: 'alloc' });
  });

  it('names an unknown backend or plugin with its path and the names it takes', () => {
    expect(withoutReasons(read({ plugin: 'flannel', backend: 'udp' }))).toEqual({
      ok: false,
      errors: [
        {
          path: 'cluster.cni.backend',
          message: '"udp" is not a Flannel backend; use one of "alloc", "ali-vpc", "vxlan", "host-gw"',
        },
      ],
    });
    expect(withoutReasons(read({ plugin: 'calico' }))).toEqual({
      ok: false,
      errors: [
        {
          path: 'cluster.cni.plugin',
          message: '"calico" is not a CNI plugin; use one of "flannel", "terway"',
        },
      ],
    });
  });

  it('reads Terway with its pod vSwitches and ENI shape, and refuses a pod vSwitch the VPC has not', () => {
    const result = read({
      plugin: 'terway',
      podVswitches: ['vsw-a'],
      eni: { adapters: 3, ipsPerAdapter: 10 },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(cniOf(result.scenario)).toEqual({
      plugin: 'terway',
      podVswitches: ['vsw-a'],
      eni: { adapters: 3, ipsPerAdapter: 10 },
    });
    expect(flannelBackend(result.scenario)).toBeUndefined();
    const bad = read({ plugin: 'terway', podVswitches: ['vsw-pods'] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.path)).toEqual(['cluster.cni.podVswitches[0]']);
  });

  it('leaves the value it was given as it was', () => {
    const doc = edit({ 'cluster.cni': { plugin: 'calico' } }) as { cluster: { cni: unknown } };
    parseScenario(doc);
    expect(doc.cluster.cni).toEqual({ plugin: 'calico' });
  });
});
