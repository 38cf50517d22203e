import { describe, expect, it } from 'vitest';
import { english } from '../engine/index.ts';
import { presetScenario } from '../engine/scenario/presets.ts';
import {
  applyWhatIf,
  clusterMaskOf,
  isEmptyWhatIf,
  normalizeWhatIf,
  sameWhatIf,
  type WhatIfResult,
  whatIfReady,
} from './what-if-scenario.ts';

/** A refusal with its sentence in English. */
const inEnglish = (result: WhatIfResult | undefined) =>
  result && !result.ok ? { ok: false, message: english(result.message) } : result;

const article = presetScenario('article');

/** applyWhatIf once the reader is loaded (test-setup.ts loads it before every file). */
function applied(settings: Parameters<typeof applyWhatIf>[1]): WhatIfResult {
  const result = applyWhatIf(article, settings);
  if (result === undefined) throw new Error('the scenario reader is not loaded');
  return result;
}

describe('what-if scenario', () => {
  it('loads the scenario reader on demand', async () => {
    await whatIfReady();
    expect(applyWhatIf(article, {})).toBeDefined();
  });

  it('normalizes away what equals the base', () => {
    expect(normalizeWhatIf(article, { faults: [], routeQuota: 200, clusterMask: 16 })).toEqual({});
    expect(isEmptyWhatIf(normalizeWhatIf(article, {}))).toBe(true);
    expect(normalizeWhatIf(article, { routeQuota: 4 })).toEqual({ routeQuota: 4 });
  });

  it('keeps the network address when shrinking the cluster CIDR', () => {
    expect(clusterMaskOf(article)).toBe(16);
    const result = applied({ clusterMask: 24 });
    expect(result.ok && result.scenario.cluster.podCidr).toBe('172.16.0.0/24');
  });

  it('reports the first engine error with its path', () => {
    const result = applied({ faults: [{ kind: 'cni0-down', node: 'node-z' }] });
    expect(result.ok).toBe(false);
    expect(!result.ok && english(result.message)).toMatch(/^faults\[0\]\.node: /);
  });

  it('compares settings by value', () => {
    const f = [{ kind: 'cni0-down', node: 'node-a' }] as const;
    expect(sameWhatIf({ faults: [...f] }, { faults: [...f] })).toBe(true);
    expect(sameWhatIf({ faults: [] }, {})).toBe(false);
    expect(sameWhatIf({ routeQuota: 3 }, { routeQuota: 4 })).toBe(false);
  });

  it('empties a Service’s endpoints, or says the scenario has no such Service', () => {
    const services = presetScenario('services');
    const result = applyWhatIf(services, { noEndpoints: 'api' });
    const api = result?.ok ? result.scenario.services?.find((s) => s.name === 'api') : undefined;
    expect(api?.endpoints).toEqual([]);
    const dns = applyWhatIf(services, { noEndpoints: 'kube-system/kube-dns' });
    expect(dns?.ok && dns.scenario.services?.find((s) => s.name === 'kube-dns')?.endpoints).toEqual([]);
    expect(inEnglish(applyWhatIf(services, { noEndpoints: 'nope' }))).toEqual({
      ok: false,
      message:
        'noep=nope: no Service named "nope" in this scenario (its Services: kube-dns, api, web, legacy)',
    });
    expect(inEnglish(applied({ noEndpoints: 'api' }))).toEqual({
      ok: false,
      message: 'noep=api: no Service named "api" in this scenario (it declares no Services)',
    });
    expect(sameWhatIf({ noEndpoints: 'api' }, { noEndpoints: 'api' })).toBe(true);
    expect(isEmptyWhatIf({ noEndpoints: 'api' })).toBe(false);
  });
});
