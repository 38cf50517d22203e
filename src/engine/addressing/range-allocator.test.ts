import { describe, expect, it } from 'vitest';
import { cidr, formatCidr } from '../net/ipv4.ts';
import { allocateNext, blockAt, createRangeAllocator, release } from './range-allocator.ts';

const cluster = cidr('172.16.0.0/16');

describe('range allocator', () => {
  it('has 2^(nodeMask − clusterMask) blocks', () => {
    expect(createRangeAllocator(cluster, 25).maxCidrs).toBe(512);
    expect(createRangeAllocator(cluster, 24).maxCidrs).toBe(256);
  });

  it('hands out network-aligned blocks in registration order', () => {
    const a = createRangeAllocator(cluster, 25);
    const got = Array.from({ length: 17 }, () => formatCidr(allocateNext(a) ?? { network: 0, prefix: 0 }));
    expect(got[0]).toBe('172.16.0.0/25');
    expect(got[1]).toBe('172.16.0.128/25');
    expect(got[2]).toBe('172.16.1.0/25');
    expect(got[16]).toBe('172.16.8.0/25');
  });

  it('never hands out blocks that overlap the service CIDR', () => {
    const a = createRangeAllocator(cidr('172.16.0.0/23'), 25, cidr('172.16.0.128/26'));
    const got = [allocateNext(a), allocateNext(a), allocateNext(a), allocateNext(a)];
    expect(got.map((c) => (c ? formatCidr(c) : 'none'))).toEqual([
      '172.16.0.0/25',
      '172.16.1.0/25',
      '172.16.1.128/25',
      'none',
    ]);
  });

  it('occupies every block inside a larger service CIDR', () => {
    const a = createRangeAllocator(cidr('10.0.0.0/22'), 24, cidr('10.0.0.0/23'));
    expect(Array.from(a.used)).toEqual([1, 1, 0, 0]);
    expect(formatCidr(allocateNext(a) ?? blockAt(cluster, 24, 0))).toBe('10.0.2.0/24');
  });

  it('is round-robin: a released block is reused only after wrap-around', () => {
    const a = createRangeAllocator(cidr('10.0.0.0/22'), 24);
    const first = allocateNext(a);
    const second = allocateNext(a);
    expect(first && second).toBeTruthy();
    if (!first) return;
    release(a, first);
    expect(formatCidr(allocateNext(a) ?? first)).toBe('10.0.2.0/24');
    expect(formatCidr(allocateNext(a) ?? first)).toBe('10.0.3.0/24');
    expect(formatCidr(allocateNext(a) ?? first)).toBe('10.0.0.0/24');
    expect(allocateNext(a)).toBeUndefined();
  });
});
