import { describe, expect, it } from 'vitest';
import { DEFAULT_ENI_LIMITS, maxAvailableIp } from './eni-limits.ts';

describe('maxAvailableIp', () => {
  it('is (ENIs − 1) × IPs per ENI: 210 for ecs.g7.4xlarge', () => {
    expect(maxAvailableIp(DEFAULT_ENI_LIMITS)).toBe(210);
    expect(maxAvailableIp({ adapters: 3, ipsPerAdapter: 6 })).toBe(12);
    expect(maxAvailableIp({ adapters: 1, ipsPerAdapter: 6 })).toBe(0);
  });
});
