import { describe, expect, it } from 'vitest';
import { cidr, formatIp, parseIp } from '../net/ipv4.ts';
import { EniPools } from './eni-pool.ts';

const ip = (text: string) => parseIp(text) as number;
const vsw = [
  { name: 'vsw-a', cidr: cidr('192.168.0.0/24') },
  { name: 'vsw-pod', cidr: cidr('192.168.8.0/29') },
];

describe('EniPools', () => {
  it('creates an ENI for the first pod, assigns to it until full, then creates the next', () => {
    const pools = new EniPools(vsw, new Set([ip('192.168.0.1')]), { adapters: 3, ipsPerAdapter: 2 });
    const a = pools.allocate('node-a', ['vsw-a']);
    expect(a).toMatchObject({ ok: true, createdEni: true });
    if (!a.ok) return;
    expect(formatIp(a.ip)).toBe('192.168.0.2');
    expect(a.eni).toMatchObject({ device: 'eth1', ifindex: 3, vswitch: 'vsw-a' });
    expect(formatIp(a.eni.gateway)).toBe('192.168.0.253');
    expect(pools.takeIfindex('node-a')).toBe(4);
    const b = pools.allocate('node-a', ['vsw-a']);
    expect(b).toMatchObject({ ok: true, createdEni: false });
    const c = pools.allocate('node-a', ['vsw-a']);
    expect(c).toMatchObject({ ok: true, createdEni: true, eni: { device: 'eth2', ifindex: 5 } });
    pools.allocate('node-a', ['vsw-a']);
    expect(pools.allocate('node-a', ['vsw-a'])).toEqual({ ok: false, reason: 'enis-full' });
    expect(pools.enis('node-a').map((e) => e.ips.map(formatIp))).toEqual([
      ['192.168.0.2', '192.168.0.3'],
      ['192.168.0.4', '192.168.0.5'],
    ]);
  });

  it('moves on to the next pod vSwitch, and fails when every one is out of addresses', () => {
    const pools = new EniPools(vsw, new Set(), { adapters: 8, ipsPerAdapter: 30 });
    // 192.168.8.0/29 keeps .0 and .5–.7: four addresses for ENIs.
    expect(pools.available('vsw-pod')).toBe(4);
    for (let i = 0; i < 4; i++) expect(pools.allocate('node-a', ['vsw-pod']).ok).toBe(true);
    expect(pools.allocate('node-a', ['vsw-pod'])).toEqual({
      ok: false,
      reason: 'vswitch-exhausted',
      vswitch: 'vsw-pod',
    });
    const next = pools.allocate('node-a', ['vsw-pod', 'vsw-a']);
    expect(next).toMatchObject({ ok: true, createdEni: true, eni: { device: 'eth2', vswitch: 'vsw-a' } });
  });
});
