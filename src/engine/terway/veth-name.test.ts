import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { terwayVethName } from './veth-name.ts';

describe('terwayVethName', () => {
  it('is cali + 11 hex of sha1(namespace.name), 15 characters (IFNAMSIZ − 1)', () => {
    const expected = `cali${createHash('sha1').update('default.web-1').digest('hex').slice(0, 11)}`;
    expect(terwayVethName('web-1')).toBe(expected);
    expect(terwayVethName('web-1')).toHaveLength(15);
    expect(terwayVethName('web-1', 'kube-system')).not.toBe(expected);
  });
});
