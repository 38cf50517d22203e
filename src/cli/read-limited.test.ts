import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputTooLargeError, readLimited, readPathLimited } from './read-limited.ts';

describe('readLimited', () => {
  it('returns all the bytes of a stream within the limit', async () => {
    const bytes = await readLimited(Readable.from([Buffer.from('ab'), Buffer.from('cd')]), 4);
    expect(new TextDecoder().decode(bytes)).toBe('abcd');
  });

  it('stops an endless stream just past the limit', async () => {
    let chunks = 0;
    const endless = new Readable({
      read() {
        chunks += 1;
        this.push(Buffer.alloc(1024));
      },
    });
    await expect(readLimited(endless, 10_000)).rejects.toBeInstanceOf(InputTooLargeError);
    expect(chunks).toBeLessThan(40);
    expect(endless.destroyed).toBe(true);
  });

  it('refuses /dev/zero after reading past the limit', async () => {
    await expect(readPathLimited('/dev/zero', 1_000_000)).rejects.toMatchObject({ code: 'EFBIG' });
  });
});
