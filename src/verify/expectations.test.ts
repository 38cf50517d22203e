import { describe, expect, it } from 'vitest';
import { construct } from '../engine/construction/construct.ts';
import { type Trace, trace } from '../engine/packet/index.ts';
import { presetScenario } from '../engine/scenario/presets.ts';
import { expectationsOf } from './expectations.ts';

const world = construct(presetScenario('article')).final;

function traced(from: string, to: string): Trace {
  const result = trace(world, from, to);
  if (result.outcome === 'error') throw new Error(result.reason);
  return result;
}

describe('what a trace commits the kernel to', () => {
  const toInternet = expectationsOf(
    { kind: 'pod → external', from: 'pod:web-1', to: 'external:internet' },
    traced('pod:web-1', 'external:internet'),
  );

  it('asks the sender with a free source, and forwarding places with the device the packet came in on', () => {
    const [first, node, router] = toInternet.decisions;
    expect(first).toMatchObject({
      at: 'pod:web-1',
      query: { dst: '203.0.113.10' },
      expected: { outcome: 'forward', dev: 'eth0', via: '172.16.0.129', src: '172.16.0.130' },
    });
    expect(node).toMatchObject({
      at: 'node:node-a',
      query: { dst: '203.0.113.10', from: '172.16.0.130', iif: 'cni0' },
      expected: { outcome: 'forward', dev: 'eth0', via: '192.168.0.253' },
    });
    expect(router).toMatchObject({
      at: 'vpc-router',
      query: { iif: 'vsw-a' },
      expected: { dev: 'nat-gateway' },
    });
  });

  it('routes an answer at the NAT gateway by its address after conntrack put it back', () => {
    const unNat = toInternet.decisions.find((d) => d.direction === 'reply' && d.at === 'nat-gateway');
    expect(unNat).toMatchObject({ query: { dst: '192.168.0.10', from: '203.0.113.10', iif: 'internet' } });
  });

  it('expects each arrival as the engine shows it, one TTL lower after the replica’s NAT gateway', () => {
    const arrivals = toInternet.arrivals.map(
      (a) => `${a.direction} ${a.at} ${a.src}>${a.dst} ${a.ttl}${a.final ? ' final' : ''}`,
    );
    expect(arrivals).toEqual([
      'request node:node-a 172.16.0.130>203.0.113.10 64',
      'request vpc-router 192.168.0.10>203.0.113.10 63',
      'request nat-gateway 192.168.0.10>203.0.113.10 63',
      'request external:internet 198.51.100.20>203.0.113.10 62 final',
      'reply nat-gateway 203.0.113.10>198.51.100.20 64',
      'reply vpc-router 203.0.113.10>192.168.0.10 63',
      'reply node:node-a 203.0.113.10>192.168.0.10 63',
      'reply pod:web-1 203.0.113.10>172.16.0.130 62 final',
    ]);
    expect(toInternet.delivery).toEqual({
      from: 'pod:web-1',
      to: 'external:internet',
      dst: '203.0.113.10',
      request: 'delivered',
      reply: 'delivered',
    });
  });

  it('expects loopback inside a pod, and no arrival at the bridge between pods of one node', () => {
    const lo = expectationsOf(
      { kind: 'container → container', from: 'pod:web-1/nginx', to: 'pod:web-1/log-agent' },
      traced('pod:web-1/nginx', 'pod:web-1/log-agent'),
    );
    expect(lo.decisions[0]).toMatchObject({
      query: { dst: '127.0.0.1' },
      expected: { outcome: 'local', dev: 'lo' },
    });
    const sameNode = expectationsOf(
      { kind: 'pod → pod, same node', from: 'pod:web-1', to: 'pod:cache-1' },
      traced('pod:web-1', 'pod:cache-1'),
    );
    expect(sameNode.arrivals.map((a) => a.at)).toEqual(['pod:cache-1', 'pod:web-1']);
  });

  it('expects no route at the VPC router when its table has no entry', () => {
    const noNat = construct({
      ...presetScenario('article'),
      vpc: { ...presetScenario('article').vpc, customRoutes: [] },
    }).final;
    const result = trace(noNat, 'pod:web-1', 'external:internet');
    if (result.outcome === 'error') throw new Error(result.reason);
    const checks = expectationsOf(
      { kind: 'pod → external', from: 'pod:web-1', to: 'external:internet' },
      result,
    );
    expect(checks.decisions.at(-1)).toMatchObject({ at: 'vpc-router', expected: { outcome: 'no-route' } });
    expect(checks.delivery.request).toBe('dropped');
  });
});
