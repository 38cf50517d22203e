import { describe, expect, it } from 'vitest';
import { parseRouteGet, routeGetArgs } from './route-get.ts';

describe('ip route get', () => {
  it('asks for a locally sent packet, or one arriving on a device', () => {
    expect(routeGetArgs({ dst: '203.0.113.10' })).toEqual(['ip', 'route', 'get', '203.0.113.10']);
    expect(routeGetArgs({ dst: '172.16.1.2', from: '172.16.0.130', iif: 'cni0' }).join(' ')).toBe(
      'ip route get 172.16.1.2 from 172.16.0.130 iif cni0',
    );
  });

  it('reads a route with gateway, device and chosen source', () => {
    const output = '203.0.113.10 via 172.16.0.129 dev eth0 src 172.16.0.130 uid 0 \n    cache ';
    expect(parseRouteGet(output, 0)).toEqual({
      ok: true,
      type: 'unicast',
      dst: '203.0.113.10',
      via: '172.16.0.129',
      dev: 'eth0',
      src: '172.16.0.130',
      line: '203.0.113.10 via 172.16.0.129 dev eth0 src 172.16.0.130 uid 0',
    });
  });

  it('reads a forwarded packet on a connected route, and a local delivery', () => {
    expect(parseRouteGet('172.16.0.130 from 203.0.113.10 dev cni0 \n    cache iif eth0', 0)).toMatchObject({
      type: 'unicast',
      dev: 'cni0',
    });
    const local = parseRouteGet(
      'local 172.16.0.131 from 172.16.0.130 dev lo table local \n    cache <local> iif eth0',
      0,
    );
    expect(local).toMatchObject({ ok: true, type: 'local', dst: '172.16.0.131', dev: 'lo' });
    expect(local).not.toHaveProperty('via');
  });

  it('reads a refusal as an error', () => {
    expect(parseRouteGet('RTNETLINK answers: Network is unreachable\n', 2)).toEqual({
      ok: false,
      error: 'Network is unreachable',
    });
    expect(parseRouteGet('', 1)).toEqual({ ok: false, error: 'exit status 1' });
  });
});
