import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, stepOf } from '../artifacts/test-worlds.ts';
import { stateAt } from '../construction/construct.ts';
import { trace } from './trace.ts';

const c = article();
const world = c.final;

describe('endpoints', () => {
  it.each([
    ['pod:nope', 'pod:web-1', 'from', 'no pod named "nope"'],
    ['pod:web1', 'pod:api-1', 'from', 'no pod named "web1" in this scenario; did you mean web-1?'],
    ['node:node-c', 'pod:api-1', 'from', 'no node named "node-c" in this scenario; did you mean node-a?'],
    [
      'pod:web-1',
      'external:internt',
      'to',
      'no external named "internt" in this scenario; did you mean internet?',
    ],
    [
      'pod:web-1',
      'pod:web-1/php',
      'to',
      'pod web-1 has no container "php"; its containers: nginx, log-agent',
    ],
    ['node:node-z', 'pod:web-1', 'from', 'no node named "node-z"'],
    ['pod:web-1', 'external:moon', 'to', 'no external named "moon" in this scenario (known: internet)'],
    ['web-1', 'pod:api-1', 'from', '"web-1" is not an endpoint: use pod:NAME'],
    ['pod:web-1', '10.0.0.256', 'to', 'is not an endpoint'],
    ['pod:web-1', 'svc:web', 'to', 'is not an endpoint'],
    ['', 'pod:web-1', 'from', 'is not an endpoint'],
    ['127.0.0.1', 'pod:web-1', 'from', 'is a loopback address'],
    ['10.9.9.9', 'pod:web-1', 'from', 'nothing in this scenario sends from 10.9.9.9'],
  ])('%s → %s is an error on %s: %s', (from, to, endpoint, message) => {
    const result = trace(world, from, to);
    expect(result.outcome).toBe('error');
    if (result.outcome !== 'error') return;
    expect(result.endpoint).toBe(endpoint);
    expect(result.reason).toContain(message);
    expect(result.hops).toEqual([]);
  });

  it('cuts a huge endpoint short in its message', () => {
    const result = trace(world, `pod:${'x'.repeat(10_000)}`, 'pod:web-1');
    expect(result.outcome === 'error' && result.reason.length).toBeLessThan(200);
  });

  it('says when a pod or node of the scenario does not exist yet at this step', () => {
    const early = stateAt(c, stepOf(c, 'pod-sandbox-created', 'web-1') - 1);
    expect(trace(early, 'pod:web-1', 'node:node-a')).toMatchObject({
      outcome: 'error',
      reason: 'pod web-1 does not exist yet at this step: kubelet has not created its sandbox',
    });
    expect(trace(stateAt(c, 0), 'node:node-a', 'node:node-b')).toMatchObject({
      outcome: 'error',
      endpoint: 'from',
    });
  });

  it('resolves an address to whoever owns it', () => {
    const byIp = trace(world, '172.16.0.130', '172.16.1.2');
    const byName = trace(world, 'pod:web-1', 'pod:api-1');
    expect(byIp.outcome).toBe('delivered');
    expect(byIp.outcome !== 'error' && byIp.from).toEqual({
      input: '172.16.0.130',
      at: 'pod:web-1',
      ip: '172.16.0.130',
    });
    expect(byIp.outcome !== 'error' && byIp.to.at).toBe('pod:api-1');
    expect(byIp.hops).toEqual(byName.hops);
    expect(trace(world, '192.168.0.10', '203.0.113.10')).toMatchObject({
      from: { at: 'node:node-a' },
      to: { at: 'external:internet' },
    });
    expect(trace(world, 'pod:web-1', '172.16.0.129')).toMatchObject({
      to: { at: 'node:node-a', ip: '172.16.0.129' },
    });
  });

  it('describes the endpoints it used, containers included', () => {
    expect(trace(world, 'pod:web-1/nginx', 'pod:api-1/api')).toMatchObject({
      from: { input: 'pod:web-1/nginx', at: 'pod:web-1', ip: '172.16.0.130', container: 'nginx' },
      to: { input: 'pod:api-1/api', at: 'pod:api-1', ip: '172.16.1.2', container: 'api' },
    });
  });

  it('an address nobody owns is still traced: a public one from the Internet, one in a vSwitch from the VPC', () => {
    expect(trace(world, '8.8.8.8', '198.51.100.20')).toMatchObject({
      from: { at: 'host:8.8.8.8' },
      outcome: 'dropped',
    });
    expect(trace(world, '192.168.0.77', 'pod:web-1')).toMatchObject({
      from: { at: 'host:192.168.0.77' },
      outcome: 'delivered',
    });
    const internetHost = trace(world, 'pod:web-1', '8.8.8.8');
    expect(internetHost.outcome).toBe('delivered');
    expect(internetHost.hops[internetHost.hops.length - 1]?.at).toBe('host:8.8.8.8');
  });

  it('never throws, whatever the strings', () => {
    const endpoint = fc.oneof(
      fc.string(),
      fc.string().map((s) => `pod:${s}`),
      fc.string().map((s) => `pod:web-1/${s}`),
      fc.string().map((s) => `node:${s}`),
      fc.string().map((s) => `external:${s}`),
      fc.constantFrom(
        'pod:__proto__',
        'node:constructor',
        'external:toString',
        'pod:web-1/',
        'pod:/',
        ':',
        '0.0.0.0',
        '255.255.255.255',
      ),
      fc.ipV4(),
    );
    fc.assert(
      fc.property(endpoint, endpoint, (from, to) => {
        const result = trace(world, from, to);
        expect(['delivered', 'dropped', 'error']).toContain(result.outcome);
        if (result.outcome === 'error') expect(result.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('does not throw on values that are not strings either', () => {
    expect(trace(world, undefined as unknown as string, 'pod:web-1').outcome).toBe('error');
    expect(trace(world, 'pod:web-1', 42 as unknown as string).outcome).toBe('error');
  });
});
