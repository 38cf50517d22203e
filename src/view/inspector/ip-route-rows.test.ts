import { describe, expect, it } from 'vitest';
import { parseIpRouteLine } from './ip-route-rows.ts';

describe('parseIpRouteLine', () => {
  it('splits a default route', () => {
    expect(parseIpRouteLine('default via 192.168.0.253 dev eth0')).toMatchObject({
      destination: 'default',
      via: '192.168.0.253',
      dev: 'eth0',
      details: '',
    });
  });

  it('keeps the kernel route details', () => {
    expect(
      parseIpRouteLine('172.16.0.128/25 dev cni0 proto kernel scope link src 172.16.0.129'),
    ).toMatchObject({
      destination: '172.16.0.128/25',
      via: '',
      dev: 'cni0',
      details: 'proto kernel scope link src 172.16.0.129',
    });
  });

  it('does not lose a trailing keyword without a value', () => {
    expect(parseIpRouteLine('blackhole 10.0.0.0/8 dev').details).toBe('10.0.0.0/8 dev');
  });
});
