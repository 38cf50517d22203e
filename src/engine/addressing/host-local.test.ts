import { describe, expect, it } from 'vitest';
import { cidr, formatIp } from '../net/ipv4.ts';
import {
  createHostLocalRange,
  gatewayOf,
  rangeSetText,
  release,
  reserveNext,
  usablePodIps,
} from './host-local.ts';
import { isReservedInVswitch, vswitchGateway } from './vswitch.ts';

describe('host-local', () => {
  it('starts at network + 2, skipping the gateway', () => {
    const range = createHostLocalRange(cidr('172.16.0.128/25'));
    expect(formatIp(gatewayOf(range.subnet))).toBe('172.16.0.129');
    expect(formatIp(reserveNext(range) ?? 0)).toBe('172.16.0.130');
    expect(formatIp(reserveNext(range) ?? 0)).toBe('172.16.0.131');
  });

  it.each([
    [24, 253],
    [25, 125],
    [26, 61],
    [28, 13],
  ])(
    'hands out exactly 2^(32−%i) − 3 = %i addresses, never network, gateway or broadcast',
    (prefix, usable) => {
      expect(usablePodIps(prefix)).toBe(usable);
      const range = createHostLocalRange({ network: cidr('10.1.0.0/16').network, prefix });
      const got: number[] = [];
      for (let ip = reserveNext(range); ip !== undefined; ip = reserveNext(range)) got.push(ip);
      expect(got).toHaveLength(usable);
      expect(got).not.toContain(range.subnet.network);
      expect(got).not.toContain(range.gateway);
      expect(got).not.toContain(range.rangeEnd + 1);
    },
  );

  it('prints its range set as host-local does in its error', () => {
    expect(rangeSetText(createHostLocalRange(cidr('172.16.0.128/25')))).toBe('172.16.0.129-172.16.0.254');
  });

  it('does not reuse a freed address until it wraps', () => {
    const range = createHostLocalRange(cidr('10.0.0.0/29'));
    const a = reserveNext(range) ?? 0;
    reserveNext(range);
    release(range, a);
    expect(formatIp(reserveNext(range) ?? 0)).toBe('10.0.0.4');
  });
});

describe('vSwitch', () => {
  it('puts the gateway at broadcast − 2 and reserves the first and last three', () => {
    expect(formatIp(vswitchGateway(cidr('192.168.0.0/24')))).toBe('192.168.0.253');
    expect(formatIp(vswitchGateway(cidr('172.31.16.0/20')))).toBe('172.31.31.253');
    const v = cidr('192.168.0.0/24');
    expect([0, 1, 252, 253, 254, 255].map((o) => isReservedInVswitch(v, v.network + o))).toEqual([
      true,
      false,
      false,
      true,
      true,
      true,
    ]);
  });
});
