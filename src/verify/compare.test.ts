import { describe, expect, it } from 'vitest';
import { compareArrival, compareDecision, compareDelivery, compareTable, normaliseLines } from './compare.ts';
import type { Arrival, RouteDecision } from './expectations.ts';
import type { Replica } from './replica.ts';
import { parseRouteGet } from './route-get.ts';

const replica = {
  routerGateways: new Map([
    ['192.168.0.20', 'i-b'],
    ['169.254.0.2', 'nat-gateway'],
  ]),
  routerDevices: new Map([['vsw0', 'vsw-a']]),
} as unknown as Replica;

const ref = { direction: 'request', hop: 3, engine: 'route' } as const;

function decision(at: string, expected: RouteDecision['expected']): RouteDecision {
  return { ...ref, at, query: { dst: '172.16.1.2' }, expected };
}

describe('comparisons', () => {
  it('compares tables line by line, ignoring the blanks the kernel leaves at line ends', () => {
    expect(normaliseLines('default via 10.0.0.1 dev eth0 \n\n')).toBe('default via 10.0.0.1 dev eth0');
    const check = { place: 'pod:a', artifact: 'ip-route', expected: 'a\nb', command: { argv: [] } } as const;
    expect(compareTable(check, 'a \nb \n', 0).agreed).toBe(true);
    expect(compareTable(check, 'b\na\n', 0).agreed).toBe(false);
    expect(compareTable(check, 'a\nb', 1).agreed).toBe(false);
  });

  it('agrees on a forward only with the same device, gateway and chosen source', () => {
    const kernel = parseRouteGet('172.16.1.2 via 172.16.0.129 dev eth0 src 172.16.0.130 uid 0', 0);
    const expect_ = (e: RouteDecision['expected']) =>
      compareDecision('s', decision('pod:a', e), 'q', kernel, replica);
    expect(
      expect_({ outcome: 'forward', dev: 'eth0', via: '172.16.0.129', src: '172.16.0.130' }).agreed,
    ).toBe(true);
    expect(expect_({ outcome: 'forward', dev: 'eth0', via: null }).agreed).toBe(false);
    expect(
      expect_({ outcome: 'forward', dev: 'eth0', via: '172.16.0.129', src: '172.16.0.131' }).agreed,
    ).toBe(false);
    expect(expect_({ outcome: 'local' }).agreed).toBe(false);
  });

  it('names the router’s answer as the engine does: instance, NAT gateway or vSwitch', () => {
    const viaNode = parseRouteGet('172.16.1.2 from 172.16.0.130 via 192.168.0.20 dev vsw0', 0);
    const result = compareDecision(
      's',
      decision('vpc-router', { outcome: 'forward', dev: 'i-b' }),
      'q',
      viaNode,
      replica,
    );
    expect(result.agreed).toBe(true);
    expect(result.kernel).toContain('(= i-b)');
    const connected = parseRouteGet('192.168.0.10 from 203.0.113.10 dev vsw0', 0);
    expect(
      compareDecision(
        's',
        decision('vpc-router', { outcome: 'forward', dev: 'vsw-a' }),
        'q',
        connected,
        replica,
      ).agreed,
    ).toBe(true);
    expect(
      compareDecision(
        's',
        decision('vpc-router', { outcome: 'forward', dev: 'i-b' }),
        'q',
        connected,
        replica,
      ).agreed,
    ).toBe(false);
  });

  it('agrees on no route with an error or an unreachable route, not with a route', () => {
    const none = decision('vpc-router', { outcome: 'no-route' });
    expect(
      compareDecision('s', none, 'q', parseRouteGet('RTNETLINK answers: Network is unreachable', 2), replica)
        .agreed,
    ).toBe(true);
    expect(
      compareDecision('s', none, 'q', parseRouteGet('unreachable 10.0.0.1 dev lo', 0), replica).agreed,
    ).toBe(true);
    expect(
      compareDecision('s', none, 'q', parseRouteGet('10.0.0.1 via 169.254.0.2 dev natgw', 0), replica).agreed,
    ).toBe(false);
  });

  it('finds an arrival among what the observer saw, source, destination and TTL alike', () => {
    const arrival: Arrival = {
      ...ref,
      at: 'external:internet',
      src: '198.51.100.20',
      dst: '203.0.113.10',
      ttl: 61,
      final: true,
    };
    const seen = [{ src: '198.51.100.20', dst: '203.0.113.10', length: 92, ttl: 61 }];
    expect(compareArrival('s', arrival, seen).agreed).toBe(true);
    expect(compareArrival('s', arrival, [{ ...seen[0], src: '192.168.0.10' } as never]).agreed).toBe(false);
    expect(compareArrival('s', arrival, []).kernel).toContain('saw no echo');
  });

  it('holds the ping to the engine’s outcome both ways', () => {
    const delivered = {
      from: 'pod:a',
      to: 'pod:b',
      dst: '10.0.0.3',
      request: 'delivered',
      reply: 'delivered',
    } as const;
    expect(compareDelivery('s', delivered, true, 0).agreed).toBe(true);
    expect(compareDelivery('s', delivered, true, 1).agreed).toBe(false);
    const answerLost = { ...delivered, reply: 'dropped' } as const;
    expect(compareDelivery('s', answerLost, true, 1).agreed).toBe(true);
    const dropped = {
      from: 'pod:a',
      to: 'pod:b',
      dst: '10.0.0.3',
      request: 'dropped',
      reason: 'no route',
    } as const;
    expect(compareDelivery('s', dropped, false, 1).agreed).toBe(true);
    expect(compareDelivery('s', dropped, true, 1).agreed).toBe(false);
  });
});
