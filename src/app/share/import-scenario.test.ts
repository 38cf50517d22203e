import { describe, expect, it } from 'vitest';
import { english } from '../../engine/index.ts';
import { MAX_INPUT_BYTES } from '../../engine/scenario/input-text.ts';
import { PRESETS } from '../../engine/scenario/presets.ts';
import { type ImportResult, importScenario } from './import-scenario.ts';

/** A refusal with its sentence in English. */
const inEnglish = (result: ImportResult) =>
  result.ok ? result : { ok: false, message: english(result.message) };

const pickedBytes = (name: string, bytes: Uint8Array) => ({
  name,
  size: bytes.length,
  arrayBuffer: async () => bytes.slice().buffer,
});
const picked = (name: string, text: string) => pickedBytes(name, new TextEncoder().encode(text));

describe('importScenario', () => {
  it('reads a scenario file and keeps it as written', async () => {
    const result = await importScenario(picked('small.json', `\uFEFF${JSON.stringify(PRESETS.small)}`));
    expect(result.ok && result.file).toEqual(PRESETS.small);
  });

  it.each([
    ['not JSON', '{"vpc": ', /: \(root\): the scenario is not valid JSON/],
    [
      'a bad field',
      JSON.stringify({ ...(PRESETS.small as object), cluster: { podCidr: '10.0.0.0/33' } }),
      /cluster\.podCidr: /,
    ],
    ['empty', '', /the text is empty/],
  ])('refuses a file that is %s with the file, the path and the reason', async (_, text, why) => {
    const result = await importScenario(picked('<b>bad</b>.json', text));
    expect(result.ok).toBe(false);
    expect(!result.ok && english(result.message)).toMatch(/^The file "<b>bad<\/b>\.json" was not imported: /);
    expect(!result.ok && english(result.message)).toMatch(why);
  });

  it('refuses a file that is not UTF-8 instead of reading it with replacement characters', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"title": "'), 0xff, 0x22, 0x7d]);
    expect(inEnglish(await importScenario(pickedBytes('latin1.json', bytes)))).toEqual({
      ok: false,
      message: 'The file "latin1.json" was not imported: it is not UTF-8 text (byte 12 is not)',
    });
  });

  it('refuses a huge file unread', async () => {
    let read = false;
    const arrayBuffer = async () => {
      read = true;
      return new ArrayBuffer(0);
    };
    const file = { name: 'big.json', size: MAX_INPUT_BYTES + 1, arrayBuffer };
    expect(inEnglish(await importScenario(file))).toMatchObject({ ok: false, message: /bytes/ });
    expect(read).toBe(false);
  });
});
