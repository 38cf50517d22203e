import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha512Hex } from './sha512.ts';

describe('sha512Hex', () => {
  it('gives the chain name the real bridge plugin gave for network cbr0, container abc123', () => {
    // Seen with containernetworking-plugins v1.1.1: -N CNI-3e9a3d0f9583cdc0e7133af3
    expect(sha512Hex('cbr0abc123').slice(0, 24)).toBe('3e9a3d0f9583cdc0e7133af3');
  });

  it('agrees with node:crypto on any text, across block boundaries', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(sha512Hex(text)).toBe(createHash('sha512').update(text, 'utf8').digest('hex'));
      }),
      { numRuns: 200 },
    );
  });
});
