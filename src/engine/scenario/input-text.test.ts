import { describe, expect, it } from 'vitest';
import { decodeInput, MAX_INPUT_BYTES } from './input-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeInput', () => {
  it('decodes UTF-8 text', () => {
    expect(decodeInput(utf8('{"title":"专有网络"}'))).toEqual({ ok: true, text: '{"title":"专有网络"}' });
  });

  it('refuses bytes that are not UTF-8 and says which byte', () => {
    const bytes = new Uint8Array([...utf8('{"title":"'), 0xff, 0xfe, ...utf8('"}')]);
    expect(decodeInput(bytes)).toEqual({ ok: false, reason: 'it is not UTF-8 text (byte 11 is not)' });
  });

  it('points at a stray continuation byte after a whole character', () => {
    const bytes = new Uint8Array([0x22, 0xc3, 0xa9, 0x80, 0x22]);
    expect(decodeInput(bytes)).toEqual({ ok: false, reason: 'it is not UTF-8 text (byte 4 is not)' });
  });

  it('refuses an overlong encoding and a lone surrogate encoded as UTF-8', () => {
    expect(decodeInput(new Uint8Array([0x22, 0xc0, 0xaf, 0x22])).ok).toBe(false);
    expect(decodeInput(new Uint8Array([0x22, 0xed, 0xa0, 0x80, 0x22])).ok).toBe(false);
  });

  it('refuses input past the size bound without decoding it', () => {
    const result = decodeInput(new Uint8Array(MAX_INPUT_BYTES + 1));
    expect(result).toEqual({
      ok: false,
      reason: `it is larger than ${MAX_INPUT_BYTES} bytes, the most a scenario may take`,
    });
  });
});
