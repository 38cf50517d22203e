import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from '../../engine/index.ts';
import { PRESETS } from '../../engine/scenario/presets.ts';
import { decodeScenarioParam, encodeScenarioParam, readScenarioParam } from '../url/scenario-param.ts';
import { base64urlToBytes, bytesToBase64url } from './base64url.ts';
import { deflateRaw } from './deflate.ts';
import {
  compressScenarioParam,
  decodeVersionedParam,
  isVersionedParam,
  MAX_COMPRESSED_PARAM,
  MAX_INFLATED_BYTES,
} from './scenario-codec.ts';

const textOf = async (param: string) => {
  const decoded = await decodeVersionedParam(param);
  if (!decoded.ok) throw new Error(english(decoded.message));
  return decoded.text;
};

describe('compressed s= values', () => {
  it.each(Object.keys(PRESETS))('round-trips the %s preset, smaller than the old form', async (name) => {
    const file = PRESETS[name as keyof typeof PRESETS];
    const param = await compressScenarioParam(file);
    expect(param).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(JSON.parse(await textOf(param))).toEqual(file);
    expect(param.length).toBeLessThan(encodeScenarioParam(file).length);
  });

  it('round-trips non-ASCII and markup in names and titles', async () => {
    const file = { ...(PRESETS.small as object), title: '<img src=x onerror=alert(1)> démo ☸ 🚀' };
    expect(JSON.parse(await textOf(await compressScenarioParam(file)))).toEqual(file);
  });

  it('round-trips any JSON value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expect(await textOf(await compressScenarioParam(value))).toBe(JSON.stringify(value));
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('never throws on any string, and reads no value it did not write', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (tail) => {
        const decoded = await decodeVersionedParam(`v1.${tail}`);
        if (decoded.ok) expect(typeof decoded.text).toBe('string');
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('is told apart from the older plain base64url JSON', () => {
    expect(isVersionedParam('v1.abc')).toBe(true);
    expect(isVersionedParam(encodeScenarioParam(PRESETS.article))).toBe(false);
  });

  it.each([
    ['an unknown version', 'v9.AAAA', /format v9/],
    ['no base64url', 'v1.@@@', /not base64url/],
    ['an impossible base64 length', 'v1.A', /not base64url/],
    [
      'data that is not deflate',
      `v1.${bytesToBase64url(new Uint8Array([0xff, 0xff, 0xff, 0xff]))}`,
      /compressed/,
    ],
    ['an empty payload', 'v1.', /compressed/],
    ['an oversized value', `v1.${'A'.repeat(MAX_COMPRESSED_PARAM)}`, /too long/],
  ])('refuses %s with a sentence', async (_, param, why) => {
    const decoded = await decodeVersionedParam(param);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && english(decoded.message)).toMatch(/^the scenario in the URL /);
    expect(!decoded.ok && english(decoded.message)).toMatch(why);
  });

  it('refuses a value cut short, and one with a flipped byte that is no longer JSON', async () => {
    const param = await compressScenarioParam(PRESETS.large);
    expect((await decodeVersionedParam(param.slice(0, param.length - 40))).ok).toBe(false);
    const bytes = base64urlToBytes(param.slice(3)) ?? new Uint8Array();
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x55;
    const flipped = await decodeVersionedParam(`v1.${bytesToBase64url(bytes)}`);
    // Either the deflate data breaks, or it inflates to text that no longer parses.
    expect(flipped.ok ? (await readScenarioParam(`v1.${bytesToBase64url(bytes)}`)).ok : false).toBe(false);
  });

  it('stops inflating a decompression bomb at the byte limit', async () => {
    const zeros = new Uint8Array(MAX_INFLATED_BYTES + 1024);
    const bomb = `v1.${bytesToBase64url(await deflateRaw(zeros))}`;
    expect(bomb.length).toBeLessThan(MAX_COMPRESSED_PARAM);
    const decoded = await decodeVersionedParam(bomb);
    expect(!decoded.ok && english(decoded.message)).toMatch(/expands to more than/);
  });

  it('refuses bytes that are not UTF-8', async () => {
    const param = `v1.${bytesToBase64url(await deflateRaw(new Uint8Array([0xc3, 0x28])))}`;
    const decoded = await decodeVersionedParam(param);
    expect(!decoded.ok && english(decoded.message)).toMatch(/UTF-8/);
  });
});

describe('reading s= from the URL', () => {
  it('decodes a compressed value with its file (only the asynchronous reader can)', async () => {
    const param = await compressScenarioParam(PRESETS.small);
    expect(decodeScenarioParam(param).ok).toBe(false);
    const decoded = await readScenarioParam(param);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.file).toEqual(PRESETS.small);
  });

  it('still reads the older uncompressed form', () => {
    const decoded = decodeScenarioParam(encodeScenarioParam(PRESETS.article));
    expect(decoded.ok && decoded.scenario.title).toBe('ACK + Flannel, as in the article');
  });

  it('reports a compressed scenario that does not validate with its path', async () => {
    const param = await compressScenarioParam({ vpc: { cidr: '8.8.8.0/24' } });
    const decoded = await readScenarioParam(param);
    expect(!decoded.ok && english(decoded.message)).toMatch(/invalid: vpc\.cidr: /);
  });

  it.each([
    ['a JSON array', []],
    ['a string', 'scenario'],
    ['prototype keys', JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}}')],
  ])('refuses %s and pollutes nothing', async (_, file) => {
    const param = await compressScenarioParam(file);
    expect((await readScenarioParam(param)).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
