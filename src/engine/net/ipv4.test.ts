import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIp } from './ipv4.ts';

/** The rule parseIp reads in one pass, written with split and a pattern. */
function byPattern(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value >>> 0;
}

const addressLike = fc
  .array(
    fc.constantFrom('0', '1', '2', '5', '9', '.', '.', 'a', ' ', '25', '255', '256', '00', '01', '1.2.3.4'),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));

describe('parseIp', () => {
  it('reads exactly four decimal octets, without leading zeros, up to 255', () => {
    fc.assert(
      fc.property(addressLike, (text) => {
        expect(parseIp(text)).toBe(byPattern(text));
      }),
      { numRuns: 5000 },
    );
    expect(parseIp('255.255.255.255')).toBe(0xffffffff);
    expect(parseIp('192.168.0.1')).toBe(0xc0a80001);
    for (const text of ['1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.256', '1..2.3', ' 1.2.3.4', '1.2.3.4/24'])
      expect(parseIp(text)).toBeUndefined();
  });
});
